"""What a consumer does when the network delivers a feed page again (a retrying proxy, a cache, a replica
behind): each event takes effect once, and the cursor never moves back. Found by the chaos run (``feed_stale``
and ``feed_replay`` faults: a consumer passed more events than its producer committed)."""

from __future__ import annotations

from sqlalchemy import text

from bench.chaos.faults import FeedFault
from bench.chaos.platform import Platform
from shared.principal import Principal
from tests.chaos.conftest import LUCHENG, RUIAN
from tests.support import unique_id_number

CONSUMER = "settlement.enrollment"


async def settlement_view(platform: Platform, person_id: str) -> tuple[str, int]:
    async with platform.engine.connect() as conn:
        county = await conn.scalar(
            text("SELECT county_code FROM settlement.insured_persons WHERE person_id = :p"), {"p": person_id}
        )
        position = await conn.scalar(
            text("SELECT position FROM settlement.consumer_cursors WHERE consumer = :c"), {"c": CONSUMER}
        )
    return str(county), int(position or 0)


def passed(platform: Platform) -> int:
    metrics = platform.metrics[CONSUMER]
    applied = metrics.applied.labels(CONSUMER, "enrollment")._value.get()
    skipped = metrics.skipped.labels(CONSUMER, "enrollment")._value.get()
    return int(applied + skipped)


class TestAPageDeliveredAgain:
    async def test_an_old_page_does_not_undo_a_county_transfer_nor_move_the_cursor_back(
        self, platform: Platform, contractor: Principal, bureau: Principal
    ) -> None:
        enrollment = platform.client("enrollment", contractor)
        created = await enrollment.post(
            "/api/v1/persons",
            json={
                "id_number": unique_id_number(),
                "name": "张三",
                "category": "retiree",
                "county_code": LUCHENG,
                "enrolled_on": "2022-01-01",
            },
        )
        assert created.status_code == 201, created.text
        person_id = created.json()["id"]
        moved = await platform.client("enrollment", bureau).post(
            f"/api/v1/persons/{person_id}/county-transfers",
            json={"county_code": RUIAN, "effective_on": "2026-07-01", "reason": "moved"},
        )
        assert moved.status_code == 201, moved.text
        consumer = platform.consumers[CONSUMER]
        assert await consumer.poll_once() == 1  # person.enrolled (one event a page)
        assert await consumer.poll_once() == 1  # person.county_changed
        assert await settlement_view(platform, person_id) == (RUIAN, 2)

        platform.feeds[CONSUMER].pending.append(FeedFault("stale", pick=0.0))  # the first page, again
        await consumer.poll_once()

        assert await settlement_view(platform, person_id) == (RUIAN, 2)
        assert passed(platform) == 2

    async def test_overlapping_pages_apply_each_event_once(
        self, platform: Platform, contractor: Principal
    ) -> None:
        enrollment = platform.client("enrollment", contractor)
        for _ in range(3):
            created = await enrollment.post(
                "/api/v1/persons",
                json={
                    "id_number": unique_id_number(),
                    "name": "李四",
                    "category": "flexible",
                    "county_code": LUCHENG,
                    "enrolled_on": "2023-05-01",
                },
            )
            assert created.status_code == 201, created.text
        consumer = platform.consumers[CONSUMER]
        assert await consumer.poll_once() == 1
        platform.feeds[CONSUMER].pending.append(FeedFault("overlap"))  # the last page, then the next
        assert await consumer.poll_once() == 1
        platform.feeds[CONSUMER].pending.append(FeedFault("replay"))  # the last page again, nothing new
        assert await consumer.poll_once() == 0
        assert await consumer.poll_once() == 1

        assert passed(platform) == 3
        assert (await settlement_view(platform, created.json()["id"]))[1] == 3
