"""The whole flow through the gateway: application → panel → scores → conclusion → publicity → in force,
then objection and re-assessment; the events settlement consumes."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.assessment.conftest import RUIAN, TODAY, Api, items_with, run_to_conclusion, severe_items

ALL_DEPENDENT = {
    k: "dependent" for k in ("feeding", "continence", "bathing", "dressing", "toileting", "transfer")
}


async def events(session: AsyncSession, aggregate_ids: list[str]) -> list[dict[str, Any]]:
    rows = await session.execute(
        text(
            "SELECT event_type, payload FROM assessment.outbox_events"
            " WHERE aggregate_id = ANY(:ids) ORDER BY seq"
        ),
        {"ids": aggregate_ids},
    )
    return [{"type": r.event_type, **r.payload} for r in rows]


class TestApplicationToConclusionInForce:
    async def test_whole_flow_puts_the_conclusion_in_force_and_tells_settlement(
        self, contractor: Api, session: AsyncSession, assessment_app: FastAPI
    ) -> None:
        for _ in range(3):
            await contractor.expert()
        person_id, r = await contractor.apply(care_institution_id="INST-X")
        assert r.status_code == 201, r.text
        app = r.json()
        assert app["status"] == "accepted"
        assert app["self_assessment_grade"] == "F"
        assert app["onsite_due_on"] == "2026-03-16"  # 10 working days after Monday 2 March
        app_id = app["id"]
        assert await events(session, [app_id]) == [
            {
                "type": "application.received", "application_id": app_id, "person_id": person_id,
                "county_code": "330302", "received_on": "2026-03-02", "accepted": True, "reason_codes": [],
            }
        ]  # fmt: skip

        result = await run_to_conclusion(contractor, app_id, severe_items())
        assert result["conclusion"]["computed_level"] == 5
        assert result["conclusion"]["level"] == 5
        assert result["conclusion"]["valid_from"] == "2026-04-01"
        assert result["conclusion"]["valid_to"] == "2028-03-31"

        r = await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assert r.status_code == 200, r.text
        early = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert early.status_code == 409
        assert early.json()["code"] == "PUBLICITY_NOT_ENDED"
        assessment_app.state.today = TODAY.replace(day=20)
        served = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert served.status_code == 200, served.text
        assert served.json()["status"] == "served"
        history = [h["to_status"] for h in served.json()["history"]]
        assert history == [
            "submitted",
            "accepted",
            "panel_drawn",
            "scored",
            "concluded",
            "in_publicity",
            "served",
        ]

        conclusion_id = result["conclusion"]["id"]
        assert await events(session, [conclusion_id]) == [
            {
                "type": "conclusion.in_force",
                "conclusion_id": conclusion_id,
                "application_id": app_id,
                "person_id": person_id,
                "county_code": "330302",
                "level": 5,
                "valid_from": "2026-04-01",
                "valid_to": "2028-03-31",
                "rule_set_version": "NHSA-2021-37",
                "care_institution_id": "INST-X",
                "origin": "assessed",
                "migration_ref": None,
            }
        ]
        levels = await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")
        assert levels.json()["current"]["level"] == 5

    async def test_objection_reassesses_with_a_new_panel_and_its_result_stands(
        self, contractor: Api, session: AsyncSession, assessment_app: FastAPI
    ) -> None:
        for _ in range(4):
            await contractor.expert()
        person_id, r = await contractor.apply()
        app_id = r.json()["id"]
        first = await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))  # level 2
        assert first["conclusion"]["level"] == 2
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assessment_app.state.today = TODAY.replace(day=20)
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")

        objected = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "家属认为评估偏低"}
        )
        assert objected.status_code == 201, objected.text
        assert objected.json()["status"] == "objected"
        first_panel = set(objected.json()["draws"][0]["panel"])

        second = await run_to_conclusion(contractor, app_id, severe_items())
        draws = (await contractor.get(f"/api/v1/assessment-applications/{app_id}")).json()["draws"]
        assert not set(draws[1]["panel"]) & first_panel
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assessment_app.state.today = TODAY.replace(day=31)
        done = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert done.status_code == 200, done.text
        assert done.json()["objection"]["outcome"] == "changed"
        assert done.json()["objection"]["fee_borne_by"] == "fund"

        old, new = first["conclusion"]["id"], second["conclusion"]["id"]
        kinds = [(e["type"], e.get("cause")) for e in await events(session, [old, new])]
        assert kinds == [
            ("conclusion.in_force", None),
            ("conclusion.superseded", "reassessment"),
            ("conclusion.in_force", None),
        ]
        levels = (await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")).json()
        assert levels["current"]["level"] == 5


class TestAcceptanceGate:
    async def test_rejection_carries_every_reason_that_applies(self, contractor: Api) -> None:
        _, r = await contractor.apply(
            self_assessment={
                k: "independent"
                for k in ("feeding", "continence", "bathing", "dressing", "toileting", "transfer")
            },
            disabled_since="2026-01-01",
            materials_complete=False,
        )
        assert r.status_code == 201
        assert r.json()["status"] == "rejected"
        assert r.json()["reason_codes"] == [
            "SELF_ASSESSMENT_GRADE_TOO_LOW",
            "DISABILITY_TOO_RECENT",
            "MATERIALS_INCOMPLETE",
        ]

    async def test_not_insured_is_a_reason(self, contractor: Api) -> None:
        person_id = await contractor.enrol()
        await contractor.change_status(person_id, "suspended", TODAY.replace(day=1))
        _, r = await contractor.apply(person_id=person_id, self_assessment=ALL_DEPENDENT)
        assert r.status_code == 201, r.text
        assert r.json()["status"] == "rejected"
        assert r.json()["reason_codes"] == ["NOT_INSURED"]
        assert r.json()["self_assessment_grade"] == "G"

    async def test_a_unit_not_yet_in_the_scheme_is_a_reason(self, contractor: Api, bureau: Api) -> None:
        person_id = await contractor.enrol(RUIAN)
        moved = await bureau.gateway.put(
            f"/api/v1/counties/{RUIAN}/scheme",
            json={"scheme_start_on": "2026-07-01", "basis": "test", "confirmed": False, "reason": "test"},
            headers=bureau.headers,
        )
        assert moved.status_code == 200, moved.text
        _, r = await contractor.apply(person_id=person_id, self_assessment=ALL_DEPENDENT)
        assert (r.status_code, r.json()["status"]) == (201, "rejected"), r.text
        assert r.json()["reason_codes"] == ["COUNTY_NOT_IN_SCHEME"]

    async def test_a_person_suspended_only_from_tomorrow_is_covered_today(self, contractor: Api) -> None:
        person_id = await contractor.enrol()
        await contractor.change_status(person_id, "suspended", TODAY.replace(day=3))
        _, r = await contractor.apply(person_id=person_id)
        assert r.json()["status"] == "accepted", r.text

    async def test_unknown_person_is_404_and_nothing_is_recorded(self, contractor: Api) -> None:
        _, r = await contractor.apply(person_id=str(uuid.uuid4()))
        assert r.status_code == 404
        assert r.json()["code"] == "PERSON_NOT_FOUND"
        assert (await contractor.get("/api/v1/assessment-applications")).json()["items"] == []

    async def test_person_of_another_county_is_404(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: Any
    ) -> None:
        other = Api(gateway, await make_api_key("contractor", county_codes=["330303"]))
        person_id = await other.enrol("330303")
        _, r = await contractor.apply(person_id=person_id)
        assert r.status_code == 404
        assert r.json()["code"] == "PERSON_NOT_FOUND"

    async def test_person_id_must_be_enrollments_uuid(self, contractor: Api) -> None:
        _, r = await contractor.apply(person_id="p-1")
        assert r.status_code == 422

    async def test_one_open_application_per_person_names_the_open_one(self, contractor: Api) -> None:
        person_id, first = await contractor.apply()
        again = await contractor.post(
            "/api/v1/assessment-applications",
            {"person_id": person_id, "self_assessment": {"feeding": "dependent", "continence": "dependent",
             "bathing": "dependent", "dressing": "partly", "toileting": "partly", "transfer": "dependent"},
             "disabled_since": "2024-01-01", "materials_complete": True},
        )  # fmt: skip
        assert again.status_code == 409
        assert again.json()["code"] == "APPLICATION_ALREADY_OPEN"
        assert again.json()["open_application_id"] == first.json()["id"]

    async def test_enrollment_down_is_503_and_nothing_is_recorded(
        self, contractor: Api, assessment_app: FastAPI, settings: Any
    ) -> None:
        from shared.app import internal_client

        person_id = await contractor.enrol()

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        async with internal_client(
            settings, "assessment", "enrollment", transport=httpx.MockTransport(refuse)
        ) as c:
            assessment_app.state.enrollment_client = c
            person_id, r = await contractor.apply(person_id=person_id)
        assert r.status_code == 503
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "ENROLLMENT_UNAVAILABLE"
        listed = await contractor.get("/api/v1/assessment-applications")
        assert all(a["person_id"] != person_id for a in listed.json()["items"])

    async def test_illegal_transition_names_the_current_state(self, contractor: Api) -> None:
        await contractor.expert()
        await contractor.expert()
        _, r = await contractor.apply()
        concluded = await contractor.post(
            f"/api/v1/assessment-applications/{r.json()['id']}/conclusion", {"confirming_expert_ids": []}
        )
        assert concluded.status_code == 409
        assert concluded.json()["code"] == "APPLICATION_IS_ACCEPTED"

    async def test_create_is_idempotent(self, contractor: Api) -> None:
        body = {"person_id": await contractor.enrol(), "self_assessment": ALL_DEPENDENT,
                "disabled_since": "2024-01-01", "materials_complete": True}  # fmt: skip
        a = await contractor.post("/api/v1/assessment-applications", body, headers={"Idempotency-Key": "k1"})
        b = await contractor.post("/api/v1/assessment-applications", body, headers={"Idempotency-Key": "k1"})
        assert a.status_code == b.status_code == 201
        assert a.json()["id"] == b.json()["id"]
        assert b.headers.get("idempotent-replayed") == "true"


class TestScoping:
    async def test_contractor_sees_only_its_counties(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: Any
    ) -> None:
        _, r = await contractor.apply()
        other = Api(gateway, await make_api_key("contractor", county_codes=["330303"]))
        assert (await other.get(f"/api/v1/assessment-applications/{r.json()['id']}")).status_code == 404

    async def test_institution_reads_only_the_current_level_of_its_own_clients(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: Any,
        assessment_app: FastAPI,
    ) -> None:  # fmt: skip
        for _ in range(2):
            await contractor.expert()
        person_id, r = await contractor.apply(care_institution_id="INST-OWN")
        app_id = r.json()["id"]
        await run_to_conclusion(contractor, app_id, severe_items())
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assessment_app.state.today = TODAY.replace(day=20)
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        own = Api(gateway, await make_api_key("institution", institution_id="INST-OWN"))
        stranger = Api(gateway, await make_api_key("institution", institution_id="INST-OTHER"))
        mine = await own.get(f"/api/v1/persons/{person_id}/disability-levels")
        assert mine.status_code == 200
        assert mine.json()["current"]["level"] == 5
        assert mine.json()["history"] == []
        assert (await stranger.get(f"/api/v1/persons/{person_id}/disability-levels")).status_code == 404
