"""Bearer-key authentication with a short in-process cache, and the rate limits around it.

Every call under ``/api/`` passes :class:`AuthenticationMiddleware` before anything reads its body or
routes it: a locked-out or over-limit source is refused (429), the key is checked (401), the client's own
limit is applied (429), and the principal is put on the request for the routes and the audit. A
contractor client bound to its contractor whose counties are not all covered by a contract in force may
only read (403 ``CONTRACT_NOT_IN_FORCE`` on anything else; ``services.gateway.contracts``). A contract's
change drops the cached keys of its contractor's clients the same way a revoke does.

A revoked or rotated-out key stops working in this process at once, and in every other gateway process
(workers, replicas) as soon as PostgreSQL delivers the change: the revoke or rotation sends a ``NOTIFY`` on
``ltc_api_client_changed`` in its own transaction (so only once committed), and every process ``LISTEN``s on
a connection of its own and drops that client's cached keys. ``LTC_API_KEY_CACHE_SECONDS`` (default 5 s) still
bounds an entry's life: it is what a change costs while a process's listening connection is down (its cache
is emptied when it listens again). The cache saves a database round trip on every proxied call.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

import asyncpg
import structlog
from fastapi import Depends, Request
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from services.gateway.api_clients import keys, service
from services.gateway.api_clients.repository import CHANGES_CHANNEL
from services.gateway.api_clients.service import KeyHolder
from services.gateway.contracts.exceptions import ContractNotInForce
from services.gateway.ratelimit import RateLimits, Refusal
from shared.db import sync_url
from shared.errors import Unauthorized, problem_response
from shared.principal import Principal

_MAX_CACHED = 10_000
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LISTEN_RETRY_SECONDS = 2.0
_log = structlog.get_logger("gateway.auth")


class KeyAuthenticator:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], ttl_seconds: float) -> None:
        self.sessionmaker = sessionmaker
        self.ttl = ttl_seconds
        self._cache: dict[bytes, tuple[KeyHolder, float]] = {}
        self._changes = 0  # bumped by every forget: a lookup that overlapped one does not cache its answer
        self._lookups: dict[bytes, asyncio.Future[tuple[KeyHolder | None, int]]] = {}

    async def is_lapsed(self, key: str) -> bool:
        """Whether a key that does not work was a real one, now revoked or expired (asked only on failure)."""
        async with self.sessionmaker() as session:
            return await service.is_lapsed_key(session, key)

    def forget_client(self, client_id: str) -> None:
        self._changes += 1
        self._lookups.clear()  # a call from now on does not wait for an answer read before the change
        for digest, (holder, _) in list(self._cache.items()):
            if holder.principal.client_id == client_id:
                del self._cache[digest]

    def forget_all(self) -> None:
        self._changes += 1
        self._lookups.clear()
        self._cache.clear()

    @contextlib.asynccontextmanager
    async def listening(self, url: str | URL) -> AsyncIterator[None]:
        """The lifespan part: listen for API-client changes while the app runs (see the module's doc)."""
        task = asyncio.create_task(self._listen(url), name="api-client-changes")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _listen(self, url: str | URL) -> None:
        dsn = sync_url(url if isinstance(url, str) else url.render_as_string(hide_password=False))
        while True:
            lost = asyncio.Event()
            connection: Any = None
            try:
                connection = await asyncpg.connect(
                    dsn, server_settings={"application_name": "ltc-gateway-key-cache"}, timeout=5
                )
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(CHANGES_CHANNEL, self._changed)
                self.forget_all()  # whatever changed while nobody listened
                await lost.wait()
                _log.warning("api_client_changes_not_heard", reason="connection lost")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                _log.warning("api_client_changes_not_heard", error=repr(exc))
            finally:
                if connection is not None:
                    connection.terminate()
            await asyncio.sleep(LISTEN_RETRY_SECONDS)

    def _changed(self, _connection: Any, _pid: int, _channel: str, client_id: str) -> None:
        self.forget_client(client_id)

    async def holder_of(self, key: str) -> KeyHolder | None:
        digest = keys.digest_of(key)
        hit = self._cache.get(digest)
        now = time.monotonic()
        if hit is not None:
            holder, cached_until = hit
            key_expires = holder.expires_at
            if now < cached_until and (key_expires is None or dt.datetime.now(dt.UTC) < key_expires):
                return holder
            del self._cache[digest]
        found, changes = await self._look_up(digest, key)
        if found is None:
            return None
        if self.ttl > 0 and changes == self._changes:  # read before a change arrived: may be the old state
            if len(self._cache) >= _MAX_CACHED:
                self._cache.clear()
            self._cache[digest] = (found, now + self.ttl)
        return found

    async def principal_for(self, key: str) -> Principal | None:
        holder = await self.holder_of(key)
        return None if holder is None else holder.principal

    async def _look_up(self, digest: bytes, key: str) -> tuple[KeyHolder | None, int]:
        """One database lookup per key at a time: when a cached key lapses under load, the calls that come
        before the answer wait for that lookup instead of each asking the database (32 connections made 32
        lookups every ``ttl`` seconds, 8–13 % of the gateway's CPU under wrk). With the answer comes the
        change count it was read under."""
        pending = self._lookups.get(digest)
        if pending is None:
            pending = asyncio.ensure_future(self._authenticate(key))
            self._lookups[digest] = pending
            pending.add_done_callback(
                lambda done: self._lookups.pop(digest, None) if self._lookups.get(digest) is done else None
            )
        return await asyncio.shield(pending)

    async def _authenticate(self, key: str) -> tuple[KeyHolder | None, int]:
        changes = self._changes
        async with self.sessionmaker() as session:
            return await service.authenticate(session, key), changes


@dataclass(frozen=True)
class StaffCaller:
    """A person signed in to the console, calling the public API through the gateway's own stack.

    The console puts it in the ASGI scope's state of a call it makes in-process (``console.calls``); a
    request from outside cannot put anything there. :class:`AuthenticationMiddleware` then takes its
    principal instead of a key's: the same limits, contract check, routing, signing and audit follow, and
    the audit row names the person (``staff_user_id``)."""

    principal: Principal
    staff_user_id: uuid.UUID
    staff_admin: bool = False
    counties_without_contract: tuple[str, ...] = ()


def missing_key() -> Unauthorized:
    return Unauthorized(
        "send the API key as `Authorization: Bearer <key>`",
        code="UNAUTHENTICATED",
        headers={"WWW-Authenticate": "Bearer"},
    )


def bad_key() -> Unauthorized:
    return Unauthorized(
        "the API key is unknown, expired or revoked",
        code="API_KEY_INVALID",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


def bearer_key(headers: Headers) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def source_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class AuthenticationMiddleware:
    """Authenticates every call under ``/api/`` and applies the rate limits (see the module's doc)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        limits: RateLimits = state.rate_limits
        authenticator: KeyAuthenticator = state.authenticator
        source = source_address(scope)
        refusal = await limits.for_source(source)
        if refusal is not None:
            await self._refuse(scope, receive, send, refusal)
            return
        staff = scope.get("state", {}).get("staff")
        if isinstance(staff, StaffCaller):
            await self._as_staff(scope, receive, send, staff)
            return
        key = bearer_key(Headers(scope=scope))
        if key is None:
            await self._unauthorized(scope, receive, send, missing_key())
            return
        holder = await authenticator.holder_of(key)
        if holder is None:
            scope.setdefault("state", {})["key_prefix"] = keys.prefix_of(key)
            if await authenticator.is_lapsed(key):
                await self._unauthorized(scope, receive, send, bad_key())
                return
            refusal = await limits.locked_out(source) or await limits.key_refused(source)
            if refusal is not None:
                await self._refuse(scope, receive, send, refusal)
            else:
                await self._unauthorized(scope, receive, send, bad_key())
            return
        principal = holder.principal
        scope.setdefault("state", {})["principal"] = principal
        refusal = await limits.for_client(principal)
        if refusal is not None:
            await self._refuse(scope, receive, send, refusal)
            return
        if holder.counties_without_contract and scope["method"] not in READ_METHODS:
            await self._contract_ended(scope, receive, send, holder.counties_without_contract)
            return
        await self.app(scope, receive, send)

    async def _as_staff(self, scope: Scope, receive: Receive, send: Send, staff: StaffCaller) -> None:
        state = scope["state"]
        state["principal"] = staff.principal
        state["staff_user_id"] = staff.staff_user_id
        refusal = await scope["app"].state.rate_limits.for_client(staff.principal)
        if refusal is not None:
            await self._refuse(scope, receive, send, refusal)
            return
        if staff.counties_without_contract and scope["method"] not in READ_METHODS:
            await self._contract_ended(scope, receive, send, staff.counties_without_contract)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def _contract_ended(scope: Scope, receive: Receive, send: Send, counties: tuple[str, ...]) -> None:
        error = ContractNotInForce(
            "the contractor has no contract in force over "
            + ", ".join(counties)
            + ": writes are refused, reads stay open for the handover",
        )
        response = problem_response(
            error.status_code, error.code, error.detail, instance=scope["path"], counties=list(counties)
        )
        await response(scope, receive, send)

    @staticmethod
    async def _unauthorized(scope: Scope, receive: Receive, send: Send, error: Unauthorized) -> None:
        response = problem_response(
            401, error.code, error.detail, headers=error.headers, instance=scope["path"]
        )
        await response(scope, receive, send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, refusal: Refusal) -> None:
        response = problem_response(
            429,
            refusal.code,
            refusal.detail,
            headers={"Retry-After": str(refusal.retry_after)},
            instance=scope["path"],
            retry_after_seconds=refusal.retry_after,
        )
        await response(scope, receive, send)


async def authenticated(request: Request) -> Principal:
    """Dependency: the principal :class:`AuthenticationMiddleware` found for the presented API key."""
    principal = getattr(request.state, "principal", None)
    if not isinstance(principal, Principal):
        raise missing_key()  # only a route outside /api/ could get here
    return principal


Authenticated = Annotated[Principal, Depends(authenticated)]
