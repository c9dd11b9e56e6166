"""A contractor learns nothing of another county's persons through assessment: applying for one answers as
for a person nobody knows, and an open application is named only to whom it is visible."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI

from tests.assessment.conftest import ELIGIBLE_SELF, TAISHUN, Api
from tests.conftest import ClientFactory, bearer

PREFIX = "/api/v1/assessment-applications"


def application(person_id: str) -> dict[str, object]:
    return {
        "person_id": person_id,
        "self_assessment": ELIGIBLE_SELF,
        "disabled_since": "2025-06-01",
        "materials_complete": True,
    }


class TestApplyingForAnotherCountysPerson:
    async def test_answers_exactly_as_for_an_unknown_person_even_with_an_application_open(
        self,
        contractor: Api,
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        assessment_app: FastAPI,
    ) -> None:
        person_id, opened = await contractor.apply()
        assert opened.status_code == 201, opened.text
        taishun = Api(gateway, await make_api_key("contractor", county_codes=[TAISHUN]))

        theirs = await taishun.post(PREFIX, application(person_id))
        nobody = str(uuid.uuid4())
        unknown = await taishun.post(PREFIX, application(nobody))

        assert theirs.status_code == unknown.status_code == 404
        assert theirs.json()["code"] == "PERSON_NOT_FOUND"
        assert opened.json()["id"] not in theirs.text
        assert {k: v for k, v in theirs.json().items() if k != "instance"} == {
            k: v for k, v in unknown.json().items() if k != "instance"
        }

    async def test_the_open_application_is_named_to_the_contractor_that_sees_it(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        person_id, opened = await contractor.apply()
        again = await contractor.post(PREFIX, application(person_id))
        assert again.status_code == 409
        assert again.json()["open_application_id"] == opened.json()["id"]

    async def test_after_a_transfer_the_new_county_learns_an_application_is_open_but_not_which(
        self,
        contractor: Api,
        gateway: httpx.AsyncClient,
        keys: dict[str, str],
        make_api_key: ClientFactory,
        assessment_app: FastAPI,
    ) -> None:
        person_id, opened = await contractor.apply()
        moved = await gateway.post(
            f"/api/v1/persons/{person_id}/county-transfers",
            json={"county_code": TAISHUN, "effective_on": "2026-01-01", "reason": "moved"},
            headers=bearer(keys["bureau"]),
        )
        assert moved.status_code == 201, moved.text
        taishun = Api(gateway, await make_api_key("contractor", county_codes=[TAISHUN]))
        r = await taishun.post(PREFIX, application(person_id))
        assert r.status_code == 409, r.text
        assert r.json()["code"] == "APPLICATION_ALREADY_OPEN"
        assert "open_application_id" not in r.json()
        assert opened.json()["id"] not in r.text
