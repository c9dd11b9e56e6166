"""Spot checks (抽查复核), overdue applications, the objection window, and revocation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from tests.assessment.conftest import (
    LUCHENG,
    RUIAN,
    Api,
    items_with,
    put_in_force,
    run_to_conclusion,
    severe_items,
)
from tests.assessment.test_flow import events

LEVEL_2 = items_with(adl=50, other=4)


async def in_force(api: Api, app: FastAPI, county: str = LUCHENG) -> tuple[str, dict[str, Any]]:
    person_id, r = await api.apply(county)
    return person_id, await put_in_force(api, app, r.json()["id"], LEVEL_2)


class TestSpotCheck:
    async def test_samples_at_random_among_conclusions_in_force_of_the_county(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(2):
            await contractor.expert(LUCHENG)
            await contractor.expert(RUIAN)
        lucheng = {(await in_force(contractor, assessment_app))[1]["conclusion"]["id"] for _ in range(3)}
        await in_force(contractor, assessment_app, RUIAN)
        r = await contractor.post("/api/v1/spot-checks", {"sample_size": 2, "county_code": LUCHENG})
        assert r.status_code == 201, r.text
        check = r.json()
        assert (check["population"], check["requested_size"], len(check["items"])) == (3, 2, 2)
        assert {i["checked_conclusion_id"] for i in check["items"]} <= lucheng
        assert check["seed"]
        assert all(i["finding"] == "pending" and i["status"] == "accepted" for i in check["items"])
        again = await contractor.get(f"/api/v1/spot-checks/{check['id']}")
        assert again.json() == check

    async def test_a_mismatch_supersedes_the_old_conclusion_and_counts_against_its_panel(
        self, contractor: Api, assessment_app: FastAPI, session: AsyncSession
    ) -> None:
        experts = [await contractor.expert() for _ in range(4)]
        person_id, first = await in_force(contractor, assessment_app)
        check = (await contractor.post("/api/v1/spot-checks", {"sample_size": 1})).json()
        app_id = check["items"][0]["application_id"]
        second = await put_in_force(contractor, assessment_app, app_id, severe_items())
        assert not set(second["panel"]) & set(first["panel"])

        finding = (await contractor.get(f"/api/v1/spot-checks/{check['id']}")).json()["items"][0]
        assert (finding["checked_level"], finding["new_level"], finding["finding"]) == (2, 5, "mismatch")
        levels = (await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")).json()
        assert levels["current"]["level"] == 5
        old, new = first["conclusion"]["id"], second["conclusion"]["id"]
        assert [(e["type"], e.get("cause")) for e in await events(session, [old, new])] == [
            ("conclusion.in_force", None),
            ("conclusion.superseded", "spot_check"),
            ("conclusion.in_force", None),
        ]
        for expert in experts:
            q = (await contractor.get(f"/api/v1/experts/{expert['id']}/quality")).json()
            expected = (1, 1) if expert["id"] in first["panel"] else (0, 0)
            assert (q["reviewed"], q["overturned"]) == expected

    async def test_a_confirmed_level_leaves_the_conclusion_in_force(
        self, contractor: Api, assessment_app: FastAPI, session: AsyncSession
    ) -> None:
        experts = [await contractor.expert() for _ in range(4)]
        person_id, first = await in_force(contractor, assessment_app)
        check = (await contractor.post("/api/v1/spot-checks", {"sample_size": 1})).json()
        second = await put_in_force(contractor, assessment_app, check["items"][0]["application_id"], LEVEL_2)

        finding = (await contractor.get(f"/api/v1/spot-checks/{check['id']}")).json()["items"][0]
        assert finding["finding"] == "confirmed"
        levels = (await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")).json()
        assert levels["current"]["conclusion_id"] == first["conclusion"]["id"]
        assert [e["type"] for e in await events(session, [second["conclusion"]["id"]])] == []
        reviewed = [(await contractor.get(f"/api/v1/experts/{e['id']}/quality")).json() for e in experts]
        assert sorted((q["reviewed"], q["overturned"]) for q in reviewed) == [(0, 0), (0, 0), (1, 0), (1, 0)]

    async def test_persons_with_an_open_application_are_not_sampled(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        await in_force(contractor, assessment_app)
        await contractor.post("/api/v1/spot-checks", {"sample_size": 1})
        r = await contractor.post("/api/v1/spot-checks", {"sample_size": 1})
        assert r.status_code == 409
        assert r.json()["code"] == "NOTHING_TO_CHECK"

    async def test_a_county_outside_the_contractors_scope_is_refused(self, contractor: Api) -> None:
        r = await contractor.post("/api/v1/spot-checks", {"sample_size": 1, "county_code": "330303"})
        assert (r.status_code, r.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")


class TestOverdue:
    async def test_lists_applications_past_their_onsite_deadline(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        _, late = await contractor.apply()
        _, done = await contractor.apply()
        await run_to_conclusion(contractor, done.json()["id"], LEVEL_2)
        _, rejected = await contractor.apply(materials_complete=False)
        assert late.json()["onsite_due_on"] == "2026-03-16"

        assessment_app.state.today = dt.date(2026, 3, 16)
        on_the_day = await contractor.get("/api/v1/assessment-applications", params={"overdue": "true"})
        assert on_the_day.json()["items"] == []

        assessment_app.state.today = dt.date(2026, 3, 17)
        overdue = (await contractor.get("/api/v1/assessment-applications", params={"overdue": "true"})).json()
        assert [(a["id"], a["overdue"]) for a in overdue["items"]] == [(late.json()["id"], True)]
        rest = (await contractor.get("/api/v1/assessment-applications", params={"overdue": "false"})).json()
        assert {a["id"] for a in rest["items"]} == {done.json()["id"], rejected.json()["id"]}
        assert not any(a["overdue"] for a in rest["items"])


class TestObjectionWindow:
    async def test_closes_five_working_days_after_service(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(4):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        await put_in_force(contractor, assessment_app, app_id, LEVEL_2)
        served = (await contractor.get(f"/api/v1/assessment-applications/{app_id}")).json()
        assert (served["served_on"], served["objection_due_on"]) == ("2026-03-09", "2026-03-16")

        assessment_app.state.today = dt.date(2026, 3, 17)
        late = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "晚了"}
        )
        assert late.status_code == 409
        assert late.json()["code"] == "OBJECTION_WINDOW_CLOSED"

        assessment_app.state.today = dt.date(2026, 3, 16)
        last_day = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "偏低"}
        )
        assert last_day.status_code == 201, last_day.text
        assert last_day.json()["objection"]["reassessment_due_on"] == "2026-03-30"

    async def test_a_reassessment_cannot_be_objected_to(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(4):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        await put_in_force(contractor, assessment_app, app_id, LEVEL_2)
        await contractor.post(f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "偏低"})
        await put_in_force(contractor, assessment_app, app_id, LEVEL_2)
        again = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "再议"}
        )
        assert again.status_code == 409
        assert again.json()["code"] == "OBJECTION_NOT_ALLOWED"
        upheld = (await contractor.get(f"/api/v1/assessment-applications/{app_id}")).json()["objection"]
        assert (upheld["outcome"], upheld["fee_borne_by"]) == ("upheld", "applicant")


class TestRevocation:
    async def revoke(self, api: Api, app_id: str, reason: str, on: str) -> Any:
        return await api.post(
            f"/api/v1/assessment-applications/{app_id}/conclusion:revoke",
            {"reason": reason, "effective_on": on, "note": "死亡证明 2026-05-10"},
        )

    async def test_death_ends_the_level_and_tells_settlement(
        self, contractor: Api, assessment_app: FastAPI, session: AsyncSession
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        person_id, first = await in_force(contractor, assessment_app)
        levels = (await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")).json()
        app_id = levels["current"]["application_id"]
        early = await self.revoke(contractor, app_id, "DECEASED", "2026-03-31")
        assert early.status_code == 422
        assert early.json()["code"] == "EFFECTIVE_ON_OUTSIDE_VALIDITY"

        r = await self.revoke(contractor, app_id, "DECEASED", "2026-05-11")
        assert r.status_code == 200, r.text
        assert r.json()["current"] is None
        [ended] = r.json()["history"]
        assert (ended["status"], ended["ended_on"], ended["revoke_reason"]) == (
            "revoked",
            "2026-05-11",
            "DECEASED",
        )
        conclusion_id = first["conclusion"]["id"]
        assert (await events(session, [conclusion_id]))[-1] == {
            "type": "conclusion.revoked",
            "conclusion_id": conclusion_id,
            "person_id": person_id,
            "county_code": LUCHENG,
            "effective_on": "2026-05-11",
            "reason": "DECEASED",
        }
        twice = await self.revoke(contractor, app_id, "DECEASED", "2026-05-11")
        assert twice.status_code == 409
        assert twice.json()["code"] == "CONCLUSION_IS_REVOKED"

    async def test_only_the_bureau_withdraws_a_mistaken_conclusion(
        self, contractor: Api, bureau: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        person_id, _ = await in_force(contractor, assessment_app)
        levels = (await contractor.get(f"/api/v1/persons/{person_id}/disability-levels")).json()
        app_id = levels["current"]["application_id"]
        valid_from = levels["current"]["valid_from"]
        refused = await self.revoke(contractor, app_id, "MISTAKEN", valid_from)
        assert refused.status_code == 403
        r = await self.revoke(bureau, app_id, "MISTAKEN", valid_from)
        assert r.status_code == 200, r.text
        assert r.json()["history"][0]["revoke_reason"] == "MISTAKEN"
        _, again = await contractor.apply(person_id=person_id)
        assert again.json()["status"] == "accepted", again.text

    async def test_a_pending_conclusion_cannot_be_revoked(self, contractor: Api) -> None:
        for _ in range(2):
            await contractor.expert()
        _, r = await contractor.apply()
        await run_to_conclusion(contractor, r.json()["id"], LEVEL_2)
        pending = await self.revoke(contractor, r.json()["id"], "DECEASED", "2026-04-01")
        assert pending.status_code == 409
        assert pending.json()["code"] == "CONCLUSION_IS_PENDING"
