"""The rules of API clients: who may hold which scope, how keys are issued, rotated and revoked."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.api_clients import keys, repository
from services.gateway.api_clients.exceptions import (
    ApiClientNameTaken,
    ApiClientNotFound,
    ApiClientRevoked,
    UpstreamUnavailable,
)
from services.gateway.api_clients.schemas import ApiClient as ApiClientOut
from services.gateway.api_clients.schemas import ApiClientCreate, IssuedKey
from services.gateway.contracts import service as contracts
from services.gateway.models import ApiClient, ApiKey
from services.gateway.transports import UpstreamFailure
from services.gateway.upstream import Upstreams
from shared.pagination import PageParams
from shared.principal import Principal, Role, county_unknown, service_principal


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def describe(session: AsyncSession, clients: list[ApiClient]) -> list[ApiClientOut]:
    prefixes = await repository.active_prefixes(session, [c.id for c in clients], _now())
    return [
        ApiClientOut(
            id=c.id,
            name=c.name,
            role=c.role,
            county_codes=list(c.county_codes),
            institution_id=c.institution_id,
            contractor_id=c.contractor_id,
            created_at=c.created_at,
            revoked_at=c.revoked_at,
            active_key_prefixes=[] if c.revoked_at else prefixes[c.id],
        )
        for c in clients
    ]


async def known_counties(upstreams: Upstreams) -> set[str]:
    """The accounting units, from the enrollment service that owns them."""
    try:
        body = await upstreams.get_json("enrollment", "/api/v1/counties", service_principal("gateway"))
    except UpstreamFailure as exc:
        raise UpstreamUnavailable("cannot check county codes: the enrollment service is unavailable") from exc
    return {item["code"] for item in body["items"]}


async def list_clients(session: AsyncSession, params: PageParams) -> tuple[list[ApiClientOut], str | None]:
    rows, next_cursor = await repository.page(session, params)
    return await describe(session, rows), next_cursor


async def get_client(session: AsyncSession, client_id: uuid.UUID) -> ApiClientOut:
    client = await repository.get_client(session, client_id)
    if client is None:
        raise ApiClientNotFound(f"no API client {client_id}")
    [out] = await describe(session, [client])
    return out


async def announce_change(session: AsyncSession, client_id: uuid.UUID) -> None:
    """Every gateway process drops the client's cached keys once this transaction commits."""
    await repository.announce_change(session, client_id)


async def _issue_key(session: AsyncSession, client: ApiClient) -> keys.NewKey:
    key = keys.new_key()
    session.add(ApiKey(client_id=client.id, prefix=key.prefix, digest=key.digest))
    await session.flush()
    return key


async def create_client(
    session: AsyncSession, data: ApiClientCreate, known_counties: Collection[str]
) -> IssuedKey:
    unknown = [c for c in data.county_codes if c not in known_counties]
    if unknown:
        raise county_unknown(unknown, "body.county_codes")  # worded as every service words it
    if data.contractor_id is not None:
        await contracts.check_binding(session, data.contractor_id, data.county_codes)
    existing = await repository.get_client_by_name(session, data.name)
    if existing is not None:
        raise ApiClientNameTaken(f"a client named {data.name!r} exists", existing_id=str(existing.id))
    client = ApiClient(
        id=uuid.uuid4(),
        name=data.name,
        role=data.role,
        county_codes=data.county_codes,
        institution_id=data.institution_id,
        contractor_id=data.contractor_id,
        created_at=_now(),
    )
    session.add(client)
    await session.flush()
    key = await _issue_key(session, client)
    [out] = await describe(session, [client])
    return IssuedKey(client=out, key=key.plaintext, key_prefix=key.prefix)


async def _live_client(session: AsyncSession, client_id: uuid.UUID) -> ApiClient:
    client = await repository.get_client(session, client_id, lock=True)
    if client is None:
        raise ApiClientNotFound(f"no API client {client_id}")
    if client.revoked_at is not None:
        raise ApiClientRevoked("the client is revoked; create a new one")
    return client


async def rotate(session: AsyncSession, client_id: uuid.UUID, grace_seconds: int) -> IssuedKey:
    """Issue a new key; the keys before it keep working for ``grace_seconds`` (0 = stop now)."""
    client = await _live_client(session, client_id)
    valid_until = _now() + dt.timedelta(seconds=grace_seconds)
    await repository.expire_keys(session, client.id, valid_until)
    key = await _issue_key(session, client)
    [out] = await describe(session, [client])
    return IssuedKey(
        client=out, key=key.plaintext, key_prefix=key.prefix, previous_keys_valid_until=valid_until
    )


async def revoke(session: AsyncSession, client_id: uuid.UUID) -> ApiClientOut:
    """Revoke the client and every key of it, now. Revoking twice is harmless."""
    client = await repository.get_client(session, client_id, lock=True)
    if client is None:
        raise ApiClientNotFound(f"no API client {client_id}")
    if client.revoked_at is None:
        now = _now()
        client.revoked_at = now
        await repository.expire_keys(session, client.id, now)
        await session.flush()
    [out] = await describe(session, [client])
    return out


async def is_lapsed_key(session: AsyncSession, key: str) -> bool:
    """A key that was issued (its digest matches) but is revoked, rotated out or expired: a stale
    credential, not a guess."""
    prefix = keys.prefix_of(key)
    found = await repository.find_key(session, prefix) if prefix is not None else None
    return found is not None and keys.matches(key, found[0].digest)


class KeyHolder(NamedTuple):
    """Who presented a working key: the principal, when the key stops working, and the counties of a
    contract-bound contractor client that no contract in force covers (its writes are refused)."""

    principal: Principal
    expires_at: dt.datetime | None
    counties_without_contract: tuple[str, ...] = ()


async def authenticate(session: AsyncSession, key: str) -> KeyHolder | None:
    """The holder of a presented key, or None if the key does not work."""
    prefix = keys.prefix_of(key)
    if prefix is None:
        return None
    found = await repository.find_key(session, prefix)
    if found is None:
        return None
    api_key, client = found
    now = _now()
    if not keys.matches(key, api_key.digest) or client.revoked_at is not None:
        return None
    if api_key.expires_at is not None and api_key.expires_at <= now:
        return None
    principal = Principal(
        client_id=str(client.id),
        name=client.name,
        role=Role(client.role),
        county_codes=list(client.county_codes),
        institution_id=client.institution_id,
    )
    closed: tuple[str, ...] = ()
    if client.contractor_id is not None:
        closed = tuple(await contracts.uncovered_counties(session, client.contractor_id, client.county_codes))
    return KeyHolder(principal, api_key.expires_at, closed)
