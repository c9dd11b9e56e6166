"""SQL of staff accounts and their sessions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from services.gateway.models import StaffSession, StaffUser
from shared.pagination import PageParams, paginate


async def get_user(session: AsyncSession, staff_id: uuid.UUID, *, lock: bool = False) -> StaffUser | None:
    stmt = select(StaffUser).where(StaffUser.id == staff_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def get_by_username(session: AsyncSession, username: str, *, lock: bool = False) -> StaffUser | None:
    stmt = select(StaffUser).where(StaffUser.username == username)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def page(
    session: AsyncSession, params: PageParams, within_counties: list[str] | None
) -> tuple[list[StaffUser], str | None]:
    """Accounts by username; ``within_counties``: only contractor staff whose counties all lie within."""
    where: ColumnElement[bool] = true()
    if within_counties is not None:
        where = (StaffUser.role == "contractor") & StaffUser.county_codes.contained_by(within_counties)
    return await paginate(
        session, select(StaffUser).where(where), [StaffUser.username], params, key=lambda u: [u.username]
    )


def add_session(session: AsyncSession, row: StaffSession) -> None:
    session.add(row)


async def find_session(session: AsyncSession, token_digest: bytes) -> tuple[StaffSession, StaffUser] | None:
    row = (
        await session.execute(
            select(StaffSession, StaffUser)
            .join(StaffUser, StaffUser.id == StaffSession.staff_user_id)
            .where(StaffSession.token_digest == token_digest)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def revoke_sessions(
    session: AsyncSession,
    staff_id: uuid.UUID,
    now: dt.datetime,
    *,
    only: uuid.UUID | None = None,
    keep: uuid.UUID | None = None,
) -> int:
    """Revoke the account's live sessions (or the one ``only``; or all but ``keep``); the count revoked."""
    stmt = update(StaffSession).where(
        StaffSession.staff_user_id == staff_id, StaffSession.revoked_at.is_(None)
    )
    if only is not None:
        stmt = stmt.where(StaffSession.id == only)
    if keep is not None:
        stmt = stmt.where(StaffSession.id != keep)
    result = await session.execute(stmt.values(revoked_at=now).returning(StaffSession.id))
    return len(result.all())


async def touch_session(session: AsyncSession, session_id: uuid.UUID, now: dt.datetime) -> None:
    await session.execute(update(StaffSession).where(StaffSession.id == session_id).values(last_seen_at=now))
