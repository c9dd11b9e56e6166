"""Enrollment reads assessment's feed to know each institution's clients: the care institution named on the
application of a person's level in force may ask about that person's coverage, until the level is revoked.

It was stuck on the first ``application.received`` (an event type it does not need) and never got further."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.feeds import AssessmentConsumer
from services.enrollment.models import feed_dead_letters
from tests.assessment.conftest import Api, put_in_force, severe_items
from tests.conftest import ClientFactory, bearer
from tests.feeds.support import drain, open_dead_letters

CARE_HOME = "INST-FEED-0001"


class TestInstitutionClients:
    async def coverage_status(self, gateway: httpx.AsyncClient, person_id: str, key: str) -> int:
        response = await gateway.get(
            f"/api/v1/persons/{person_id}/coverage", params={"on": "2026-03-02"}, headers=bearer(key)
        )
        return response.status_code

    async def test_the_institution_of_a_level_in_force_reads_its_clients_coverage_until_it_is_revoked(
        self,
        contractor: Api,
        assessment_app: FastAPI,
        enrollment_consumer: AssessmentConsumer,
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        session: AsyncSession,
    ) -> None:
        for _ in range(3):
            await contractor.expert()
        person_id, received = await contractor.apply(care_institution_id=CARE_HOME)
        assert received.status_code == 201, received.text
        app_id = received.json()["id"]
        await put_in_force(contractor, assessment_app, app_id, severe_items())
        care_home = await make_api_key("institution", institution_id=CARE_HOME)
        elsewhere = await make_api_key("institution", institution_id="INST-FEED-0002")
        assert await self.coverage_status(gateway, person_id, care_home) == 404, "not its client yet"

        assert await drain(enrollment_consumer) == 2  # application.received skipped, in_force applied
        assert await self.coverage_status(gateway, person_id, care_home) == 200
        assert await self.coverage_status(gateway, person_id, elsewhere) == 404

        revoked = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/conclusion:revoke",
            {"reason": "DECEASED", "effective_on": "2026-05-11", "note": "死亡证明"},
        )
        assert revoked.status_code == 200, revoked.text
        assert await drain(enrollment_consumer) == 1
        assert await self.coverage_status(gateway, person_id, care_home) == 404, "no longer its client"
        assert await open_dead_letters(session, feed_dead_letters) == []
