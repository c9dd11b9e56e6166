"""The dead letters of a service's feed consumers: the events they could not apply, with their error, and
what an operator does about them (``python -m services.launcher dead-letters list|retry|discard``).

A retry is made by the running consumer on its next poll (it has the code that applies the event); a discard
is made here, and for a consumer stopped at the event moves its cursor past it in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Identity,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

DEAD_LETTER_STATUSES = ("open", "retry", "resolved", "discarded")


def dead_letter_table(metadata: MetaData) -> Table:
    """``feed_dead_letters``: the events this service's consumers could not apply, with their error.

    ``status``: ``open`` (waiting for an operator), ``retry`` (an operator asked for one more attempt),
    ``resolved`` (applied on a retry), ``discarded`` (an operator dropped it). ``blocking``: the consumer
    stopped before this event (its cursor stays there until the letter is resolved or discarded)."""
    return Table(
        "feed_dead_letters",
        metadata,
        Column("id", BigInteger, Identity(always=True), primary_key=True),
        Column("consumer", Text, nullable=False),
        Column("source", Text, nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("event_id", Uuid, nullable=False),
        Column("event_type", Text, nullable=False),
        Column("event", JSONB, nullable=False),
        Column("error", Text, nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("blocking", Boolean, nullable=False),
        Column("status", Text, nullable=False, server_default="open"),
        Column("first_failed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("last_failed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("decided_by", Text, nullable=True),
        Column("decided_at", DateTime(timezone=True), nullable=True),
        Column("note", Text, nullable=True),
        UniqueConstraint("consumer", "event_id"),
        CheckConstraint(f"status IN {DEAD_LETTER_STATUSES!r}", name="status"),
        Index(None, "consumer", "status"),
    )


class DeadLetterNotFound(LookupError):
    pass


class DeadLetterClosed(ValueError):
    pass


def _letter_json(row: Any) -> dict[str, Any]:
    out = dict(row._mapping)
    for key, value in out.items():
        if isinstance(value, dt.datetime | uuid.UUID):
            out[key] = str(value)
    return out


async def list_dead_letters(
    session: AsyncSession, table: Table, *, include_closed: bool = False
) -> list[dict[str, Any]]:
    stmt = select(*(c for c in table.c if c.name != "event")).order_by(table.c.id)
    if not include_closed:
        stmt = stmt.where(table.c.status.in_(("open", "retry")))
    return [_letter_json(row) for row in await session.execute(stmt)]


async def _open_letter(session: AsyncSession, table: Table, letter_id: int) -> Any:
    row = (
        await session.execute(select(table).where(table.c.id == letter_id).with_for_update())
    ).one_or_none()
    if row is None:
        raise DeadLetterNotFound(f"no dead letter {letter_id}")
    if row.status not in ("open", "retry"):
        raise DeadLetterClosed(f"dead letter {letter_id} is {row.status} already")
    return row


async def request_retry(session: AsyncSession, table: Table, letter_id: int, *, by: str) -> dict[str, Any]:
    """Ask the running consumer for one more attempt (it makes it on its next poll)."""
    await _open_letter(session, table, letter_id)
    await session.execute(
        update(table)
        .where(table.c.id == letter_id)
        .values(status="retry", decided_by=by, decided_at=func.now())
    )
    return {"id": letter_id, "status": "retry"}


async def discard(
    session: AsyncSession, table: Table, cursors: Table, letter_id: int, *, by: str, note: str
) -> dict[str, Any]:
    """Drop the event for good; a consumer stopped at it moves past it (in the same transaction)."""
    row = await _open_letter(session, table, letter_id)
    if row.blocking:
        await session.execute(
            update(cursors)
            .where(cursors.c.consumer == row.consumer, cursors.c.position < row.seq)
            .values(position=row.seq, updated_at=func.now())
        )
    await session.execute(
        update(table)
        .where(table.c.id == letter_id)
        .values(status="discarded", decided_by=by, decided_at=func.now(), note=note)
    )
    return {"id": letter_id, "status": "discarded", "cursor_moved_past": bool(row.blocking)}
