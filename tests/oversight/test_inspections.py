"""Daily inspection (日常巡查, S003 §二(十) "加强对协议护理机构…的监督考核…和日常巡查"): a plan of visits for
a period, its counties and institutions; visits with findings (kind, severity), documents and photos
(metadata: name, reference, SHA-256, content type), a rectification deadline (given, or the rule
``inspection.rectification_days``) and its follow-up — rectified, or not and a case opened. The bureau and a
contractor in its counties inspect; an institution reads its own visits."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases.kpis import own_kpis
from tests.oversight.supervision import (  # noqa: F401  (the fixtures)
    COUNTY_A,
    COUNTY_B,
    World,
    document,
    settlement_reader_fixture,
    world_fixture,
)

FINDING = {"kind": "records", "severity": "serious", "description": "护理记录与打卡时间不符"}


async def plan(w: World, **overrides: Any) -> dict[str, Any]:
    body = {
        "name": "2026 年三季度鹿城区日常巡查",
        "period_from": "2026-07-01",
        "period_to": "2026-09-30",
        "county_codes": [COUNTY_A],
        "institution_ids": [w.x],
        **overrides,
    }
    made: dict[str, Any] = await w.contractor_a.post("/api/v1/inspection-plans", body)
    return made


async def visit(w: World, **overrides: Any) -> dict[str, Any]:
    body = {
        "institution_id": w.x,
        "visited_on": "2026-07-15",
        "inspectors": ["王检查", "李检查"],
        "findings": [FINDING],
        "documents": [document("现场照片1.jpg"), document("检查记录.pdf", "application/pdf")],
        **overrides,
    }
    made: dict[str, Any] = await w.contractor_a.post("/api/v1/inspections", body)
    return made


class TestPlans:
    async def test_a_plan_lists_institutions_of_its_counties_and_counts_the_visits_done(
        self, world: World
    ) -> None:
        planned = await plan(world)
        assert (planned["visits_planned"], planned["visits_done"]) == (1, 0)
        await visit(world, plan_id=planned["id"])
        shown = await world.bureau.get(f"/api/v1/inspection-plans/{planned['id']}")
        assert (shown["visits_planned"], shown["visits_done"]) == (1, 1)
        assert shown["institutions"] == [{"institution_id": world.x, "visited": True}]

    async def test_an_institution_of_another_county_or_unknown_is_refused(self, world: World) -> None:
        refused = await world.bureau.post(
            "/api/v1/inspection-plans",
            {
                "name": "p",
                "period_from": "2026-07-01",
                "period_to": "2026-09-30",
                "county_codes": [COUNTY_A],
                "institution_ids": [world.y, "SV-NOBODY"],
            },
            expect=422,
        )
        assert refused["code"] == "INSTITUTION_UNKNOWN"
        assert [e["field"] for e in refused["errors"]] == ["body.institution_ids.0", "body.institution_ids.1"]

    async def test_a_contractor_plans_only_in_its_counties_and_sees_only_its_plans(
        self, world: World
    ) -> None:
        refused = await world.contractor_b.post(
            "/api/v1/inspection-plans",
            {"name": "p", "period_from": "2026-07-01", "period_to": "2026-09-30", "county_codes": [COUNTY_A]},
            expect=403,
        )
        assert refused["code"] == "COUNTY_OUT_OF_SCOPE"
        planned = await plan(world)
        theirs = await world.contractor_b.get(f"/api/v1/inspection-plans/{planned['id']}", expect=404)
        nobodys = await world.contractor_b.get(f"/api/v1/inspection-plans/{uuid.uuid4()}", expect=404)
        assert theirs["code"] == nobodys["code"] == "INSPECTION_PLAN_NOT_FOUND"
        assert (await world.contractor_b.get("/api/v1/inspection-plans"))["items"] == []


class TestVisits:
    async def test_a_visit_keeps_findings_and_document_metadata_and_sets_the_rules_deadline(
        self, world: World
    ) -> None:
        made = await visit(world)
        assert made["findings"][0] | {"rectification_required": True} == made["findings"][0]
        assert [d["content_type"] for d in made["documents"]] == ["image/jpeg", "application/pdf"]
        assert (made["rectification_status"], made["rectification_due_on"]) == ("pending", "2026-08-14")

    async def test_a_deadline_given_wins_and_findings_without_rectification_set_none(
        self, world: World
    ) -> None:
        given = await visit(world, rectification_due_on="2026-07-31")
        assert given["rectification_due_on"] == "2026-07-31"
        clean = await visit(world, findings=[{**FINDING, "rectification_required": False}])
        assert (clean["rectification_status"], clean["rectification_due_on"]) == ("none", None)

    async def test_a_document_without_its_digest_is_refused(self, world: World) -> None:
        bad = {**document(), "sha256": "not-a-digest"}
        refused = await world.contractor_a.post(
            "/api/v1/inspections",
            {"institution_id": world.x, "visited_on": "2026-07-15", "inspectors": ["王"], "documents": [bad]},
            expect=422,
        )
        assert refused["errors"][0]["field"] == "body.documents.0.sha256"

    async def test_a_visit_under_a_plan_lies_within_its_period(self, world: World) -> None:
        planned = await plan(world)
        outside = await world.contractor_a.post(
            "/api/v1/inspections",
            {
                "institution_id": world.x,
                "plan_id": planned["id"],
                "visited_on": "2026-10-01",
                "inspectors": ["王"],
            },
            expect=422,
        )
        assert outside["code"] == "VISIT_OUTSIDE_PLAN"

    async def test_the_institution_reads_its_own_visits_and_no_one_elses(self, world: World) -> None:
        made = await visit(world)
        assert (await world.institution_x.get(f"/api/v1/inspections/{made['id']}"))["id"] == made["id"]
        assert [v["id"] for v in (await world.institution_x.get("/api/v1/inspections"))["items"]] == [
            made["id"]
        ]
        for caller in (world.institution_y, world.contractor_b):
            theirs = await caller.get(f"/api/v1/inspections/{made['id']}", expect=404)
            nobodys = await caller.get(f"/api/v1/inspections/{uuid.uuid4()}", expect=404)
            assert theirs == {**nobodys, "instance": theirs["instance"], "request_id": theirs["request_id"]}
        refused = await world.institution_x.post("/api/v1/inspections", {}, expect=403)
        assert refused["capability"] == "oversight.inspections.write"

    async def test_overdue_when_pending_past_its_deadline(self, world: World, service_apps: Any) -> None:
        service_apps["oversight"].state.today = _d("2026-07-31")
        made = await visit(world, rectification_due_on="2026-07-31")
        assert made["overdue"] is False
        service_apps["oversight"].state.today = _d("2026-08-01")
        assert (await world.bureau.get(f"/api/v1/inspections/{made['id']}"))["overdue"] is True


class TestFollowUp:
    async def test_rectified_closes_it_once(self, world: World) -> None:
        made = await visit(world)
        path = f"/api/v1/inspections/{made['id']}/follow-ups"
        done = await world.contractor_a.post(path, {"outcome": "rectified", "checked_on": "2026-08-10"})
        assert (done["rectification_status"], done["followed_up_on"], done["case_id"]) == (
            "rectified",
            "2026-08-10",
            None,
        )
        again = await world.contractor_a.post(
            path, {"outcome": "rectified", "checked_on": "2026-08-11"}, expect=409
        )
        assert again["code"] == "RECTIFICATION_NOT_PENDING"

    async def test_not_rectified_opens_a_case_from_the_finding(self, world: World) -> None:
        made = await visit(world)
        done = await world.contractor_a.post(
            f"/api/v1/inspections/{made['id']}/follow-ups",
            {"outcome": "not_rectified", "checked_on": "2026-08-20", "open_case": True},
        )
        assert done["rectification_status"] == "not_rectified"
        case = await world.bureau.get(f"/api/v1/cases/{done['case_id']}")
        assert (case["source"], case["inspection_id"], case["institution_id"]) == (
            "finding",
            made["id"],
            world.x,
        )
        assert "护理记录与打卡时间不符" in case["summary"]
        assert [d["name"] for d in case["entries"][0]["documents"]] == ["现场照片1.jpg", "检查记录.pdf"]

    async def test_a_case_from_a_rectified_finding_is_refused(self, world: World) -> None:
        made = await visit(world)
        refused = await world.contractor_a.post(
            f"/api/v1/inspections/{made['id']}/follow-ups",
            {"outcome": "rectified", "checked_on": "2026-08-20", "open_case": True},
            expect=422,
        )
        assert refused["errors"][0]["code"] == "CASE_NEEDS_NOT_RECTIFIED"


class TestTheIndicator:
    async def test_inspections_done_are_the_planned_institutions_visited(
        self, world: World, session: AsyncSession
    ) -> None:
        planned = await plan(world)
        await plan(world, name="另一计划")
        await visit(world, plan_id=planned["id"])
        kpis = {k["code"]: k for k in await own_kpis(session, [COUNTY_A], _d("2026-07-01"), _d("2026-09-30"))}
        assert (kpis["inspections_done"]["numerator"], kpis["inspections_done"]["denominator"]) == (1, 2)
        other = {
            k["code"]: k for k in await own_kpis(session, [COUNTY_B], _d("2026-07-01"), _d("2026-09-30"))
        }
        assert (other["inspections_done"]["numerator"], other["inspections_done"]["denominator"]) == (0, 0)


def _d(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


@pytest.fixture(autouse=True)
def _uses_world(world: World) -> None:
    """Every test runs in the world of two counties' institutions."""
