"""Employers by unified social credit code, in the contractor's counties."""

from __future__ import annotations

from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.support import credit_code


class TestEmployers:
    async def test_register_and_read_back(self, enrollment: Enrollment) -> None:
        code = credit_code()
        created = await enrollment.employer(credit_code=code.lower())
        assert created["credit_code"] == code
        read = await enrollment.gateway.get(f"/api/v1/employers/{code}", headers=enrollment.headers)
        assert read.json()["name"] == "温州某某有限公司"

    async def test_a_wrong_check_character_is_a_422(self, enrollment: Enrollment) -> None:
        code = credit_code()
        bad = code[:-1] + ("0" if code[-1] != "0" else "1")
        response = await enrollment.gateway.post(
            "/api/v1/employers",
            json={"credit_code": bad, "name": "x", "county_code": "330302"},
            headers=enrollment.headers,
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["code"] == "CREDIT_CODE_CHECKSUM"

    async def test_a_second_registration_is_409(self, enrollment: Enrollment) -> None:
        employer = await enrollment.employer()
        again = await enrollment.gateway.post(
            "/api/v1/employers",
            json={"credit_code": employer["credit_code"], "name": "y", "county_code": "330302"},
            headers=enrollment.headers,
        )
        assert again.status_code == 409
        assert again.json()["code"] == "EMPLOYER_EXISTS"

    async def test_other_counties_employers_are_not_found(
        self, enrollment: Enrollment, make_api_key: object
    ) -> None:
        employer = await enrollment.employer(county_code="330381")
        other = await make_api_key("contractor", county_codes=["330302"])  # type: ignore[operator]
        response = await enrollment.gateway.get(
            f"/api/v1/employers/{employer['credit_code']}", headers=bearer(other)
        )
        assert response.status_code == 404
        listed = await enrollment.gateway.get(
            "/api/v1/employers", params={"limit": 500}, headers=bearer(other)
        )
        assert employer["credit_code"] not in {e["credit_code"] for e in listed.json()["items"]}
