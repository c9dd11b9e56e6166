"""Of the processes of a service, one runs each feed consumer: the holder of its advisory lock. Another takes
over once the holder lets go or its connection dies, and a process that lost the lock notices; a process
standing by says so (``/readyz``: ``standby``), not as a failure."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from services.enrollment.feeds import AssessmentConsumer
from shared.feed_health import FeedLimits
from shared.feed_lease import FeedLease, lease_name, lock_key


@pytest.fixture
async def two_processes(database_url: str) -> AsyncIterator[tuple[FeedLease, FeedLease]]:
    """Two processes' leases of one consumer (a name of the test's own)."""
    name = lease_name("tests", f"consumer-{uuid.uuid4().hex[:8]}")
    first, second = FeedLease(database_url, name), FeedLease(database_url, name)
    yield first, second
    await first.release()
    await second.release()


class TestFeedLease:
    async def test_one_process_holds_it_until_it_lets_go(
        self, two_processes: tuple[FeedLease, FeedLease]
    ) -> None:
        first, second = two_processes
        assert await first.hold()
        assert not await second.hold()
        assert await first.hold(), "still held on the next poll"
        await first.release()
        assert await second.hold()
        assert not await first.hold()

    async def test_when_the_holder_dies_another_takes_over_and_the_holder_notices(
        self, two_processes: tuple[FeedLease, FeedLease], autocommit_engine: AsyncEngine
    ) -> None:
        first, second = two_processes
        assert await first.hold()
        async with autocommit_engine.connect() as connection:  # what a kill -9 of the holder does
            await connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": first.application_name},
            )
        for _ in range(50):
            if await second.hold():
                break
            await asyncio.sleep(0.1)
        assert second.held
        assert not await first.hold()
        assert not first.held

    def test_the_lock_key_is_stable_and_names_the_service(self) -> None:
        assert lock_key("ltc-feed:enrollment:enrollment.assessment") == lock_key(
            lease_name("enrollment", "enrollment.assessment")
        )
        assert lock_key(lease_name("enrollment", "x")) != lock_key(lease_name("settlement", "x"))


class TestStandby:
    async def test_a_process_standing_by_reports_standby_not_a_failure(
        self, two_processes: tuple[FeedLease, FeedLease]
    ) -> None:
        holder, mine = two_processes
        assert await holder.hold()
        consumer = AssessmentConsumer(httpx.AsyncClient(), async_sessionmaker(), limits=FeedLimits())
        stop = asyncio.Event()
        task = asyncio.create_task(consumer.run(stop, mine, standby_retry=0.05))
        for _ in range(50):
            if consumer.health.standby:
                break
            await asyncio.sleep(0.02)
        report = consumer.report()
        assert report["state"] == "standby"
        assert report["failures_in_a_row"] == 0

        await holder.release()  # the holder stops: this process takes over
        for _ in range(100):
            if mine.held:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(task, timeout=10)
        assert not consumer.health.standby
        assert not mine.held, "let go on the way out"
