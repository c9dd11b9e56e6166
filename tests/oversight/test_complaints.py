"""Complaints (投诉) in seed 002's loop "受理、分流、处置、督办、回访": received (channel, the complainant
masked but to the bureau, about an institution or a contractor of a county), assigned to a contractor
holding the county or a bureau officer, handled, pressed by the bureau when overdue (督办), followed up —
satisfied closes it, not satisfied reopens it. Every step's deadline is rule data flagged
unconfirmed; closed on time is derived; a complaint may open a case."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases.kpis import own_kpis
from tests.oversight.conftest import Oversight
from tests.oversight.supervision import (  # noqa: F401  (the fixtures)
    COUNTY_A,
    World,
    settlement_reader_fixture,
    world_fixture,
)


@pytest.fixture(autouse=True)
def pinned(service_apps: dict[str, Any]) -> None:
    service_apps["oversight"].state.today = dt.date(2026, 7, 3)


def today(service_apps: dict[str, Any], day: str) -> None:
    service_apps["oversight"].state.today = dt.date.fromisoformat(day)


async def receive(w: World, **overrides: Any) -> dict[str, Any]:
    body = {
        "channel": "hotline_12345",
        "received_on": "2026-07-01",
        "complainant_name": "王小明",
        "complainant_phone": "13812345678",
        "county_code": COUNTY_A,
        "institution_id": w.x,
        "summary": "护理员未按约定时间上门",
        **overrides,
    }
    made: dict[str, Any] = await w.contractor_a.post("/api/v1/complaints", body)
    return made


async def contractor_of_county_a(w: World) -> str:
    bureau = Oversight(w.gateway, w.keys["bureau"])
    contractor = await bureau.contractor()
    await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A], starts_on="2026-01-01")
    return str(contractor["id"])


class TestReceiving:
    async def test_the_complainant_is_masked_but_to_the_bureau_and_deadlines_come_from_the_rules(
        self, world: World
    ) -> None:
        made = await receive(world)
        assert (made["complainant_name"], made["complainant_phone"]) == ("王**", "138****5678")
        whole = await world.bureau.get(f"/api/v1/complaints/{made['id']}")
        assert (whole["complainant_name"], whole["complainant_phone"]) == ("王小明", "13812345678")
        assert (made["status"], made["step_due_on"], made["due_on"]) == (
            "received",
            "2026-07-03",
            "2026-07-21",
        )
        rules = {r["key"]: r["current"] for r in (await world.bureau.get("/api/v1/oversight-rules"))["items"]}
        assert rules["complaint.assign_days"]["confirmed"] is False
        assert rules["complaint.close_days"]["value"] == 20

    async def test_a_contractor_receives_only_for_its_counties_and_sees_only_those(
        self, world: World
    ) -> None:
        refused = await world.contractor_b.post(
            "/api/v1/complaints",
            {
                "channel": "phone",
                "received_on": "2026-07-01",
                "complainant_name": "甲",
                "county_code": COUNTY_A,
                "summary": "s",
            },
            expect=403,
        )
        assert refused["code"] == "COUNTY_OUT_OF_SCOPE"
        made = await receive(world)
        theirs = await world.contractor_b.get(f"/api/v1/complaints/{made['id']}", expect=404)
        nobodys = await world.contractor_b.get(f"/api/v1/complaints/{uuid.uuid4()}", expect=404)
        assert theirs["code"] == nobodys["code"] == "COMPLAINT_NOT_FOUND"
        assert (await world.contractor_b.get("/api/v1/complaints"))["items"] == []
        institution = await world.institution_x.get("/api/v1/complaints", expect=403)
        assert institution["capability"] == "oversight.complaints.read"

    async def test_about_an_institution_of_the_county_named(self, world: World) -> None:
        refused = await world.bureau.post(
            "/api/v1/complaints",
            {
                "channel": "letter",
                "received_on": "2026-07-01",
                "complainant_name": "甲",
                "county_code": COUNTY_A,
                "institution_id": world.y,
                "summary": "s",
            },
            expect=422,
        )
        assert refused["code"] == "INSTITUTION_UNKNOWN"


class TestTheLoop:
    async def test_assigned_handled_followed_up_satisfied_closed_on_time(self, world: World) -> None:
        contractor = await contractor_of_county_a(world)
        made = await receive(world)
        path = f"/api/v1/complaints/{made['id']}"
        assigned = await world.bureau.post(
            f"{path}/assignment",
            {"assignee_kind": "contractor", "contractor_id": contractor, "assigned_on": "2026-07-02"},
        )
        assert (assigned["status"], assigned["step_due_on"]) == ("assigned", "2026-07-12")
        handled = await world.contractor_a.post(
            f"{path}/handling", {"result": "已约谈机构，调整排班", "handled_on": "2026-07-05"}
        )
        assert (handled["status"], handled["step_due_on"]) == ("handled", "2026-07-10")
        closed = await world.bureau.post(
            f"{path}/follow-up", {"satisfied": True, "followed_up_on": "2026-07-08"}
        )
        assert (closed["status"], closed["closed_on"], closed["closed_on_time"]) == (
            "closed",
            "2026-07-08",
            True,
        )
        assert [s["step"] for s in closed["steps"]] == ["receive", "assign", "handle", "follow_up"]
        again = await world.bureau.post(
            f"{path}/handling", {"result": "x", "handled_on": "2026-07-09"}, expect=409
        )
        assert again["code"] == "COMPLAINT_IS_CLOSED"

    async def test_not_satisfied_reopens_it_and_a_late_close_is_not_on_time(self, world: World) -> None:
        made = await receive(world)
        path = f"/api/v1/complaints/{made['id']}"
        await world.bureau.post(
            f"{path}/assignment",
            {"assignee_kind": "bureau_officer", "officer": "陈科长", "assigned_on": "2026-07-02"},
        )
        await world.bureau.post(f"{path}/handling", {"result": "电话沟通", "handled_on": "2026-07-05"})
        reopened = await world.bureau.post(
            f"{path}/follow-up", {"satisfied": False, "followed_up_on": "2026-07-07"}
        )
        assert (reopened["status"], reopened["reopened"], reopened["step_due_on"]) == (
            "assigned",
            1,
            "2026-07-17",
        )
        await world.bureau.post(f"{path}/handling", {"result": "上门核实并整改", "handled_on": "2026-07-20"})
        closed = await world.bureau.post(
            f"{path}/follow-up", {"satisfied": True, "followed_up_on": "2026-07-25"}
        )
        assert (closed["closed_on_time"], closed["due_on"]) == (False, "2026-07-21")

    async def test_assigned_only_to_a_contractor_holding_the_county(self, world: World) -> None:
        bureau = Oversight(world.gateway, world.keys["bureau"])
        idle = await bureau.contractor()
        made = await receive(world)
        refused = await world.bureau.post(
            f"/api/v1/complaints/{made['id']}/assignment",
            {"assignee_kind": "contractor", "contractor_id": idle["id"], "assigned_on": "2026-07-02"},
            expect=422,
        )
        assert refused["code"] == "ASSIGNEE_NOT_COVERING"


class TestSupervision:
    async def test_the_bureau_presses_an_overdue_complaint_and_only_then(
        self, world: World, service_apps: dict[str, Any]
    ) -> None:
        made = await receive(world)
        path = f"/api/v1/complaints/{made['id']}/supervision"
        early = await world.bureau.post(path, {"note": "请尽快分流"}, expect=409)
        assert early["code"] == "COMPLAINT_NOT_OVERDUE"
        today(service_apps, "2026-07-04")
        pressed = await world.bureau.post(path, {"note": "超期未分流，督办"})
        assert (pressed["supervised"], pressed["overdue"], pressed["steps"][-1]["step"]) == (
            1,
            True,
            "supervise",
        )
        contractor = await world.contractor_a.post(path, {"note": "x"}, expect=403)
        assert contractor["capability"] == "oversight.complaints.supervise"


class TestAComplaintOpensACase:
    async def test_the_case_names_the_complaint_and_the_complaint_the_case(self, world: World) -> None:
        made = await receive(world)
        case = await world.bureau.post(
            "/api/v1/cases",
            {
                "institution_id": world.x,
                "source": "complaint",
                "complaint_id": made["id"],
                "summary": "投诉查实",
            },
        )
        assert case["complaint_id"] == made["id"]
        assert (await world.bureau.get(f"/api/v1/complaints/{made['id']}"))["case_id"] == case["id"]
        other = await world.bureau.post(
            "/api/v1/cases",
            {"institution_id": world.y, "source": "complaint", "complaint_id": made["id"], "summary": "s"},
            expect=422,
        )
        assert other["code"] == "CASE_SOURCE_UNKNOWN"


class TestTheIndicator:
    async def test_complaints_closed_on_time_over_complaints_closed(
        self, world: World, session: AsyncSession
    ) -> None:
        for followed_up_on in ("2026-07-10", "2026-07-30"):
            made = await receive(world)
            path = f"/api/v1/complaints/{made['id']}"
            await world.bureau.post(
                f"{path}/assignment",
                {"assignee_kind": "bureau_officer", "officer": "陈", "assigned_on": "2026-07-02"},
            )
            await world.bureau.post(f"{path}/handling", {"result": "r", "handled_on": "2026-07-05"})
            await world.bureau.post(
                f"{path}/follow-up", {"satisfied": True, "followed_up_on": followed_up_on}
            )
        await receive(world)  # still open: not counted
        kpis = {
            k["code"]: k
            for k in await own_kpis(session, [COUNTY_A], dt.date(2026, 7, 1), dt.date(2026, 9, 30))
        }
        assert (
            kpis["complaints_closed_on_time"]["numerator"],
            kpis["complaints_closed_on_time"]["denominator"],
        ) == (1, 2)
