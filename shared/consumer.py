"""Consumers of another service's event feed.

A consumer reads a batch from the producer's ``/internal/events`` and, in **one** transaction of its own
database, applies every event and moves its cursor. A crash anywhere before the commit leaves both the
effects and the cursor as they were, so the batch is read and applied again: each event takes effect exactly
once. Two replicas of a consumer cannot both apply a batch: the cursor row is locked and re-checked.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import uuid
from abc import ABC, abstractmethod

import httpx
import structlog
from sqlalchemy import BigInteger, Column, DateTime, MetaData, Table, Text, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.outbox import Feed, FeedEvent

_log = structlog.get_logger("shared.consumer")


def cursor_table(metadata: MetaData) -> Table:
    """``consumer_cursors``: how far each consumer of this service has read each feed."""
    return Table(
        "consumer_cursors",
        metadata,
        Column("consumer", Text, primary_key=True),
        Column("source", Text, nullable=False),
        Column("position", BigInteger, nullable=False, server_default="0"),
        Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )


class FeedConsumer(ABC):
    """Subclass and implement :meth:`apply`; run :meth:`run` in the service's lifespan."""

    name: str
    source: str

    def __init__(
        self,
        client: httpx.AsyncClient,
        sessionmaker: async_sessionmaker[AsyncSession],
        cursors: Table,
        batch_size: int = 500,
        poll_interval: float = 1.0,
    ) -> None:
        self.client = client
        self.sessionmaker = sessionmaker
        self.cursors = cursors
        self.batch_size = batch_size
        self.poll_interval = poll_interval

    @abstractmethod
    async def apply(self, session: AsyncSession, event: FeedEvent) -> None:
        """Make the event's effect in this service's tables (flush, never commit)."""

    async def apply_batch(self, session: AsyncSession, events: list[FeedEvent]) -> None:
        """All events of one batch; override with set-based SQL when events come by the thousand."""
        for event in events:
            await self.apply(session, event)

    async def position(self, session: AsyncSession, *, lock: bool = False) -> int:
        await session.execute(
            pg_insert(self.cursors)
            .values(consumer=self.name, source=self.source, position=0)
            .on_conflict_do_nothing(index_elements=["consumer"])
        )
        stmt = select(self.cursors.c.position).where(self.cursors.c.consumer == self.name)
        if lock:
            stmt = stmt.with_for_update()
        return int((await session.execute(stmt)).scalar_one())

    async def fetch(self, after: int) -> Feed:
        response = await self.client.get(
            "/internal/events", params={"after": after, "limit": self.batch_size}
        )
        response.raise_for_status()
        return Feed.model_validate_json(response.content)

    async def poll_once(self) -> int:
        """Apply the next batch, if any; returns how many events took effect."""
        structlog.contextvars.bind_contextvars(request_id=f"{self.name}-{uuid.uuid4().hex[:12]}")
        async with self.sessionmaker() as session:
            start = await self.position(session)
            await session.commit()
        feed = await self.fetch(start)
        if not feed.items:
            return 0
        async with self.sessionmaker() as session, session.begin():
            current = await self.position(session, lock=True)
            if current != start:
                return 0  # another replica moved on meanwhile; read again next time
            await self.apply_batch(session, feed.items)
            await session.execute(
                update(self.cursors)
                .where(self.cursors.c.consumer == self.name)
                .values(position=feed.items[-1].seq, updated_at=dt.datetime.now(dt.UTC))
            )
        return len(feed.items)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until ``stop`` is set; transient failures back off and retry, never skip."""
        delay = self.poll_interval
        while not stop.is_set():
            try:
                applied = await self.poll_once()
                delay = self.poll_interval
            except Exception as exc:
                _log.warning("consumer_batch_failed", consumer=self.name, error=repr(exc))
                applied = 0
                delay = min(delay * 2, 30.0)
            if applied:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
