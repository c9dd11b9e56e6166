"""Assessment's indicators for oversight: on-site visits done by their working-day deadline, first
conclusions overturned (by an objection's re-assessment or a spot check), and spot-check coverage."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from fastapi import FastAPI

from contracts.kpis import AssessmentKpi as K
from tests.assessment.conftest import (
    LUCHENG,
    Api,
    assessment_app,  # noqa: F401
    assessment_reference,  # noqa: F401
    items_with,
    put_in_force,
    run_to_conclusion,
    severe_items,
)
from tests.kpis.conftest import Kpis, change

LEVEL_2 = items_with(adl=50, other=4)
YEAR = {"county_code": LUCHENG, "period_from": "2026-01-01", "period_to": "2026-12-31"}


@pytest.fixture
async def contractor(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    assessment_app: FastAPI,  # noqa: F811
) -> Api:
    return Api(gateway, keys["contractor"])


class TestAssessmentIndicators:
    async def test_visits_on_time_overturned_and_spot_checked_conclusions(
        self,
        contractor: Api,
        assessment_app: FastAPI,  # noqa: F811
        assessment_kpis: Kpis,
    ) -> None:
        before = await assessment_kpis.figures(**YEAR)
        for _ in range(6):
            await contractor.expert()
        # B: concluded on time, in force, then drawn by a spot check that finds another level
        _, b = await contractor.apply()
        await put_in_force(contractor, assessment_app, b.json()["id"], LEVEL_2)
        check = await contractor.post("/api/v1/spot-checks", {"sample_size": 1, "county_code": LUCHENG})
        assert check.status_code == 201, check.text
        [item] = check.json()["items"]
        await put_in_force(contractor, assessment_app, item["application_id"], severe_items())
        # A: concluded on time, in force, objected; the re-assessment (on time) changes the level
        _, a = await contractor.apply()
        a_id = a.json()["id"]
        await put_in_force(contractor, assessment_app, a_id, LEVEL_2)
        objected = await contractor.post(
            f"/api/v1/assessment-applications/{a_id}/objections", {"reason": "偏低"}
        )
        assert objected.status_code == 201, objected.text
        done = await put_in_force(contractor, assessment_app, a_id, severe_items())
        assert done["conclusion"]["level"] == 5
        # C: concluded the day after its deadline
        _, c = await contractor.apply()
        pinned = assessment_app.state.today
        assessment_app.state.today = dt.date.fromisoformat(c.json()["onsite_due_on"]) + dt.timedelta(days=1)
        await run_to_conclusion(contractor, c.json()["id"], LEVEL_2)
        assessment_app.state.today = pinned
        # D: accepted, never visited
        _, d = await contractor.apply()
        assert d.json()["status"] == "accepted"

        delta = change(before, await assessment_kpis.figures(**YEAR))
        # due: B, the spot check, A's re-assessment, C, D (A's first round keeps no deadline of its own)
        assert delta[K.ONSITE_VISITS_ON_TIME] == (3, 5)
        # first conclusions: A, B, C; A changed on objection, B by the spot check
        assert delta[K.CONCLUSIONS_OVERTURNED] == (2, 3)
        assert delta[K.CONCLUSIONS_SPOT_CHECKED] == (1, 3)

    async def test_assessment_reports_per_county_only(
        self,
        assessment_kpis: Kpis,
        assessment_app: FastAPI,  # noqa: F811
    ) -> None:
        response = await assessment_kpis.get(**YEAR, institution_id="WZ-LC-0001")
        assert response.status_code == 422
        assert response.json()["code"] == "KPI_SUBJECT_UNSUPPORTED"
