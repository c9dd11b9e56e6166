"""The transactional outbox: a service writes its change and the event in one transaction, and exposes
its events as an ordered feed, ``GET /internal/events?after=<seq>&limit=<n>``.

Ordering guarantee: events are inserted while holding a transaction-scoped advisory lock, taken just before
commit. So sequence numbers are handed out in commit order, and a consumer that has seen ``seq = n`` can never
later find a committed event with ``seq < n`` (gaps from rolled-back transactions stay gaps forever). The lock
is held only for the insert and the commit itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Identity,
    Index,
    Insert,
    MetaData,
    Table,
    Text,
    TextClause,
    Uuid,
    cast,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from contracts.base import EventPayload
from shared.db import SessionDep
from shared.permissions import Role, capability, require

_PENDING = "ltc_outbox_pending"
MAX_FEED_LIMIT = 1000
MAX_FEED_BYTES = 4 << 20  # a page stops after the event that passes this much payload (bulk events are large)
FEED_READ = capability("internal.events.read", "read a service's event feed (/internal/events)", Role.SERVICE)


def outbox_table(metadata: MetaData) -> Table:
    """The ``outbox_events`` table of one service's schema."""
    return Table(
        "outbox_events",
        metadata,
        Column("seq", BigInteger, Identity(always=True), primary_key=True),
        Column("event_id", Uuid, nullable=False, unique=True, server_default=func.gen_random_uuid()),
        Column("event_type", Text, nullable=False),
        Column("aggregate_type", Text, nullable=False),
        Column("aggregate_id", Text, nullable=False),
        Column("county_code", Text, nullable=True),
        Column("payload", JSONB, nullable=False),
        Column("occurred_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Index(None, "aggregate_type", "aggregate_id"),
    )


class FeedEvent(BaseModel):
    seq: int
    event_id: uuid.UUID
    event_type: str = Field(description="e.g. `person.enrolled`, `conclusion.in_force`")
    aggregate_type: str
    aggregate_id: str
    county_code: str | None
    payload: dict[str, Any]
    occurred_at: dt.datetime


class Feed(BaseModel):
    items: list[FeedEvent]
    next_after: int = Field(description="pass as `after` to read on; equals `after` when nothing is new")
    last_seq: int = Field(description="highest committed sequence number, to measure consumer lag")


def _lock_key(table: Table) -> int:
    digest = hashlib.blake2b(f"outbox:{table.fullname}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class Outbox:
    """Publishes one service's events into its ``outbox_events`` table, in the caller's transaction."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.lock_key = _lock_key(table)

    def publish(self, session: AsyncSession, event: EventPayload, *, aggregate_id: str) -> uuid.UUID:
        """Queue an event, typed by its feed's contract (``contracts``); it is written just before the
        session's transaction commits. Its type, aggregate type and county come from the payload model."""
        event_id = uuid.uuid4()
        row = {
            "event_id": event_id,
            "event_type": event.event_type,
            "aggregate_type": event.aggregate_type,
            "aggregate_id": aggregate_id,
            "county_code": event.envelope_county,
            "payload": event.to_payload(),
        }
        _queue(session.sync_session, self, row)
        return event_id

    def publish_from_select(self, session: AsyncSession, statement: Insert | TextClause) -> None:
        """Queue a set-based ``INSERT INTO outbox_events (...) SELECT ...`` (bulk imports); it runs just
        before the commit, under the ordering lock, so it may read the transaction's temporary tables. Its
        payloads must follow their contract model's fields (the producer's helpers check the keys)."""
        _queue(session.sync_session, self, statement)

    def feed_router(self) -> APIRouter:
        router = APIRouter(
            tags=["internal"],
            include_in_schema=False,
            dependencies=[require(FEED_READ)],
        )
        table = self.table

        @router.get("/internal/events", response_model=Feed)
        async def events(
            session: SessionDep,
            after: Annotated[int, Query(ge=0)] = 0,
            limit: Annotated[int, Query(ge=1, le=MAX_FEED_LIMIT)] = 500,
        ) -> Feed:
            size = func.octet_length(cast(table.c.payload, Text))
            page = (
                select(
                    *table.c, size.label("size"), func.sum(size).over(order_by=table.c.seq).label("running")
                )
                .where(table.c.seq > after)
                .order_by(table.c.seq)
                .limit(limit)
                .subquery()
            )
            rows = (
                await session.execute(
                    select(*(page.c[c.name] for c in table.c))
                    .where(page.c.running - page.c.size < MAX_FEED_BYTES)
                    .order_by(page.c.seq)
                )
            ).mappings()
            items = [FeedEvent.model_validate(dict(r)) for r in rows]
            last = await session.scalar(select(func.coalesce(func.max(table.c.seq), 0)))
            return Feed(items=items, next_after=items[-1].seq if items else after, last_seq=int(last or 0))

        return router


def _queue(session: Session, outbox: Outbox, item: Any) -> None:
    """Remember the event with the (nested) transaction it belongs to, so a rolled-back savepoint drops
    exactly its own events and nothing queued before it."""
    pending: list[tuple[Outbox, Any, Any]] = session.info.setdefault(_PENDING, [])
    pending.append((outbox, item, session.get_nested_transaction()))


def _inside(transaction: Any, ancestor: Any) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(Session, "before_commit")
def _write_pending_events(session: Session) -> None:
    pending: Sequence[tuple[Outbox, Any, Any]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    # Flush the change itself before taking the lock: SQLAlchemy would flush only after this hook, and a
    # row lock awaited while holding the outbox lock can deadlock with a transaction waiting for the latter.
    session.flush()
    locked: set[int] = set()
    for outbox, item, _ in pending:
        if outbox.lock_key not in locked:
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": outbox.lock_key})
            locked.add(outbox.lock_key)
        if isinstance(item, dict):
            session.execute(insert(outbox.table), [item])
        else:
            session.execute(item)


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back_events(session: Session, previous_transaction: Any) -> None:
    pending: list[tuple[Outbox, Any, Any]] | None = session.info.get(_PENDING)
    if not pending:
        return
    if previous_transaction.nested:
        session.info[_PENDING] = [p for p in pending if not _inside(p[2], previous_transaction)]
    else:
        session.info.pop(_PENDING, None)
