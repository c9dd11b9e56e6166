"""Consumers of another service's event feed.

A consumer reads a batch from the producer's ``/internal/events`` and, in **one** transaction of its own
database, applies every event and moves its cursor. A crash anywhere before the commit leaves both the
effects and the cursor as they were, so the batch is read and applied again: each event takes effect exactly
once. Two replicas of a consumer cannot both apply a batch: the cursor row is locked and re-checked; and of
all the processes of a service (workers, replicas) only the one holding the consumer's advisory lock polls at
all, the others stand by to take over (``shared.feed_lease``). Events
of a page at or before the cursor (a page delivered again by a proxy, a cache or a replica behind) are passed
over: nothing takes effect twice and the cursor never moves back.

Each event is read with its feed's typed contract (``contracts``), once per event; event types the consumer
does not handle are skipped. Whatever goes wrong is counted and shown, never retried in silence:

- a **transient** failure (producer unreachable or answering 5xx, database connection lost, deadlock) backs
  off and retries; ``ltc_feed_failures_total{kind="transient"}`` counts it;
- an **event** that cannot be applied — its payload breaks the contract (at once), or applying it fails
  ``max_attempts`` times in a row — is written to the service's ``feed_dead_letters`` with its error. By
  the consumer's :class:`OnFailure` policy it then either **sets the event aside** and goes on, or **stops**
  before it (money, where order matters) until an operator retries or discards it
  (``python -m services.launcher dead-letters``); the events before it in the batch take effect;
- lag, position, events applied, failures and dead letters are Prometheus metrics, and ``/readyz`` reports
  every consumer (``shared.feed_health``); dead letters and what an operator does with them:
  ``shared.dead_letters``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import uuid
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence
from enum import StrEnum
from typing import Any, ClassVar, NamedTuple

import httpx
import structlog
from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from pydantic import ValidationError
from sqlalchemy import BigInteger, Column, DateTime, MetaData, Table, Text, and_, func, or_, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from contracts.base import EventPayload, FeedContract
from shared.app import ExtraLifespan, internal_client
from shared.feed_health import (
    DeadLetterRef,
    FeedHealth,
    FeedLimits,
    FeedMetrics,
    feed_metrics,
    feeds_readiness,
)
from shared.feed_lease import FeedLease, lease_name
from shared.outbox import Feed, FeedEvent
from shared.settings import Settings

_log = structlog.get_logger("shared.consumer")
MAX_ERROR_CHARS = 4000
MAX_BACKOFF_SECONDS = 30.0
_TRANSIENT_SQLSTATE_CLASSES = ("08", "40", "53", "57")  # connection, rollback (deadlock), resources, shutdown
_QUERY_CANCELED = "57014"  # statement timeout: the event's own doing, not the database's


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


class OnFailure(StrEnum):
    """What a consumer does with an event it cannot apply (after writing its dead letter)."""

    STOP = "stop"
    """Stay before it until an operator retries or discards it: later events depend on it (money)."""
    SET_ASIDE = "set_aside"
    """Go on with the next event: the event's effect stands alone (a read model keyed by the event)."""


class Delivery(NamedTuple):
    """One event of the feed with its payload read through the contract."""

    event: FeedEvent
    payload: EventPayload


class _Letter(NamedTuple):
    """A dead letter the consumer must act on: its own stop, or an operator's retry."""

    id: int
    seq: int
    event_type: str
    error: str
    blocking: bool
    status: str


class EventFailed(Exception):
    """An event failed to apply; it is tried again on the next poll until ``max_attempts``."""


def is_transient(exc: BaseException) -> bool:
    """A failure of the way to the producer or the database, not of the event itself."""
    if isinstance(exc, httpx.HTTPError | OSError | TimeoutError | sa_exc.TimeoutError):
        return True
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated or isinstance(exc, sa_exc.InterfaceError):
            return True
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if isinstance(sqlstate, str) and sqlstate != _QUERY_CANCELED:
            return sqlstate[:2] in _TRANSIENT_SQLSTATE_CLASSES
    return False


def _error_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


class FeedConsumer(ABC):
    """Subclass: name the feed (``contract``), the payload models it ``handles``, its ``on_failure`` policy
    and its service's ``cursors``/``dead_letters`` tables; implement :meth:`apply`; run :meth:`run` in the
    service's lifespan."""

    name: ClassVar[str]
    source: ClassVar[str]
    contract: ClassVar[FeedContract]
    handles: ClassVar[tuple[type[EventPayload], ...]]
    on_failure: ClassVar[OnFailure]
    cursors: ClassVar[Table]
    dead_letters: ClassVar[Table]

    def __init__(
        self,
        client: httpx.AsyncClient,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        batch_size: int = 500,
        poll_interval: float = 1.0,
        limits: FeedLimits | None = None,
        metrics: FeedMetrics | None = None,
    ) -> None:
        self.client = client
        self.sessionmaker = sessionmaker
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.limits = limits or FeedLimits()
        self.metrics = metrics or FeedMetrics(CollectorRegistry())
        self.health = FeedHealth()
        self.models = {model.event_type: model for model in self.handles}
        foreign = [t for t, m in self.models.items() if self.contract.model(t) is not m]
        assert not foreign, f"{self.name} handles events not declared by the {self.source} feed: {foreign}"
        self._attempts: tuple[int, int] | None = None  # (seq, failures in a row) of the event failing now

    @abstractmethod
    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        """Make the event's effect in this service's tables (flush, never commit)."""

    async def apply_batch(self, session: AsyncSession, deliveries: Sequence[Delivery]) -> None:
        """All handled events of one batch, in order; override with set-based SQL for bulk events."""
        for delivery in deliveries:
            await self.apply(session, delivery.event, delivery.payload)

    def parse(self, event: FeedEvent) -> EventPayload | None:
        """The event's typed payload, ``None`` for a type this consumer skips; raises ``ValidationError``
        when the payload breaks the contract."""
        model = self.models.get(event.event_type)
        return None if model is None else model.model_validate(event.payload, extra="ignore")

    # --- the cursor --------------------------------------------------------------------------------------

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

    async def _move(self, session: AsyncSession, seq: int) -> None:
        await session.execute(
            update(self.cursors)
            .where(self.cursors.c.consumer == self.name)
            .values(position=seq, updated_at=dt.datetime.now(dt.UTC))
        )

    async def fetch(self, after: int, limit: int | None = None) -> Feed:
        response = await self.client.get(
            "/internal/events", params={"after": after, "limit": limit or self.batch_size}
        )
        response.raise_for_status()
        return Feed.model_validate_json(response.content)

    @staticmethod
    def unseen(position: int, items: Sequence[FeedEvent]) -> list[FeedEvent]:
        """The page's events after ``position``, each once, in order. A page delivered again (a retrying
        proxy, a cache, a replica behind) would otherwise be applied again and move the cursor back."""
        return sorted({e.seq: e for e in items if e.seq > position}.values(), key=lambda e: e.seq)

    # --- polling -----------------------------------------------------------------------------------------

    async def poll_once(self) -> int:
        """Apply the next batch, if any; returns how many events the cursor passed (applied, skipped or set
        aside). Raises on a failure that is retried, after counting it."""
        labels = (self.name, self.source)
        try:
            passed = await self._poll()
        except Exception as exc:
            kind = "event" if isinstance(exc, EventFailed) else "transient" if is_transient(exc) else "other"
            self.metrics.failures.labels(*labels, kind).inc()
            self.health.consecutive_failures += 1
            self.health.last_error = _error_text(exc)
            self.metrics.consecutive_failures.labels(*labels).set(self.health.consecutive_failures)
            raise
        self.health.consecutive_failures = 0
        self.metrics.consecutive_failures.labels(*labels).set(0)
        return passed

    async def _poll(self) -> int:
        structlog.contextvars.bind_contextvars(request_id=f"{self.name}-{uuid.uuid4().hex[:12]}")
        async with self.sessionmaker() as session:
            start = await self.position(session)
            letters = await self._pending_letters(session)
            await session.commit()
        self._observe(position=start)
        retries = [letter for letter in letters if letter.status == "retry"]
        if retries:
            return await self._retry(retries)
        self._stopped_at(next((letter for letter in letters if letter.blocking), None))
        if self.health.stopped_at is not None:
            self._observe(head=(await self.fetch(start, limit=1)).last_seq)
            return 0
        feed = await self.fetch(start)
        self._observe(head=feed.last_seq)
        items = self.unseen(start, feed.items)
        if not items:
            return 0
        deliveries: list[Delivery | None] = []
        violation: tuple[FeedEvent, ValidationError] | None = None
        for event in items:
            try:
                payload = self.parse(event)
            except ValidationError as exc:
                violation = (event, exc)
                break
            deliveries.append(None if payload is None else Delivery(event, payload))
        passed = 0
        if deliveries:
            applied = await self._apply(start, items[: len(deliveries)], deliveries)
            if applied is None:
                return 0  # another replica moved on meanwhile; read again next time
            passed, start = applied, items[len(deliveries) - 1].seq
            if passed < len(deliveries):
                return passed
        if violation is not None:
            self.metrics.failures.labels(self.name, self.source, "contract").inc()
            passed += await self._dead_letter(start, violation[0], violation[1], attempts=1)
        return passed

    async def _apply(
        self, start: int, events: Sequence[FeedEvent], deliveries: Sequence[Delivery | None]
    ) -> int | None:
        """The events in one transaction with the cursor; when that fails for an event's sake, one at a time
        to find it. Returns how many events the cursor passed, None when another replica had moved it."""
        handled = [d for d in deliveries if d is not None]
        try:
            async with self.sessionmaker() as session, session.begin():
                if await self.position(session, lock=True) != start:
                    return None
                await self.apply_batch(session, handled)
                await self._move(session, events[-1].seq)
        except Exception as exc:
            if is_transient(exc) or not handled:
                raise
            return await self._apply_one_by_one(start, events, deliveries)
        self._passed(len(handled), len(events) - len(handled), events[-1].seq)
        return len(events)

    async def _apply_one_by_one(
        self, start: int, events: Sequence[FeedEvent], deliveries: Sequence[Delivery | None]
    ) -> int | None:
        failed: tuple[FeedEvent, Exception] | None = None
        done, applied, skipped = start, 0, 0
        async with self.sessionmaker() as session, session.begin():
            if await self.position(session, lock=True) != start:
                return None
            for event, delivery in zip(events, deliveries, strict=True):
                if delivery is not None:
                    try:
                        async with session.begin_nested():
                            await self.apply_batch(session, [delivery])
                    except Exception as exc:
                        if is_transient(exc):
                            raise
                        failed = (event, exc)
                        break
                    applied += 1
                else:
                    skipped += 1
                done = event.seq
            if done != start:
                await self._move(session, done)
        if done != start:
            self._passed(applied, skipped, done)
        passed = applied + skipped
        if failed is not None:
            passed += await self._failed(done, *failed)
        return passed

    def _passed(self, applied: int, skipped: int, position: int) -> None:
        labels = (self.name, self.source)
        self.metrics.applied.labels(*labels).inc(applied)
        self.metrics.skipped.labels(*labels).inc(skipped)
        self._attempts = None
        self._observe(position=position)

    async def _failed(self, position: int, event: FeedEvent, exc: Exception) -> int:
        """One more failure of the event the consumer is at: raise to retry, or dead-letter it."""
        count = self._attempts[1] + 1 if self._attempts and self._attempts[0] == event.seq else 1
        self._attempts = (event.seq, count)
        if count < self.limits.max_attempts:
            raise EventFailed(
                f"{event.event_type} #{event.seq} failed ({count} of {self.limits.max_attempts} attempts): "
                f"{_error_text(exc)}"
            ) from exc
        return await self._dead_letter(position, event, exc, attempts=count)

    async def _dead_letter(self, position: int, event: FeedEvent, exc: Exception, *, attempts: int) -> int:
        """Record the event with its error; set aside → the cursor passes it (returns 1), stop → the cursor
        stays before it (returns 0)."""
        table = self.dead_letters
        blocking = self.on_failure is OnFailure.STOP
        error = _error_text(exc)
        async with self.sessionmaker() as session, session.begin():
            if await self.position(session, lock=True) != position:
                return 0
            stmt = pg_insert(table).values(
                consumer=self.name,
                source=self.source,
                seq=event.seq,
                event_id=event.event_id,
                event_type=event.event_type,
                event=event.model_dump(mode="json"),
                error=error,
                attempts=attempts,
                blocking=blocking,
                status="open",
            )
            letter_id = await session.scalar(
                stmt.on_conflict_do_update(
                    index_elements=[table.c.consumer, table.c.event_id],
                    set_={
                        "error": stmt.excluded.error,
                        "attempts": table.c.attempts + stmt.excluded.attempts,
                        "blocking": stmt.excluded.blocking,
                        "status": "open",
                        "last_failed_at": func.now(),
                    },
                ).returning(table.c.id)
            )
            if not blocking:
                await self._move(session, event.seq)
        self._attempts = None
        self.metrics.dead_letters.labels(self.name, self.source, self.on_failure.value).inc()
        _log.error(
            "feed_event_dead_lettered",
            consumer=self.name,
            seq=event.seq,
            event_type=event.event_type,
            dead_letter_id=letter_id,
            policy=self.on_failure.value,
            error=error,
        )
        if blocking:
            self._stopped_at(DeadLetterRef(int(letter_id or 0), event.seq, event.event_type, error))
            return 0
        self._observe(position=event.seq)
        return 1

    # --- dead letters an operator decided on ---------------------------------------------------------------

    async def _pending_letters(self, session: AsyncSession) -> list[_Letter]:
        table = self.dead_letters
        mine = table.c.consumer == self.name
        open_count = await session.scalar(
            select(func.count()).where(mine, table.c.status.in_(("open", "retry")))
        )
        self.health.dead_letters_open = int(open_count or 0)
        self.metrics.dead_letters_open.labels(self.name, self.source).set(self.health.dead_letters_open)
        rows = await session.execute(
            select(*(table.c[k] for k in _Letter._fields))
            .where(
                mine,
                or_(table.c.status == "retry", and_(table.c.status == "open", table.c.blocking)),
            )
            .order_by(table.c.seq)
            .limit(100)
        )
        return [_Letter(*row) for row in rows]

    def _stopped_at(self, letter: DeadLetterRef | _Letter | None) -> None:
        before = self.health.stopped_at
        if letter is None:
            self.health.stopped_at = None
        else:
            self.health.stopped_at = DeadLetterRef(letter.id, letter.seq, letter.event_type, letter.error)
        self.metrics.stopped.labels(self.name, self.source).set(0 if letter is None else 1)
        if letter is not None and (before is None or before.id != letter.id):
            _log.error(
                "feed_consumer_stopped",
                consumer=self.name,
                seq=letter.seq,
                event_type=letter.event_type,
                dead_letter_id=letter.id,
                hint="python -m services.launcher dead-letters retry|discard",
            )

    async def _retry(self, letters: Sequence[_Letter]) -> int:
        """One more attempt at each letter an operator asked to retry: resolved when it applies (a blocking
        one moves the cursor past it), open again with the new error when not. Returns how many applied."""
        table = self.dead_letters
        resolved = 0
        for letter in letters:
            async with self.sessionmaker() as session, session.begin():
                row = (
                    await session.execute(
                        select(table.c.event, table.c.blocking)
                        .where(table.c.id == letter.id, table.c.status == "retry")
                        .with_for_update(skip_locked=True)
                    )
                ).one_or_none()
                if row is None:
                    continue
                event = FeedEvent.model_validate(row.event)
                outcome = await self._attempt_letter(session, event, blocking=row.blocking)
                await session.execute(update(table).where(table.c.id == letter.id).values(**outcome))
            applied = outcome["status"] == "resolved"
            resolved += applied
            _log.warning(
                "feed_dead_letter_retried",
                consumer=self.name,
                dead_letter_id=letter.id,
                seq=letter.seq,
                applied=applied,
                error=outcome.get("error"),
            )
        return resolved

    async def _attempt_letter(
        self, session: AsyncSession, event: FeedEvent, *, blocking: bool
    ) -> dict[str, Any]:
        """The dead letter's new values after one more attempt at its event."""
        if blocking and await self.position(session, lock=True) >= event.seq:
            return {"status": "resolved", "note": "passed by the cursor already"}
        try:
            payload = self.parse(event)
            async with session.begin_nested():
                if payload is not None:
                    await self.apply_batch(session, [Delivery(event, payload)])
        except Exception as exc:
            if is_transient(exc):
                raise
            table = self.dead_letters
            return {
                "status": "open",
                "error": _error_text(exc),
                "attempts": table.c.attempts + 1,
                "last_failed_at": func.now(),
            }
        if blocking:
            await self._move(session, event.seq)
        return {"status": "resolved"}

    def _observe(self, *, position: int | None = None, head: int | None = None) -> None:
        labels = (self.name, self.source)
        if position is not None:
            self.health.position = position
            self.metrics.position.labels(*labels).set(position)
        if head is not None:
            self.health.head = head
            self.metrics.head.labels(*labels).set(head)
        lag = self.health.lag
        if lag is not None:
            self.metrics.lag.labels(*labels).set(lag)

    async def run(
        self, stop: asyncio.Event, lease: FeedLease | None = None, standby_retry: float = 2.0
    ) -> None:
        """Poll until ``stop`` is set; failures back off (doubling up to 30 s) and retry, counted. With a
        ``lease`` only while this process holds it: otherwise stand by and ask again every
        ``standby_retry`` seconds (``shared.feed_lease``)."""
        delay = self.poll_interval
        try:
            while not stop.is_set():
                if lease is not None and not await self._lead(lease):
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), timeout=standby_retry)
                    continue
                try:
                    passed = await self.poll_once()
                    delay = self.poll_interval
                except Exception as exc:
                    _log.warning(
                        "consumer_batch_failed",
                        consumer=self.name,
                        error=_error_text(exc),
                        failures_in_a_row=self.health.consecutive_failures,
                        transient=is_transient(exc),
                    )
                    passed = 0
                    delay = min(delay * 2, MAX_BACKOFF_SECONDS)
                if passed:
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)
        finally:
            if lease is not None:
                await lease.release()

    async def _lead(self, lease: FeedLease) -> bool:
        """Whether this process runs the consumer now; a change either way is logged and shown."""
        was_running = lease.held
        running = await lease.hold()
        if running and not was_running:
            self.health.standby = False
            self.metrics.running_pid.labels(self.name, self.source).set(os.getpid())
            _log.info("feed_consumer_running", consumer=self.name, pid=os.getpid())
        elif not running:
            if was_running or not self.health.standby:
                _log.info("feed_consumer_standby", consumer=self.name, pid=os.getpid())
            self.health.standby = True
            # another process's to say now: what this one saw while it ran is not news any more
            self.health.position = self.health.head = self.health.stopped_at = None
            self.health.consecutive_failures = self.health.dead_letters_open = 0
        return running

    def report(self) -> dict[str, Any]:
        """This consumer's part of ``/readyz``."""
        health = self.health
        stopped = health.stopped_at
        return {
            "source": self.source,
            "state": health.state(self.limits),
            "pid": os.getpid(),
            "policy": self.on_failure.value,
            "position": health.position,
            "head": health.head,
            "lag": health.lag,
            "failures_in_a_row": health.consecutive_failures,
            "last_error": health.last_error if health.consecutive_failures else None,
            "dead_letters_open": health.dead_letters_open,
            "stopped_at": None
            if stopped is None
            else {"dead_letter_id": stopped.id, "seq": stopped.seq, "event_type": stopped.event_type,
                  "error": stopped.error},
        }  # fmt: skip


def consumer_options(app: FastAPI) -> dict[str, Any]:
    """The keyword arguments every consumer of ``app`` is made with (settings, metrics)."""
    settings: Settings = app.state.settings
    return {
        "poll_interval": settings.feed_poll_seconds,
        "limits": FeedLimits.from_settings(settings),
        "metrics": feed_metrics(app),
    }


def attach(app: FastAPI, consumers: Sequence[FeedConsumer]) -> None:
    """Make the consumers ``app``'s: ``/readyz`` reports them."""
    app.state.consumers = list(consumers)
    app.state.readiness_reports = {**getattr(app.state, "readiness_reports", {}), "feeds": feeds_readiness}


def leases(app: FastAPI, consumers: Sequence[FeedConsumer]) -> list[FeedLease | None]:
    """One lock per consumer on the app's database, so that of all the processes of the service (workers,
    replicas) one runs each consumer; none when the app has no engine of its own (an in-process test)."""
    engine = getattr(app.state, "engine", None)
    if not isinstance(engine, AsyncEngine):
        return [None for _ in consumers]
    service = getattr(app.state, "service_name", "service")
    return [
        FeedLease(engine.url, lease_name(c.cursors.schema, c.name), application_name=f"ltc-{service}-feed")
        for c in consumers
    ]


@contextlib.asynccontextmanager
async def running(app: FastAPI, consumers: Sequence[FeedConsumer]) -> AsyncIterator[None]:
    """The lifespan part: one task per consumer, reported by ``/readyz``, stopped cleanly on shutdown. A
    producer that is down only delays its consumer (backing off), it never stops the service. Every process
    of the service starts the task; the one holding the consumer's lock polls, the others stand by."""
    attach(app, consumers)
    settings: Settings = app.state.settings
    stop = asyncio.Event()
    tasks = [
        asyncio.create_task(
            c.run(stop, lease, settings.feed_standby_retry_seconds), name=f"consumer:{c.name}"
        )
        for c, lease in zip(consumers, leases(app, consumers), strict=True)
    ]
    try:
        yield
    finally:
        stop.set()
        for task in tasks:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, timeout=10)


def consumers_lifespan(caller: str, *kinds: type[FeedConsumer]) -> ExtraLifespan:
    """A service's lifespan part for its feed consumers: one signed client per producer (``caller`` is the
    service the calls are signed as), one consumer per class, run by :func:`running`, the clients closed on
    shutdown. The service's ``create_service_app(extra_lifespan=...)`` takes it."""

    @contextlib.asynccontextmanager
    async def run_consumers(app: FastAPI) -> AsyncIterator[None]:
        settings: Settings = app.state.settings
        clients = {kind.source: internal_client(settings, caller, kind.source) for kind in kinds}
        options = consumer_options(app)
        consumers = [kind(clients[kind.source], app.state.sessionmaker, **options) for kind in kinds]
        try:
            async with running(app, consumers):
                yield
        finally:
            for client in clients.values():
                await client.aclose()

    return run_consumers
