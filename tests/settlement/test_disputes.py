"""Disputes (申诉): once per deduction, with a reason; the contractor's decision is kept; an upheld dispute
is paid as an adjustment of the next settlement and the settled month stays as it was."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sqlalchemy import select

from services.settlement import models
from services.settlement.ledger import service as ledger
from services.settlement.records.schemas import ServiceRecord as ServiceRecordOut
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import World, visit

JUNE = dt.date(2026, 6, 1)


@pytest.fixture
async def settled_may(world: World, feeds: Feeds) -> tuple[ServiceRecordOut, ServiceRecordOut]:
    """INST-1's May: record A paid in full, record B cut (caregiver not registered), settled."""
    inst = await world.institution()
    person = await feeds.beneficiary()
    await world.submit(
        inst,
        visit(person, record_id="A"),
        visit(person, record_id="B", caregiver="NOPE", day=dt.date(2026, 5, 13)),
    )
    await world.settle()
    return await world.record(inst.id, "A"), await world.record(inst.id, "B")


async def dispute(
    gateway: httpx.AsyncClient, key: str, record_id: int, reason: str = "registered"
) -> httpx.Response:
    return await gateway.post(
        f"/api/v1/service-records/{record_id}/disputes", json={"reason": reason}, headers=bearer(key)
    )


async def decide(
    gateway: httpx.AsyncClient, key: str, record_id: int, dispute_id: str, **body: object
) -> httpx.Response:
    return await gateway.post(
        f"/api/v1/service-records/{record_id}/disputes/{dispute_id}/decision", json=body, headers=bearer(key)
    )


class TestRaising:
    async def test_an_institution_disputes_a_deduction_once_with_a_reason(
        self,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        _, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        first = await dispute(gateway, own, cut.id, "CG-7 was registered on 1 May, paper copy attached")
        assert first.status_code == 201, first.text
        assert (first.json()["status"], first.json()["care_mode"]) == ("open", "home_visit")
        again = await dispute(gateway, own, cut.id, "once more")
        assert (again.status_code, again.json()["code"]) == (409, "DISPUTE_EXISTS")
        listed = await gateway.get(f"/api/v1/service-records/{cut.id}/disputes", headers=bearer(own))
        assert [d["reason"] for d in listed.json()["items"]] == [
            "CG-7 was registered on 1 May, paper copy attached"
        ]

    async def test_only_deductions_of_settled_records_of_ones_own_can_be_disputed(
        self,
        world: World,
        feeds: Feeds,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        paid, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        assert (await dispute(gateway, own, paid.id)).json()["code"] == "NOTHING_DEDUCTED"
        stranger = await make_api_key("institution", institution_id="INST-2")
        assert (await dispute(gateway, stranger, cut.id)).status_code == 404
        assert (
            await gateway.get(f"/api/v1/service-records/{cut.id}/disputes", headers=bearer(stranger))
        ).status_code == 404
        person = await feeds.beneficiary()
        inst = await world.session.get(models.Institution, "INST-1")
        assert inst is not None
        await world.submit(inst, visit(person, record_id="J", day=dt.date(2026, 6, 3), caregiver="NOPE"))
        await world.check(month=JUNE)
        unsettled = await world.record("INST-1", "J")
        assert (await dispute(gateway, own, unsettled.id)).json()["code"] == "RECORD_NOT_SETTLED"


class TestDecision:
    async def test_an_upheld_dispute_is_paid_in_the_next_run_and_the_settled_month_stays(
        self,
        world: World,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        keys: dict[str, str],
    ) -> None:
        _, cut = settled_may
        may_run = cut.settlement_run_id
        own = await make_api_key("institution", institution_id="INST-1")
        raised = (await dispute(gateway, own, cut.id)).json()
        assert (
            await decide(gateway, own, cut.id, raised["id"], decision="upheld", reason="x")
        ).status_code == 403
        upheld = await decide(
            gateway, keys["contractor"], cut.id, raised["id"], decision="upheld", reason="registration proven"
        )
        assert upheld.status_code == 200, upheld.text
        assert (upheld.json()["status"], upheld.json()["adjustment_fen"]) == ("upheld", 8_000)
        assert upheld.json()["decided_by"] is not None
        twice = await decide(
            gateway, keys["contractor"], cut.id, raised["id"], decision="rejected", reason="no"
        )
        assert twice.json()["code"] == "DISPUTE_DECIDED"

        june = await world.settle(month=JUNE)
        statement = await world.session.get(models.Statement, (june.id, "INST-1"))
        assert statement is not None
        assert (statement.records, statement.adjustments_fen, statement.fund_by_mode) == (
            0,
            8_000,
            {"home_visit": 8_000},
        )
        assert statement.net_payable_fen + statement.deposit_withheld_fen == 8_000
        may = await world.session.get(models.Statement, (may_run, "INST-1"))
        assert may is not None
        assert (may.adjustments_fen, may.fund_payable_fen, may.deducted_by_reason) == (
            0,
            8_000,
            {"CAREGIVER_NOT_QUALIFIED": 10_000},
        )
        record = await world.record("INST-1", "B")
        assert (record.reason_codes, record.settlement_run_id) == (["CAREGIVER_NOT_QUALIFIED"], may_run)
        balances = await ledger.balances(world.session, LUCHENG)
        assert balances["expense_home_visit"] == 16_000
        paid = (await gateway.get(f"/api/v1/service-records/{cut.id}/disputes", headers=bearer(own))).json()
        assert paid["items"][0]["paid_in_run_id"] == str(june.id)
        july = await world.settle(month=dt.date(2026, 7, 1))
        assert july.adjustments_fen == 0

    async def test_a_rejected_dispute_is_not_paid(
        self,
        world: World,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        keys: dict[str, str],
    ) -> None:
        _, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        raised = (await dispute(gateway, own, cut.id)).json()
        rejected = await decide(
            gateway, keys["contractor"], cut.id, raised["id"], decision="rejected", reason="not registered"
        )
        assert (rejected.json()["status"], rejected.json()["adjustment_fen"]) == ("rejected", None)
        june = await world.settle(month=JUNE)
        assert june.adjustments_fen == 0
        rows = (await world.session.scalars(select(models.Dispute))).all()
        assert [d.paid_in_run_id for d in rows] == [None]

    async def test_an_adjustment_cannot_exceed_the_deduction(
        self,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        keys: dict[str, str],
    ) -> None:
        _, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        raised = (await dispute(gateway, own, cut.id)).json()
        too_much = await decide(
            gateway,
            keys["contractor"],
            cut.id,
            raised["id"],
            decision="upheld",
            reason="x",
            adjustment_fen=10_001,
        )
        assert (too_much.status_code, too_much.json()["code"]) == (422, "ADJUSTMENT_TOO_LARGE")


class TestTheList:
    async def test_a_contractors_queue_of_open_disputes_and_an_institution_sees_only_its_own(
        self,
        world: World,
        feeds: Feeds,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        keys: dict[str, str],
        make_api_key: ClientFactory,
    ) -> None:
        """``GET /disputes?status=open`` is the contractor's queue, oldest first and paged; an institution
        lists only its own; a contractor of other counties lists nothing of these."""
        _, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        raised = (await dispute(gateway, own, cut.id, "registered on 1 May")).json()
        queue = await gateway.get(
            "/api/v1/disputes",
            params={"county_code": LUCHENG, "status": "open"},
            headers=bearer(keys["contractor"]),
        )
        assert queue.status_code == 200, queue.text
        assert [d["id"] for d in queue.json()["items"]] == [raised["id"]]
        [listed] = queue.json()["items"]  # what is at stake, without a call per record
        assert (listed["record_id"], listed["deducted_fen"], listed["reason_codes"]) == (
            "B", cut.deducted_fen, cut.reason_codes,
        )  # fmt: skip
        assert (await gateway.get("/api/v1/disputes", headers=bearer(own))).json()["items"][0][
            "id"
        ] == raised["id"]
        other = await make_api_key("institution", institution_id="INST-2")
        assert (await gateway.get("/api/v1/disputes", headers=bearer(other))).json()["items"] == []
        elsewhere = await make_api_key("contractor", county_codes=["330381"])
        assert (await gateway.get("/api/v1/disputes", headers=bearer(elsewhere))).json()["items"] == []
        await decide(
            gateway, keys["contractor"], cut.id, raised["id"], decision="rejected", reason="not registered"
        )
        still_open = await gateway.get(
            "/api/v1/disputes", params={"status": "open"}, headers=bearer(keys["contractor"])
        )
        assert still_open.json()["items"] == []
        rejected = await gateway.get(
            "/api/v1/disputes", params={"status": "rejected", "limit": 1}, headers=bearer(keys["bureau"])
        )
        assert [d["decision_reason"] for d in rejected.json()["items"]] == ["not registered"]

    async def test_a_month_keeps_the_disputes_of_records_served_in_it(
        self,
        settled_may: tuple[ServiceRecordOut, ServiceRecordOut],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        """``?month=2026-05`` is the month a statement is for: the disputes of that month's records only."""
        _, cut = settled_may
        own = await make_api_key("institution", institution_id="INST-1")
        raised = (await dispute(gateway, own, cut.id)).json()

        async def listed(month: str) -> httpx.Response:
            return await gateway.get("/api/v1/disputes", params={"month": month}, headers=bearer(own))

        assert [d["id"] for d in (await listed("2026-05")).json()["items"]] == [raised["id"]]
        assert (await listed("2026-06")).json()["items"] == []
        assert (await listed("2026-04")).json()["items"] == []
        refused = await listed("2026-13")
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] == "query.month"
