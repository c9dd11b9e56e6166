"""Status over time and coverage on a date: insured, suspended, terminated, deceased (final)."""

from __future__ import annotations

from tests.conftest import bearer
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

    async def test_the_bureau_asks_too_and_institutions_may_not(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        assert (await enrollment.coverage(person["id"], "2022-03-01", key=enrollment.keys["bureau"]))[
            "covered"
        ]
        denied = await enrollment.gateway.get(
            f"/api/v1/persons/{person['id']}/coverage", headers=bearer(enrollment.keys["institution"])
        )
        assert denied.status_code == 403

    async def test_an_unknown_person_is_404(self, enrollment: Enrollment) -> None:
        response = await enrollment.gateway.get(
            "/api/v1/persons/00000000-0000-0000-0000-000000000000/coverage", headers=enrollment.headers
        )
        assert response.status_code == 404
        assert response.json()["code"] == "PERSON_NOT_FOUND"
