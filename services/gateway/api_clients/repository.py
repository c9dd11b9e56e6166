"""SQL of API clients and their keys: the key lookup behind every call, the clients, the change notice."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from services.gateway.models import ApiClient, ApiKey
from shared.pagination import PageParams, paginate

CHANGES_CHANNEL = "ltc_api_client_changed"


def _active_key(now: dt.datetime) -> ColumnElement[bool]:
    return or_(ApiKey.expires_at.is_(None), ApiKey.expires_at > now)


async def find_key(session: AsyncSession, prefix: str) -> tuple[ApiKey, ApiClient] | None:
    row = (
        await session.execute(
            select(ApiKey, ApiClient)
            .join(ApiClient, ApiClient.id == ApiKey.client_id)
            .where(ApiKey.prefix == prefix)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def get_client(session: AsyncSession, client_id: uuid.UUID, *, lock: bool = False) -> ApiClient | None:
    stmt = select(ApiClient).where(ApiClient.id == client_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def page(session: AsyncSession, params: PageParams) -> tuple[list[ApiClient], str | None]:
    return await paginate(session, select(ApiClient), [ApiClient.name], params, key=lambda c: [c.name])


async def get_client_by_name(session: AsyncSession, name: str) -> ApiClient | None:
    return (await session.scalars(select(ApiClient).where(ApiClient.name == name))).first()


async def active_prefixes(
    session: AsyncSession, client_ids: list[uuid.UUID], now: dt.datetime
) -> dict[uuid.UUID, list[str]]:
    rows = (
        await session.execute(
            select(ApiKey.client_id, ApiKey.prefix)
            .where(ApiKey.client_id.in_(client_ids), _active_key(now))
            .order_by(ApiKey.created_at)
        )
    ).all()
    out: dict[uuid.UUID, list[str]] = {cid: [] for cid in client_ids}
    for client_id, prefix in rows:
        out[client_id].append(prefix)
    return out


async def expire_keys(session: AsyncSession, client_id: uuid.UUID, until: dt.datetime) -> None:
    """Every key of the client still valid after ``until`` stops at ``until``."""
    await session.execute(
        update(ApiKey)
        .where(
            ApiKey.client_id == client_id,
            or_(ApiKey.expires_at.is_(None), ApiKey.expires_at > until),
        )
        .values(expires_at=until)
    )


async def announce_change(session: AsyncSession, client_id: uuid.UUID) -> None:
    """Tell every gateway process to drop ``client_id``'s cached keys once this transaction commits
    (PostgreSQL delivers a ``NOTIFY`` at commit, and never for a rolled-back transaction)."""
    await session.execute(select(func.pg_notify(CHANGES_CHANNEL, str(client_id))))
