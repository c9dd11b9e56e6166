"""Status over time and coverage on a date: insured, suspended, terminated, deceased (final)."""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts.assessment import ConclusionInForce, ConclusionRevoked
from services.assessment.models import outbox as assessment_outbox
from services.assessment.models import outbox_events as assessment_events
from services.enrollment.feeds import AssessmentConsumer
from services.enrollment.models import consumer_cursors
from tests.conftest import ClientFactory, bearer, signed_service_client
from tests.enrollment.conftest import Enrollment


class TestStatusHistory:
    async def test_changes_append_with_their_dates(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(enrolled_on="2022-01-01")
        await enrollment.status(person["id"], "suspended", "2022-03-01")
        after = await enrollment.status(person["id"], "insured", "2022-05-01")
        assert [(h["status"], h["effective_on"]) for h in after["status_history"]] == [
            ("insured", "2022-01-01"),
            ("suspended", "2022-03-01"),
            ("insured", "2022-05-01"),
        ]
        assert (after["status"], after["status_on"]) == ("insured", "2022-05-01")

    async def test_a_change_dated_before_the_last_one_is_refused(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(enrolled_on="2022-01-01")
        await enrollment.status(person["id"], "suspended", "2022-03-01")
        refused = await enrollment.status(person["id"], "terminated", "2022-02-01", expect=409)
        assert refused["code"] == "STATUS_DATE_BEFORE_LAST"
        assert refused["last_effective_on"] == "2022-03-01"

    async def test_deceased_is_final(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        await enrollment.status(person["id"], "deceased", "2022-06-01")
        again = await enrollment.status(person["id"], "insured", "2022-07-01", expect=409)
        assert again["code"] == "PERSON_DECEASED"

    async def test_the_same_status_again_is_refused(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        same = await enrollment.status(person["id"], "insured", "2022-02-01", expect=409)
        assert same["code"] == "STATUS_UNCHANGED"

    async def test_only_persons_in_scope_can_be_changed(
        self, enrollment: Enrollment, make_api_key: object
    ) -> None:
        person = await enrollment.enrol(county_code="330381")
        other = await make_api_key("contractor", county_codes=["330302"])  # type: ignore[operator]
        response = await enrollment.gateway.post(
            f"/api/v1/persons/{person['id']}/status-changes",
            json={"status": "suspended", "effective_on": "2022-03-01", "reason": "x"},
            headers=bearer(other),
        )
        assert response.status_code == 404


class TestCoverage:
    async def test_why_not_covered_on_each_date(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(enrolled_on="2022-02-01")
        await enrollment.status(person["id"], "suspended", "2022-03-01")
        await enrollment.status(person["id"], "insured", "2022-04-01")
        await enrollment.status(person["id"], "terminated", "2022-05-01")
        answers = {
            on: (await enrollment.coverage(person["id"], on))
            for on in ("2022-01-15", "2022-02-15", "2022-03-15", "2022-04-15", "2022-05-15")
        }
        assert [(a["covered"], a["reason"]) for a in answers.values()] == [
            (False, "NOT_ENROLLED"),
            (True, None),
            (False, "SUSPENDED"),
            (True, None),
            (False, "TERMINATED"),
        ]

    async def test_after_death_the_answer_is_deceased(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        await enrollment.status(person["id"], "deceased", "2022-06-10")
        answer = await enrollment.coverage(person["id"], "2022-06-10")
        assert (answer["covered"], answer["reason"]) == (False, "DECEASED")

    async def test_the_bureau_asks_too_and_an_institution_only_about_its_own_clients(
        self,
        enrollment: Enrollment,
        session: AsyncSession,
        sessionmaker: async_sessionmaker[AsyncSession],
        service_apps: dict[str, FastAPI],
        make_api_key: ClientFactory,
    ) -> None:
        person = await enrollment.enrol()
        assert (await enrollment.coverage(person["id"], "2022-03-01", key=enrollment.keys["bureau"]))[
            "covered"
        ]
        ours, theirs = (
            enrollment.keys["institution"],
            await make_api_key("institution", institution_id="INST-2"),
        )

        async def asked_by(key: str) -> int:
            url = f"/api/v1/persons/{person['id']}/coverage"
            return (
                await enrollment.gateway.get(url, params={"on": "2022-03-01"}, headers=bearer(key))
            ).status_code

        assert await asked_by(ours) == 404  # not (yet) a client of it
        feed = signed_service_client(service_apps["assessment"], "enrollment")
        consumer = AssessmentConsumer(feed, sessionmaker)
        await session.execute(
            consumer_cursors.insert().values(
                consumer=consumer.name,
                source=consumer.source,
                position=select(func.coalesce(func.max(assessment_events.c.seq), 0)).scalar_subquery(),
            )
        )
        conclusion = uuid.uuid4()
        in_force = {
            "conclusion_id": str(conclusion), "application_id": str(uuid.uuid4()), "person_id": person["id"],
            "county_code": "330302", "level": 3, "valid_from": "2022-01-01", "valid_to": "2023-12-31",
            "rule_set_version": "NHSA-2021-37", "care_institution_id": "INST-TEST-0001",
        }  # fmt: skip
        assessment_outbox.publish(session, ConclusionInForce(**in_force), aggregate_id=str(conclusion))
        await session.commit()
        assert await consumer.poll_once() == 1
        assert (await asked_by(ours), await asked_by(theirs)) == (200, 404)
        revoked = ConclusionRevoked(conclusion_id=conclusion, person_id=person["id"], county_code="330302",
                                    effective_on="2022-09-01", reason="DECEASED")  # fmt: skip
        assessment_outbox.publish(session, revoked, aggregate_id=str(conclusion))
        await session.commit()
        assert await consumer.poll_once() == 1
        assert await asked_by(ours) == 404
        # nothing else is open to an institution
        detail = await enrollment.gateway.get(f"/api/v1/persons/{person['id']}", headers=bearer(ours))
        assert detail.status_code == 403

    async def test_an_unknown_person_is_404(self, enrollment: Enrollment) -> None:
        response = await enrollment.gateway.get(
            "/api/v1/persons/00000000-0000-0000-0000-000000000000/coverage", headers=enrollment.headers
        )
        assert response.status_code == 404
        assert response.json()["code"] == "PERSON_NOT_FOUND"
