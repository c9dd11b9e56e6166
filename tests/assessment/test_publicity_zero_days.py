"""A bureau may set a rule set's publicity (公示) to zero working days for a pilot or a drill: the
publicity then ends the day it starts, and the result can be served that same day."""

from __future__ import annotations

from fastapi import FastAPI

from services.assessment.reference import national_scale
from tests.assessment.conftest import TODAY, Api, items_with, run_to_conclusion


class TestPublicityOfZeroWorkingDays:
    async def test_zero_days_ends_the_same_day_and_the_result_is_served_at_once(
        self, contractor: Api, bureau: Api, assessment_app: FastAPI
    ) -> None:
        raw = national_scale.document().model_dump(mode="json")
        raw["version"] = "WZ-DRILL-0"
        raw["policy"]["publicity_working_days"] = {"value": 0, "confirmed": True, "note": "drill"}
        created = await bureau.post("/api/v1/rule-sets", raw)
        assert created.status_code == 201, created.text
        assert created.json()["policy"]["publicity_working_days"]["value"] == 0
        assert (await bureau.post("/api/v1/rule-sets/WZ-DRILL-0:publish")).status_code == 200

        for _ in range(2):
            await contractor.expert()
        _, applied = await contractor.apply()
        app_id = applied.json()["id"]
        await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))
        started = await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assert started.status_code == 200, started.text
        assert started.json()["publicity_ends_on"] == TODAY.isoformat()

        served = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert served.status_code == 200, served.text
        assert served.json()["status"] == "served"

    async def test_one_day_still_ends_on_the_next_working_day(
        self, contractor: Api, bureau: Api, assessment_app: FastAPI
    ) -> None:
        raw = national_scale.document().model_dump(mode="json")
        raw["version"] = "WZ-DRILL-1"
        raw["policy"]["publicity_working_days"] = {"value": 1, "confirmed": True, "note": "drill"}
        assert (await bureau.post("/api/v1/rule-sets", raw)).status_code == 201
        assert (await bureau.post("/api/v1/rule-sets/WZ-DRILL-1:publish")).status_code == 200

        for _ in range(2):
            await contractor.expert()
        _, applied = await contractor.apply()
        app_id = applied.json()["id"]
        await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))
        started = await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assert started.json()["publicity_ends_on"] == "2026-03-03"  # TODAY is a Monday
        early = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert early.status_code == 409
        assert early.json()["code"] == "PUBLICITY_NOT_ENDED"
