"""Bearer-key authentication with a short in-process cache.

A revoked or rotated-out key stops working in this process at once and in other gateway replicas within
``LTC_API_KEY_CACHE_SECONDS`` (default 5 s); the cache saves a database round trip on every proxied call.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.api_clients import keys, service
from shared.errors import Unauthorized
from shared.principal import Principal

_MAX_CACHED = 10_000


class KeyAuthenticator:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], ttl_seconds: float) -> None:
        self.sessionmaker = sessionmaker
        self.ttl = ttl_seconds
        self._cache: dict[bytes, tuple[Principal, float, dt.datetime | None]] = {}

    def forget_client(self, client_id: str) -> None:
        for digest, (principal, _, _) in list(self._cache.items()):
            if principal.client_id == client_id:
                del self._cache[digest]

    async def principal_for(self, key: str) -> Principal | None:
        digest = keys.digest_of(key)
        hit = self._cache.get(digest)
        now = time.monotonic()
        if hit is not None:
            principal, cached_until, key_expires = hit
            if now < cached_until and (key_expires is None or dt.datetime.now(dt.UTC) < key_expires):
                return principal
            del self._cache[digest]
        async with self.sessionmaker() as session:
            found = await service.authenticate(session, key)
        if found is None:
            return None
        principal, key_expires = found
        if self.ttl > 0:
            if len(self._cache) >= _MAX_CACHED:
                self._cache.clear()
            self._cache[digest] = (principal, now + self.ttl, key_expires)
        return principal


def bearer_key(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized(
            "send the API key as `Authorization: Bearer <key>`",
            code="UNAUTHENTICATED",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


async def authenticated(request: Request) -> Principal:
    """Dependency: the principal of the presented API key (401 problem+json otherwise)."""
    key = bearer_key(request)
    authenticator: KeyAuthenticator = request.app.state.authenticator
    principal = await authenticator.principal_for(key)
    if principal is None:
        raise Unauthorized(
            "the API key is unknown, expired or revoked",
            code="API_KEY_INVALID",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    request.state.principal = principal
    return principal


Authenticated = Annotated[Principal, Depends(authenticated)]
