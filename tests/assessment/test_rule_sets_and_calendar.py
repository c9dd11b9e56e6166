"""Rule sets through the API: publishing with validation, dry run per county; the working calendar."""

from __future__ import annotations

from fastapi import FastAPI

from services.assessment.reference import national_scale
from tests.assessment.conftest import TODAY, Api, items_with, run_to_conclusion


class TestRuleSets:
    async def test_national_scale_ships_with_its_unconfirmed_values_flagged(self, bureau: Api) -> None:
        r = await bureau.get("/api/v1/rule-sets/NHSA-2021-37")
        assert r.json()["status"] == "published"
        assert "levels.3.3" in r.json()["unconfirmed"]

    async def test_bureau_publishes_only_a_valid_version(self, bureau: Api) -> None:
        raw = national_scale.document().model_dump(mode="json")
        raw["version"] = "WZ-TEST-1"
        raw["levels"] = raw["levels"][:-1]
        bad = await bureau.post("/api/v1/rule-sets", raw)
        assert bad.status_code == 422
        assert [e["code"] for e in bad.json()["errors"]] == ["LEVEL_TABLE_INCOMPLETE"]

    async def test_dry_run_counts_who_would_change_level_per_county(
        self, contractor: Api, bureau: Api, assessment_app: FastAPI
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))  # level 2
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assessment_app.state.today = TODAY.replace(day=20)
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")

        raw = national_scale.document().model_dump(mode="json")
        raw["version"] = "WZ-DRAFT-1"
        for cell in raw["levels"]:
            if cell["adl_grade"] == 2:
                cell["level"] = 3
        created = await bureau.post("/api/v1/rule-sets", raw)
        assert created.status_code == 201, created.text
        assert created.json()["status"] == "draft"
        dry = await bureau.post("/api/v1/rule-sets/WZ-DRAFT-1:dry-run")
        assert dry.status_code == 200, dry.text
        assert {"county_code": "330302", "from_level": 2, "to_level": 3, "persons": 1} in dry.json()[
            "changes"
        ]


class TestWorkingCalendar:
    async def test_a_year_the_calendar_does_not_know_is_an_error(self, bureau: Api) -> None:
        r = await bureau.get("/api/v1/working-calendars/2099")
        assert r.status_code == 404
        assert r.json()["code"] == "CALENDAR_YEAR_NOT_FOUND"

    async def test_seeded_holidays_and_makeup_workdays(self, bureau: Api) -> None:
        r = (await bureau.get("/api/v1/working-calendars/2025")).json()
        assert {"date": "2025-10-01", "name": "National Day"} in r["holidays"]
        assert any(d["date"] == "2025-09-28" for d in r["makeup_workdays"])

    async def test_bureau_extends_the_calendar(self, bureau: Api) -> None:
        put = await bureau.gateway.put(
            "/api/v1/working-calendars/2099",
            json={"holidays": [{"date": "2099-01-01", "name": "元旦"}], "makeup_workdays": []},
            headers=bureau.headers,
        )
        assert put.status_code == 200, put.text
        assert put.json()["working_days"] == 260
