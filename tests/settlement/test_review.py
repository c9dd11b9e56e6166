"""Contractor review: first and second review in bulk (reviewer and reason kept; a rejection cuts the
record), sampling by random share, amount and deviation from the institution's usual; scoping."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import YONGJIA, Feeds
from tests.settlement.world import MONTH, World, visit


@pytest.fixture
async def contractor(make_api_key: ClientFactory) -> str:
    return await make_api_key("contractor")


async def decide(
    gateway: httpx.AsyncClient, key: str, stage: str, reviewer: str, *decisions: tuple[int, str, str | None]
) -> httpx.Response:
    return await gateway.post(
        "/api/v1/service-records:review",
        json={
            "stage": stage,
            "reviewer": reviewer,
            "decisions": [{"service_record_id": i, "decision": d, "reason": r} for i, d, r in decisions],
        },
        headers=bearer(key),
    )


async def sample(gateway: httpx.AsyncClient, key: str, **body: Any) -> httpx.Response:
    return await gateway.post(
        "/api/v1/service-records:sample",
        json={"county_code": "330302", "month": MONTH.isoformat(), **body},
        headers=bearer(key),
    )


class TestReview:
    async def test_a_first_review_rejection_cuts_the_record_and_keeps_who_and_why(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst, visit(person, record_id="A"), visit(person, record_id="B", start="14:00", end="15:00")
        )
        a, b = await world.record(inst.id, "A"), await world.record(inst.id, "B")
        answer = await decide(
            gateway,
            contractor,
            "first",
            "王审核",
            (a.id, "rejected", "no signature"),
            (b.id, "approved", None),
        )
        assert answer.status_code == 200, answer.text
        assert (answer.json()["approved"], answer.json()["rejected"]) == (1, 1)
        await world.check()
        a, b = await world.record(inst.id, "A"), await world.record(inst.id, "B")
        assert (a.first_review, a.first_reviewer, a.first_review_reason) == (
            "rejected",
            "王审核",
            "no signature",
        )
        assert a.reason_codes == ["REVIEW_REJECTED"]
        assert a.fund_fen == 0
        assert b.reason_codes == []
        assert b.fund_fen == 8_000

    async def test_a_second_review_by_another_person_overrules_the_first(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="A"))
        a = await world.record(inst.id, "A")
        await decide(gateway, contractor, "first", "王审核", (a.id, "rejected", "unclear"))
        same = await decide(gateway, contractor, "second", "王审核", (a.id, "approved", None))
        assert (same.status_code, same.json()["code"]) == (409, "SAME_REVIEWER")
        second = await decide(gateway, contractor, "second", "李复核", (a.id, "approved", "photo supplied"))
        assert second.status_code == 200
        await world.check()
        a = await world.record(inst.id, "A")
        assert (a.second_review, a.second_reviewer) == ("approved", "李复核")
        assert a.reason_codes == []
        assert a.fund_fen == 8_000
        again = await decide(gateway, contractor, "first", "赵", (a.id, "rejected", "late"))
        assert again.json()["code"] == "SECOND_REVIEW_DONE"

    async def test_a_second_review_needs_a_first_and_a_rejection_needs_a_reason(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="A"))
        a = await world.record(inst.id, "A")
        early = await decide(gateway, contractor, "second", "李复核", (a.id, "approved", None))
        assert early.json()["code"] == "FIRST_REVIEW_MISSING"
        bare = await decide(gateway, contractor, "first", "王审核", (a.id, "rejected", None))
        assert bare.status_code == 422

    async def test_records_outside_the_contractors_counties_refuse_the_whole_batch(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        far = await world.institution("INST-YJ", county=YONGJIA)
        mine, theirs = await feeds.beneficiary(), await feeds.beneficiary(county=YONGJIA)
        await world.submit(inst, visit(mine, record_id="A"))
        await world.submit(far, visit(theirs, record_id="Y"))
        a, y = await world.record(inst.id, "A"), await world.record(far.id, "Y")
        answer = await decide(
            gateway, contractor, "first", "王", (a.id, "rejected", "x"), (y.id, "rejected", "x")
        )
        assert (answer.status_code, answer.json()["code"]) == (404, "RECORD_NOT_FOUND")
        assert (await world.record(inst.id, "A")).first_review is None

    async def test_a_settled_record_cannot_be_reviewed_and_institutions_cannot_review(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str, keys: dict[str, str]
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="A"))
        await world.settle()
        a = await world.record(inst.id, "A")
        late = await decide(gateway, contractor, "first", "王", (a.id, "rejected", "late"))
        assert (late.status_code, late.json()["code"]) == (409, "RECORD_SETTLED")
        assert (
            await decide(gateway, keys["institution"], "first", "me", (a.id, "approved", None))
        ).status_code == 403


class TestSampling:
    async def test_a_random_share_is_replayable_with_its_seed_and_marks_the_records(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst, *(visit(person, record_id=f"R{d}", day=dt.date(2026, 5, d)) for d in range(1, 21))
        )
        first = await sample(gateway, contractor, method="random", share_bp=2_500, seed="audit-2026-05")
        again = await sample(gateway, contractor, method="random", share_bp=2_500, seed="audit-2026-05")
        other = await sample(gateway, contractor, method="random", share_bp=2_500, seed="another")
        assert first.status_code == 200, first.text
        assert (first.json()["candidates"], first.json()["picked"]) == (20, 5)
        assert first.json()["service_record_ids"] == again.json()["service_record_ids"]
        assert first.json()["service_record_ids"] != other.json()["service_record_ids"]
        listed = await gateway.get(
            "/api/v1/service-records?month=2026-05-01&check=sampled", headers=bearer(contractor)
        )
        marked = {r["id"] for r in listed.json()["items"]}
        assert marked >= set(first.json()["service_record_ids"])
        assert all(r["sampled_for_review"] == "random" for r in listed.json()["items"])

    async def test_amounts_above_a_threshold(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="small", amount=9_000),
            visit(person, record_id="big", amount=30_000, day=dt.date(2026, 5, 13)),
        )
        picked = await sample(gateway, contractor, method="amount_above", threshold_fen=20_000)
        assert picked.json()["service_record_ids"] == [(await world.record(inst.id, "big")).id]

    async def test_deviation_from_the_institutions_usual_amount_or_duration(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        usual = [
            visit(person, record_id=f"U{d}", day=dt.date(2026, 5, d), amount=10_000 + 100 * (d % 3))
            for d in range(1, 25)
        ]
        await world.submit(
            inst,
            *usual,
            visit(person, record_id="costly", day=dt.date(2026, 5, 25), amount=60_000),
            visit(person, record_id="long", day=dt.date(2026, 5, 26), start="08:00", end="16:00"),
        )
        picked = await sample(gateway, contractor, method="deviation", deviation_sigmas=3)
        expected = {(await world.record(inst.id, r)).id for r in ("costly", "long")}
        assert set(picked.json()["service_record_ids"]) == expected

    async def test_sampling_another_county_is_refused(
        self, gateway: httpx.AsyncClient, contractor: str
    ) -> None:
        answer = await sample(gateway, contractor, method="random", share_bp=100, county_code=YONGJIA)
        assert (answer.status_code, answer.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
