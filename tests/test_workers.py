"""A service run as several uvicorn workers, as real processes: of its two workers exactly one applies the
events of its feed; killed with SIGKILL, the other takes over and nothing is applied twice; ``/metrics``
answers for both workers, not for the one the scrape happened to reach."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.mmap_dict import MmapedDict
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from contracts.assessment import ConclusionRevoked
from services.assessment.models import outbox, outbox_events
from services.enrollment.models import consumer_cursors
from services.launcher import Database, Platform, connections_needed, free_ports, migrate_all
from shared.db import create_engine, create_sessionmaker
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.settings import Settings
from tests.conftest import TEST_SECRET, run_blocking

pytestmark = pytest.mark.xdist_group("processes")

CONSUMER = "enrollment.assessment"
WAIT_SECONDS = 60.0


@pytest.fixture
def workers_database(server_url: str, run_tag: str) -> Iterator[str]:
    database = with_database(server_url, f"ltc_workers_{run_tag}")
    run_blocking(lambda: ensure_database(database, recreate=True))
    migrate_all(database)
    yield database
    run_blocking(lambda: drop_database(database))


@pytest.fixture
def platform(workers_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Platform]:
    """Assessment (the producer, one worker) and enrollment (its consumer, two workers)."""
    monkeypatch.setenv("LTC_FEED_POLL_SECONDS", "0.2")
    monkeypatch.setenv("LTC_FEED_STANDBY_RETRY_SECONDS", "0.5")
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    assessment_port, enrollment_port = free_ports(2)
    settings = Settings(
        database_url=workers_database,
        data_dir=tmp_path / "ltc",
        internal_secret=TEST_SECRET,
        assessment_port=assessment_port,
        enrollment_port=enrollment_port,
        enrollment_workers=2,
        assessment_workers=1,
    )
    running = Platform(settings, Database(workers_database), TEST_SECRET)
    try:
        running.start("assessment")
        running.start("enrollment")
        running.wait_ready()
        yield running
    finally:
        running.stop()


def publish_revocations(database: str, n: int) -> None:
    async def publish() -> None:
        engine = create_engine(Settings(), database, "ltc-tests-workers")
        try:
            async with create_sessionmaker(engine)() as session, session.begin():
                for _ in range(n):
                    conclusion, person = uuid.uuid4(), uuid.uuid4()
                    event = ConclusionRevoked(
                        conclusion_id=conclusion,
                        person_id=person,
                        county_code="330302",
                        effective_on=dt.date(2026, 9, 1),
                        reason="DECEASED",
                    )
                    outbox.publish(session, event, aggregate_id=str(conclusion))
        finally:
            await engine.dispose()

    run_blocking(publish)


async def _scalar(engine: AsyncEngine, statement: object) -> object:
    async with engine.connect() as connection:
        return (await connection.execute(statement)).scalar()  # type: ignore[call-overload]


def query(database: str, statement: object) -> object:
    async def run() -> object:
        engine = create_engine(Settings(), database, "ltc-tests-workers")
        try:
            return await _scalar(engine, statement)
        finally:
            await engine.dispose()

    return run_blocking(run)


def caught_up(database: str) -> tuple[int, int]:
    """Wait until the consumer's cursor is at the feed's head; (position, head)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        head = int(query(database, select(func.coalesce(func.max(outbox_events.c.seq), 0))) or 0)  # type: ignore[call-overload]
        position = query(
            database, select(consumer_cursors.c.position).where(consumer_cursors.c.consumer == CONSUMER)
        )
        if position is not None and int(position) >= head:  # type: ignore[call-overload]
            return int(position), head  # type: ignore[call-overload]
        if time.monotonic() > deadline:
            pytest.fail(f"the consumer is at {position}, the feed at {head} after {WAIT_SECONDS:.0f} s")
        time.sleep(0.2)


def lock_holders(database: str) -> list[int]:
    """The worker processes holding the consumer's advisory lock, by the name of their lock connection."""
    names = query(
        database,
        text(
            "SELECT coalesce(array_agg(a.application_name), '{}') FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() "
            "AND a.application_name LIKE 'ltc-enrollment-feed:%'"
        ),
    )
    return sorted(int(str(name).rsplit(":", 1)[1]) for name in names)  # type: ignore[attr-defined]


def applied_by_process(metrics_dir: Path) -> dict[int, float]:
    """Events each worker process counted as applied, read from its own metric file."""
    applied: dict[int, float] = {}
    for path in metrics_dir.glob("counter_*.db"):
        pid = int(path.stem.rsplit("_", 1)[1])
        values = MmapedDict.read_all_values_from_file(str(path))  # type: ignore[no-untyped-call]
        for key, value, _timestamp, _pos in values:
            _metric, name, labels, _help = json.loads(key)
            if name == "ltc_feed_events_applied_total" and labels.get("consumer") == CONSUMER:
                applied[pid] = applied.get(pid, 0.0) + value
    return {pid: count for pid, count in applied.items() if count}


def counted(metrics_dir: Path, total: int) -> dict[int, float]:
    """``applied_by_process`` once the workers have counted ``total`` events: a worker counts a batch just
    after its transaction commits, so the cursor can reach the head a moment before the count does."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        applied = applied_by_process(metrics_dir)
        if sum(applied.values()) >= total or time.monotonic() > deadline:
            return applied
        time.sleep(0.1)


def scraped(platform: Platform) -> dict[str, float]:
    """``/metrics`` of the enrollment service: the feed's samples of this consumer, by name."""
    response = httpx.get(f"http://127.0.0.1:{platform.settings.enrollment_port}/metrics", timeout=5)
    assert response.status_code == 200
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            if sample.labels.get("consumer") == CONSUMER:
                samples[sample.name] = sample.value
    return samples


def wait_for_holder(database: str, other_than: int) -> int:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        holders = lock_holders(database)
        if holders and holders != [other_than]:
            assert len(holders) == 1
            return holders[0]
        time.sleep(0.2)
    pytest.fail("no other worker took the consumer over")


class TestConsumerAcrossWorkers:
    def test_one_worker_applies_and_the_other_takes_over_when_it_is_killed(
        self, platform: Platform, workers_database: str
    ) -> None:
        metrics_dir = platform.settings.data_dir / "metrics" / "enrollment"
        publish_revocations(workers_database, 40)
        position, head = caught_up(workers_database)
        assert position == head

        [holder] = lock_holders(workers_database)
        assert counted(metrics_dir, 40) == {holder: 40}, "exactly one worker applied the events"
        samples = scraped(platform)
        assert samples["ltc_feed_running_pid"] == holder
        assert samples["ltc_feed_events_applied_total"] == 40
        for _ in range(6):  # whichever worker answers: ready, the consumer running or standing by
            body = httpx.get(f"http://127.0.0.1:{platform.settings.enrollment_port}/readyz", timeout=5).json()
            assert body["status"] == "ready"
            assert body["feeds"][CONSUMER]["state"] in ("ok", "standby")

        os.kill(holder, signal.SIGKILL)
        successor = wait_for_holder(workers_database, other_than=holder)
        publish_revocations(workers_database, 25)
        caught_up(workers_database)

        applied = counted(metrics_dir, 65)
        assert applied.get(holder) == 40
        assert applied.get(successor) == 25, applied
        assert sum(applied.values()) == 65, "no event was applied twice"
        samples = scraped(platform)
        assert samples["ltc_feed_running_pid"] == successor
        assert samples["ltc_feed_events_applied_total"] == 65


class TestLauncherSizing:
    def test_the_embedded_server_has_room_for_every_workers_pool(self) -> None:
        one = Settings(workers=1, db_pool_size=10, db_max_overflow=10)
        two_gateways = one.model_copy(update={"gateway_workers": 2})
        assert connections_needed(one) >= 4 * 20
        assert connections_needed(two_gateways) - connections_needed(one) >= 20
        four = Settings(workers=4)  # the default pool (fixed: no overflow), on 16 processes
        assert connections_needed(four) >= 16 * (four.db_pool_size + four.db_max_overflow + 1)

    def test_a_service_of_its_own_overrides_the_common_count(self) -> None:
        settings = Settings(workers=3, gateway_workers=1)
        assert settings.workers_for("gateway") == 1
        assert settings.workers_for("enrollment") == 3
