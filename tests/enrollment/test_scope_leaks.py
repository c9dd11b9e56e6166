"""What a contractor learns of a person enrolled in another county: that the ID number is taken (it cannot
enrol it again; a move is the bureau's transfer), never whose, where or which person."""

from __future__ import annotations

from tests.conftest import ClientFactory, bearer
from tests.enrollment.conftest import Enrollment
from tests.support import unique_id_number


class TestEnrollingANumberOfAnotherCounty:
    async def test_says_taken_elsewhere_and_names_nothing(
        self, enrollment: Enrollment, make_api_key: ClientFactory
    ) -> None:
        number = unique_id_number()
        theirs = await enrollment.enrol(id_number=number, name="甲乙")
        taishun = bearer(await make_api_key("contractor", county_codes=["330329"]))
        body = {
            "id_number": number,
            "name": "丙丁",
            "category": "retiree",
            "county_code": "330329",
            "enrolled_on": "2022-07-01",
        }
        r = await enrollment.gateway.post("/api/v1/persons", json=body, headers=taishun)
        assert r.status_code == 409
        assert r.json()["code"] == "PERSON_EXISTS_ELSEWHERE"
        for secret in (theirs["id"], "330302", "甲乙"):
            assert secret not in r.text
        lookup = await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": number}, headers=taishun
        )
        assert (lookup.status_code, lookup.json()["code"]) == (404, "PERSON_NOT_FOUND")

    async def test_in_its_own_counties_it_is_told_which_person(self, enrollment: Enrollment) -> None:
        number = unique_id_number()
        first = await enrollment.enrol(id_number=number)
        again = await enrollment.enrol(id_number=number, expect=409)
        assert (again["code"], again["existing_id"]) == ("PERSON_EXISTS", first["id"])
