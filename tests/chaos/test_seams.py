"""The seams the chaos run injects its faults through (``bench.chaos.faults``) do what they claim — else a
chaos run could inject nothing and pass: a request or a consumer killed before its commit leaves nothing, one
killed after its commit is answered by its retry, and a producer paused between its outbox insert and its
commit is invisible to a consumer reading meanwhile (and, killed there, leaves a gap the consumer passes)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from bench.chaos.faults import ABORT, LOST, PAUSE, CommitFault, Killed, armed
from bench.chaos.platform import Platform
from shared.principal import Principal
from tests.chaos.conftest import LUCHENG
from tests.support import unique_id_number

READER = "settlement.enrollment"


def person() -> dict[str, Any]:
    return {
        "id_number": unique_id_number(),
        "name": "赵六",
        "category": "retiree",
        "county_code": LUCHENG,
        "enrolled_on": "2022-01-01",
    }


async def counts(platform: Platform) -> tuple[int, int, int, int]:
    """Persons and events in enrollment; persons and the reader's cursor in settlement."""
    async with platform.engine.connect() as conn:
        row = (
            await conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM enrollment.persons),"
                    " (SELECT count(*) FROM enrollment.outbox_events),"
                    " (SELECT count(*) FROM settlement.insured_persons),"
                    " (SELECT coalesce(max(position), 0) FROM settlement.consumer_cursors"
                    "   WHERE consumer = :c)"
                ),
                {"c": READER},
            )
        ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


class TestRequestKilled:
    async def test_before_its_commit_nothing_is_stored_and_its_retry_takes_effect_once(
        self, platform: Platform, contractor: Principal
    ) -> None:
        client = platform.client("enrollment", contractor)
        body, headers = person(), {"Idempotency-Key": "seam-abort"}
        fault = CommitFault(ABORT, "enrollment")
        with pytest.raises(Killed), armed(fault):
            await client.post("/api/v1/persons", json=body, headers=headers)
        assert fault.fired
        assert await counts(platform) == (0, 0, 0, 0)
        retried = await client.post("/api/v1/persons", json=body, headers=headers)
        assert retried.status_code == 201
        assert "idempotent-replayed" not in retried.headers
        assert (await counts(platform))[:2] == (1, 1)

    async def test_after_its_commit_its_retry_gets_the_first_answer(
        self, platform: Platform, contractor: Principal
    ) -> None:
        client = platform.client("enrollment", contractor)
        body, headers = person(), {"Idempotency-Key": "seam-lost"}
        with pytest.raises(Killed), armed(CommitFault(LOST, "enrollment")):
            await client.post("/api/v1/persons", json=body, headers=headers)
        assert (await counts(platform))[:2] == (1, 1)
        retried = await client.post("/api/v1/persons", json=body, headers=headers)
        assert (retried.status_code, retried.headers.get("idempotent-replayed")) == (201, "true")
        assert (await counts(platform))[:2] == (1, 1)

    async def test_a_fault_for_another_service_leaves_the_request_alone(
        self, platform: Platform, contractor: Principal
    ) -> None:
        fault = CommitFault(ABORT, "settlement")
        with armed(fault):
            created = await platform.client("enrollment", contractor).post("/api/v1/persons", json=person())
        assert (created.status_code, fault.fired) == (201, False)


class TestConsumerKilled:
    async def test_between_its_effect_and_its_commit_the_restarted_consumer_applies_the_event_once(
        self, platform: Platform, contractor: Principal
    ) -> None:
        created = await platform.client("enrollment", contractor).post("/api/v1/persons", json=person())
        assert created.status_code == 201
        fault = CommitFault(ABORT, "settlement", at=2)  # the first commit only reads the cursor
        with pytest.raises(Killed), armed(fault):
            await platform.consumers[READER].poll_once()
        assert fault.fired
        assert await counts(platform) == (1, 1, 0, 0)
        restarted = platform.restart(READER)
        assert await restarted.poll_once() == 1
        assert await restarted.poll_once() == 0
        assert await counts(platform) == (1, 1, 1, 1)


class TestProducerPaused:
    async def test_a_consumer_reading_between_the_outbox_insert_and_the_commit_sees_nothing_until_it_commits(
        self, platform: Platform, contractor: Principal
    ) -> None:
        seen: list[tuple[int, int, int, int]] = []

        async def read_meanwhile() -> None:
            assert await platform.consumers[READER].poll_once() == 0
            seen.append(await counts(platform))

        fault = CommitFault(PAUSE, "enrollment", during=read_meanwhile)
        with armed(fault):
            created = await platform.client("enrollment", contractor).post("/api/v1/persons", json=person())
        assert (created.status_code, seen) == (201, [(0, 0, 0, 0)])
        assert await platform.consumers[READER].poll_once() == 1
        assert await counts(platform) == (1, 1, 1, 1)

    async def test_killed_after_its_outbox_insert_it_leaves_a_gap_the_consumer_passes(
        self, platform: Platform, contractor: Principal
    ) -> None:
        client = platform.client("enrollment", contractor)

        async def nothing() -> None:
            return None

        with pytest.raises(Killed), armed(CommitFault(PAUSE, "enrollment", during=nothing, then_abort=True)):
            await client.post("/api/v1/persons", json=person())
        assert (await client.post("/api/v1/persons", json=person())).status_code == 201
        async with platform.engine.connect() as conn:
            assert (await conn.execute(text("SELECT seq FROM enrollment.outbox_events"))).scalars().all() == [
                2
            ]
        assert await platform.consumers[READER].poll_once() == 1
        assert await counts(platform) == (1, 1, 1, 2)
