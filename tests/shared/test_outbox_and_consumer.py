"""The transactional outbox and its consumers: an event exists exactly when its change does, the feed
is in commit order, and a consumer applies each event exactly once, even when it crashes mid-batch."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from contracts.base import EventPayload, FeedContract
from services.enrollment.models import outbox as enrollment_outbox
from services.enrollment.models import outbox_events
from services.settlement.models import consumer_cursors, feed_dead_letters
from shared.consumer import EventFailed, FeedConsumer, OnFailure
from shared.dead_letters import DeadLetterClosed, discard, list_dead_letters, request_retry
from shared.feed_health import FeedLimits, FeedMetrics
from shared.outbox import MAX_FEED_BYTES, Feed, FeedEvent
from tests.conftest import signed_service_client
from tests.feeds.support import drain, publish_raw, start_at_head


class Happened(EventPayload):
    """A test event: something of ``kind`` happened for the ``i``-th time."""

    event_type: ClassVar[str] = "test.happened"
    aggregate_type: ClassVar[str] = "test"
    example: ClassVar[dict[str, Any]] = {"kind": "person", "i": 0, "county_code": "330302", "blob": ""}

    kind: str
    i: int
    county_code: str | None = None
    blob: str = ""


TEST_FEED = FeedContract("enrollment", {"test-recorder": "set_aside"}, [Happened], "events of the tests")


def publish(session: AsyncSession, kind: str, n: int, county: str = "330302") -> None:
    for i in range(n):
        enrollment_outbox.publish(
            session, Happened(kind=kind, i=i, county_code=county), aggregate_id=f"{kind}-{i}"
        )


async def read_feed(client: httpx.AsyncClient, after: int, limit: int = 500) -> Feed:
    response = await client.get("/internal/events", params={"after": after, "limit": limit})
    assert response.status_code == 200
    return Feed.model_validate_json(response.content)


@pytest.fixture
def feed_client(service_apps: dict[str, FastAPI]) -> httpx.AsyncClient:
    return signed_service_client(service_apps["enrollment"], caller="settlement")


async def high_water(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0))) or 0)


class TestOutbox:
    async def test_events_are_written_with_the_change_and_served_in_order(
        self, session: AsyncSession, feed_client: httpx.AsyncClient
    ) -> None:
        start = await high_water(session)
        publish(session, "person", 3)
        await session.commit()
        feed = await read_feed(feed_client, start)
        assert [e.payload["i"] for e in feed.items] == [0, 1, 2]
        assert [e.event_type for e in feed.items] == ["test.happened"] * 3
        assert [e.county_code for e in feed.items] == ["330302"] * 3
        assert feed.next_after == feed.items[-1].seq == feed.last_seq
        assert (await read_feed(feed_client, feed.next_after)).items == []

    async def test_a_rolled_back_change_leaves_no_event(
        self, sessionmaker: async_sessionmaker[AsyncSession], feed_client: httpx.AsyncClient
    ) -> None:
        async with sessionmaker() as session:
            start = await high_water(session)
            publish(session, "ghost", 2)
            await session.rollback()
            await session.commit()
        assert (await read_feed(feed_client, start)).items == []

    async def test_the_feed_pages_by_limit(
        self, session: AsyncSession, feed_client: httpx.AsyncClient
    ) -> None:
        start = await high_water(session)
        publish(session, "page", 5)
        await session.commit()
        first = await read_feed(feed_client, start, limit=2)
        second = await read_feed(feed_client, first.next_after, limit=2)
        third = await read_feed(feed_client, second.next_after, limit=2)
        payloads = [e.payload["i"] for page in (first, second, third) for e in page.items]
        assert payloads == [0, 1, 2, 3, 4]

    async def test_a_page_of_large_events_stops_after_the_one_that_passes_the_byte_budget(
        self, session: AsyncSession, feed_client: httpx.AsyncClient
    ) -> None:
        start = await high_water(session)
        blob = "x" * (MAX_FEED_BYTES // 3)
        for i in range(6):
            enrollment_outbox.publish(session, Happened(kind="bulk", i=i, blob=blob), aggregate_id=str(i))
        await session.commit()
        first = await read_feed(feed_client, start)
        assert [e.payload["i"] for e in first.items] == [0, 1, 2]
        rest = await read_feed(feed_client, first.next_after)
        assert [e.payload["i"] for e in rest.items] == [3, 4, 5]
        huge = "y" * (MAX_FEED_BYTES + 1)
        enrollment_outbox.publish(session, Happened(kind="bulk", i=6, blob=huge), aggregate_id="h")
        await session.commit()
        assert len((await read_feed(feed_client, rest.next_after)).items) == 1  # never an empty page

    async def test_the_feed_table_is_append_only(self, session: AsyncSession) -> None:
        publish(session, "fixed", 1)
        await session.commit()
        with pytest.raises(Exception, match="append-only"):
            async with session.begin_nested():
                await session.execute(text("DELETE FROM enrollment.outbox_events"))

    async def test_a_savepoint_rolled_back_drops_only_its_own_events(
        self, session: AsyncSession, feed_client: httpx.AsyncClient
    ) -> None:
        start = await high_water(session)
        publish(session, "kept", 1)
        savepoint = await session.begin_nested()
        publish(session, "dropped", 1)
        await savepoint.rollback()
        await session.commit()
        kinds = [e.payload["kind"] for e in (await read_feed(feed_client, start)).items]
        assert kinds == ["kept"]

    async def test_no_reader_skips_an_event_that_commits_slowly(self, autocommit_engine: AsyncEngine) -> None:
        """T1's commit is slowed after its event row is inserted (deferred trigger) while T2 commits: the
        advisory lock makes T2 wait, so a reader never sees T2's number before T1's."""
        async with autocommit_engine.begin() as conn:
            await conn.execute(
                text(
                    "CREATE OR REPLACE FUNCTION enrollment.slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN PERFORM pg_sleep(1.0); RETURN NULL; END $$"
                )
            )
            await conn.execute(text("DROP TRIGGER IF EXISTS slow_commit ON enrollment.outbox_events"))
            await conn.execute(
                text(
                    "CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON enrollment.outbox_events "
                    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.aggregate_id LIKE 'slow-%') "
                    "EXECUTE FUNCTION enrollment.slow_commit()"
                )
            )
        tag = uuid.uuid4().hex[:8]
        sessions = async_sessionmaker(autocommit_engine, expire_on_commit=False)
        query = text("SELECT seq, aggregate_id FROM enrollment.outbox_events WHERE seq > :s ORDER BY seq")
        try:
            async with sessions() as probe:
                start = await high_water(probe)

            async def commit(kind: str) -> None:
                async with sessions() as s:
                    enrollment_outbox.publish(s, Happened(kind=kind, i=0), aggregate_id=f"{kind}-{tag}")
                    await s.commit()

            slow = asyncio.create_task(commit("slow"))
            await asyncio.sleep(0.3)
            fast = asyncio.create_task(commit("fast"))
            await asyncio.sleep(0.3)
            async with sessions() as reader:
                seen = list((await reader.execute(query, {"s": start})).all())
            await asyncio.gather(slow, fast)
            async with sessions() as reader:
                final = list((await reader.execute(query, {"s": start})).all())
        finally:
            async with autocommit_engine.begin() as conn:
                await conn.execute(text("DROP TRIGGER IF EXISTS slow_commit ON enrollment.outbox_events"))
        high = max((r.seq for r in seen), default=start)
        skipped = [r for r in final if r.seq <= high and r not in seen]
        assert not skipped, f"a reader at seq {high} would never see {skipped}"
        mine = [r.aggregate_id for r in final if r.aggregate_id.endswith(tag)]
        assert mine == [f"slow-{tag}", f"fast-{tag}"]


class RecordingConsumer(FeedConsumer):
    name = "test-recorder"
    source = "enrollment"
    contract = TEST_FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = (Happened,)
    on_failure = OnFailure.SET_ASIDE
    cursors = consumer_cursors
    dead_letters = feed_dead_letters
    fail_on: int | None = None

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        assert isinstance(payload, Happened)
        if self.fail_on is not None and payload.i == self.fail_on:
            raise RuntimeError("crash between effect and commit")
        await session.execute(
            text("INSERT INTO applied_events (event_id, seq) VALUES (:id, :seq)"),
            {"id": event.event_id, "seq": event.seq},
        )


class StoppingRecorder(RecordingConsumer):
    on_failure = OnFailure.STOP


class TestConsumer:
    @pytest.fixture
    async def consumer(
        self,
        connection: AsyncConnection,
        sessionmaker: async_sessionmaker[AsyncSession],
        feed_client: httpx.AsyncClient,
    ) -> RecordingConsumer:
        await connection.execute(
            text("CREATE TEMP TABLE applied_events (event_id uuid PRIMARY KEY, seq bigint) ON COMMIT DROP")
        )
        async with sessionmaker() as session:
            start = await high_water(session)
            await session.execute(
                consumer_cursors.insert().values(
                    consumer=RecordingConsumer.name, source="enrollment", position=start
                )
            )
            await session.commit()
        return RecordingConsumer(feed_client, sessionmaker, batch_size=100)

    async def applied(self, session: AsyncSession) -> list[int]:
        return list((await session.scalars(text("SELECT seq FROM applied_events ORDER BY seq"))).all())

    async def cursor(self, session: AsyncSession) -> int:
        return int(
            await session.scalar(
                select(consumer_cursors.c.position).where(
                    consumer_cursors.c.consumer == RecordingConsumer.name
                )
            )
            or 0
        )

    async def test_applies_each_event_once_and_moves_its_cursor_with_the_effect(
        self, consumer: RecordingConsumer, session: AsyncSession
    ) -> None:
        publish(session, "person", 4)
        await session.commit()
        assert await consumer.poll_once() == 4
        seqs = await self.applied(session)
        assert len(seqs) == 4
        assert await self.cursor(session) == seqs[-1]
        assert await consumer.poll_once() == 0
        assert len(await self.applied(session)) == 4

    async def test_a_failing_event_keeps_the_events_before_it_and_the_retry_applies_the_rest_once(
        self, consumer: RecordingConsumer, session: AsyncSession
    ) -> None:
        publish(session, "person", 5)
        await session.commit()
        consumer.fail_on = 3
        with pytest.raises(EventFailed, match="crash between effect and commit"):
            await consumer.poll_once()
        applied = await self.applied(session)
        assert len(applied) == 3, "the three events before the failing one took effect"
        assert await self.cursor(session) == applied[-1], "the cursor stays just before the failing event"
        consumer.fail_on = None
        assert await consumer.poll_once() == 2
        assert len(await self.applied(session)) == 5
        assert await consumer.poll_once() == 0

    async def test_two_replicas_racing_for_one_batch_apply_it_once(
        self, consumer: RecordingConsumer, session: AsyncSession
    ) -> None:
        publish(session, "person", 2)
        await session.commit()
        racer = RacingReplica(consumer.client, consumer.sessionmaker, batch_size=100)
        racer.other = consumer
        assert await racer.poll_once() == 0, "the other replica moved the cursor while this one was reading"
        assert len(await self.applied(session)) == 2


class RacingReplica(RecordingConsumer):
    """A second replica: while it reads the feed, the first one applies the same batch."""

    other: RecordingConsumer

    async def fetch(self, after: int, limit: int | None = None) -> Feed:
        feed = await super().fetch(after, limit)
        assert await self.other.poll_once() == len(feed.items)
        return feed


class TestWhenAnEventCannotBeApplied:
    """An event that fails is retried a few times, then written down with its error and either set aside or
    stopped at — never retried in silence, never lost."""

    @pytest.fixture
    async def make(
        self,
        connection: AsyncConnection,
        sessionmaker: async_sessionmaker[AsyncSession],
        feed_client: httpx.AsyncClient,
    ) -> Callable[..., RecordingConsumer]:
        await connection.execute(
            text("CREATE TEMP TABLE applied_events (event_id uuid PRIMARY KEY, seq bigint) ON COMMIT DROP")
        )
        async with sessionmaker() as session:
            name = RecordingConsumer.name
            await start_at_head(session, consumer_cursors, name, "enrollment", outbox_events)
            await session.commit()

        def make(policy: OnFailure = OnFailure.SET_ASIDE, **limits: Any) -> RecordingConsumer:
            kind = StoppingRecorder if policy is OnFailure.STOP else RecordingConsumer
            return kind(
                feed_client,
                sessionmaker,
                batch_size=limits.pop("batch_size", 100),
                limits=FeedLimits(**limits),
                metrics=FeedMetrics(CollectorRegistry()),
            )

        return make

    async def applied(self, session: AsyncSession) -> list[int]:
        rows = await session.execute(
            text(
                "SELECT (e.payload->>'i')::int FROM applied_events a"
                " JOIN enrollment.outbox_events e USING (event_id) ORDER BY a.seq"
            )
        )
        return list(rows.scalars())

    async def letters(self, session: AsyncSession) -> list[dict[str, Any]]:
        return [
            letter
            for letter in await list_dead_letters(session, feed_dead_letters, include_closed=True)
            if letter["consumer"] == RecordingConsumer.name
        ]

    def metric(self, consumer: RecordingConsumer, name: str, **labels: str) -> float | None:
        return consumer.metrics.registry.get_sample_value(
            name, {"consumer": RecordingConsumer.name, "source": "enrollment", **labels}
        )

    async def test_it_is_retried_then_set_aside_with_its_error_and_the_events_after_it_apply(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(OnFailure.SET_ASIDE, max_attempts=3)
        publish(session, "person", 4)
        await session.commit()
        consumer.fail_on = 1
        for attempt in (1, 2):
            with pytest.raises(EventFailed, match=f"{attempt} of 3 attempts"):
                await consumer.poll_once()
        assert await consumer.poll_once() == 1, "the third failure sets the event aside"
        assert await consumer.poll_once() == 2
        assert await self.applied(session) == [0, 2, 3]
        [letter] = await self.letters(session)
        assert (letter["event_type"], letter["attempts"], letter["blocking"], letter["status"]) == (
            "test.happened",
            3,
            False,
            "open",
        )
        assert "crash between effect and commit" in letter["error"]
        assert self.metric(consumer, "ltc_feed_dead_letters_total", policy="set_aside") == 1
        assert self.metric(consumer, "ltc_feed_failures_total", kind="event") == 2
        assert await consumer.poll_once() == 0
        report = consumer.report()
        assert (report["state"], report["dead_letters_open"], report["lag"]) == ("ok", 1, 0)

    async def test_a_payload_that_breaks_its_contract_is_written_down_at_first_sight(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(OnFailure.SET_ASIDE, max_attempts=5)
        publish(session, "before", 1)
        publish_raw(session, outbox_events, "test.happened", "bad", None, {"kind": "x", "i": "seven"})
        publish(session, "after", 1)
        await session.commit()
        assert await drain(consumer) == 3
        assert await self.applied(session) == [0, 0]
        [letter] = await self.letters(session)
        assert letter["attempts"] == 1
        assert "ValidationError" in letter["error"]
        assert "i" in letter["error"]
        assert self.metric(consumer, "ltc_feed_failures_total", kind="contract") == 1

    async def test_a_stopping_consumer_waits_before_the_event_until_an_operator_retries_it(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(OnFailure.STOP, max_attempts=2)
        publish(session, "person", 3)
        await session.commit()
        consumer.fail_on = 1
        with pytest.raises(EventFailed):
            await consumer.poll_once()
        assert await consumer.poll_once() == 0
        [letter] = await self.letters(session)
        assert (letter["blocking"], letter["status"]) == (True, "open")
        report = consumer.report()
        assert report["state"] == "stopped"
        assert report["stopped_at"]["dead_letter_id"] == letter["id"]
        assert self.metric(consumer, "ltc_feed_stopped") == 1

        consumer.fail_on = None  # the cause is fixed (a deployment, a missing row added) ...
        assert await consumer.poll_once() == 0, "... but the consumer stays stopped until an operator says so"
        assert await self.applied(session) == [0]

        await request_retry(session, feed_dead_letters, letter["id"], by="ops")
        await session.commit()
        assert await consumer.poll_once() == 1
        assert await consumer.poll_once() == 1
        assert await self.applied(session) == [0, 1, 2]
        [letter] = await self.letters(session)
        assert (letter["status"], letter["decided_by"]) == ("resolved", "ops")
        assert consumer.report()["state"] == "ok"
        assert self.metric(consumer, "ltc_feed_stopped") == 0

    async def test_a_retry_that_fails_again_leaves_it_stopped_with_the_new_error(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(OnFailure.STOP, max_attempts=1)
        publish(session, "person", 2)
        await session.commit()
        consumer.fail_on = 1
        assert await consumer.poll_once() == 1, "event 0 applied, event 1 stopped at"
        [letter] = await self.letters(session)
        await request_retry(session, feed_dead_letters, letter["id"], by="ops")
        await session.commit()
        assert await consumer.poll_once() == 0
        [letter] = await self.letters(session)
        assert (letter["status"], letter["attempts"], letter["blocking"]) == ("open", 2, True)
        assert await consumer.poll_once() == 0
        assert consumer.report()["state"] == "stopped"

    async def test_discarding_the_event_moves_a_stopped_consumer_past_it(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(OnFailure.STOP, max_attempts=1)
        publish(session, "person", 3)
        await session.commit()
        consumer.fail_on = 1
        assert await consumer.poll_once() == 1
        [letter] = await self.letters(session)
        outcome = await discard(
            session, feed_dead_letters, consumer_cursors, letter["id"], by="ops", note="sent twice"
        )
        assert outcome["cursor_moved_past"]
        await session.commit()
        assert await drain(consumer) == 1
        assert await self.applied(session) == [0, 2]
        [letter] = await self.letters(session)
        assert (letter["status"], letter["note"]) == ("discarded", "sent twice")
        with pytest.raises(DeadLetterClosed):
            await request_retry(session, feed_dead_letters, letter["id"], by="ops")

    async def test_an_unreachable_producer_is_counted_and_makes_the_consumer_stuck_but_loses_nothing(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession, feed_client: httpx.AsyncClient
    ) -> None:
        consumer = make(OnFailure.STOP, max_attempts=1, stuck_after_failures=2)
        publish(session, "person", 1)
        await session.commit()

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        consumer.client = httpx.AsyncClient(
            transport=httpx.MockTransport(refuse), base_url="http://down.test"
        )
        for _ in range(2):
            with pytest.raises(httpx.ConnectError):
                await consumer.poll_once()
        report = consumer.report()
        assert (report["state"], report["failures_in_a_row"]) == ("stuck", 2)
        assert "ConnectError" in report["last_error"]
        assert self.metric(consumer, "ltc_feed_failures_total", kind="transient") == 2
        assert self.metric(consumer, "ltc_feed_consecutive_failures") == 2
        assert await self.letters(session) == [], "a transient failure is never a dead letter"

        consumer.client = feed_client
        assert await consumer.poll_once() == 1
        assert consumer.report()["state"] == "ok"
        assert await self.applied(session) == [0]

    async def test_lag_is_how_far_the_consumer_is_behind_the_producers_head(
        self, make: Callable[..., RecordingConsumer], session: AsyncSession
    ) -> None:
        consumer = make(batch_size=2, max_lag_events=2)
        publish(session, "person", 5)
        await session.commit()
        assert await consumer.poll_once() == 2
        report = consumer.report()
        assert (report["lag"], report["state"]) == (3, "lagging")
        assert self.metric(consumer, "ltc_feed_lag_events") == 3
        assert report["head"] == report["position"] + 3
        assert await drain(consumer) == 3
        assert (consumer.report()["lag"], consumer.report()["state"]) == (0, "ok")
        assert self.metric(consumer, "ltc_feed_events_applied_total") == 5
