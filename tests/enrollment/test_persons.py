"""Insured persons: one per ID number, facts taken from the number, county of their own, scoped reads."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.enrollment.conftest import Enrollment
from tests.support import id_check_character, unique_id_number


class TestEnrolment:
    async def test_sex_and_birth_date_come_from_the_id_number(self, enrollment: Enrollment) -> None:
        first17 = "33030219450315001"
        person = await enrollment.enrol(id_number=first17 + id_check_character(first17))
        assert person["birth_date"] == "1945-03-15"
        assert person["sex"] == "male"
        assert person["status"] == "insured"
        assert person["status_history"][0]["effective_on"] == "2022-01-01"

    async def test_a_lower_case_x_is_stored_upper_case(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(id_number="11010519491231002x", county_code="330381")
        assert person["id_number"] == "11010519491231002X"
        assert person["sex"] == "female"

    async def test_the_county_is_the_given_one_not_the_ids_address(self, enrollment: Enrollment) -> None:
        old_code = unique_id_number(address="330321")  # 瓯海县 of old: no such accounting unit today
        person = await enrollment.enrol(id_number=old_code, county_code="330381")
        assert person["county_code"] == "330381"

    async def test_a_second_enrolment_of_the_same_number_names_the_first(
        self, enrollment: Enrollment
    ) -> None:
        number = unique_id_number()
        first = await enrollment.enrol(id_number=number)
        again = await enrollment.gateway.post(
            "/api/v1/persons",
            json={
                "id_number": number,
                "name": "李四",
                "category": "flexible",
                "county_code": "330302",
                "enrolled_on": "2022-02-01",
            },
            headers=enrollment.headers,
        )
        assert again.status_code == 409
        assert again.json()["code"] == "PERSON_EXISTS"
        assert again.json()["existing_id"] == first["id"]

    @pytest.mark.parametrize(
        ("number", "code"),
        [
            ("330302194503150014", "ID_NUMBER_CHECKSUM"),
            ("33030219450231001", "ID_NUMBER_LENGTH"),
            ("3303021945023100A1", "ID_NUMBER_FORMAT"),
        ],
    )
    async def test_a_bad_id_number_is_a_422_naming_the_rule(
        self, enrollment: Enrollment, number: str, code: str
    ) -> None:
        body = await enrollment.enrol(id_number=number, expect=422)
        assert body["errors"][0]["field"] == "body.id_number"
        assert body["errors"][0]["code"] == code

    async def test_an_impossible_birth_date_is_refused(self, enrollment: Enrollment) -> None:
        first17 = "33030219450230001"
        body = await enrollment.enrol(id_number=first17 + id_check_character(first17), expect=422)
        assert body["errors"][0]["code"] == "ID_NUMBER_BIRTH_DATE"

    async def test_an_employee_needs_a_registered_employer(self, enrollment: Enrollment) -> None:
        missing = await enrollment.enrol(category="employee", expect=422)
        assert missing["code"] == "EMPLOYER_REQUIRED"
        from tests.support import credit_code

        unknown = await enrollment.enrol(category="employee", employer_credit_code=credit_code(), expect=422)
        assert unknown["code"] == "EMPLOYER_UNKNOWN"
        employer = await enrollment.employer()
        person = await enrollment.enrol(category="employee", employer_credit_code=employer["credit_code"])
        assert person["employer_credit_code"] == employer["credit_code"]

    async def test_a_county_outside_the_contractors_scope_is_refused(self, enrollment: Enrollment) -> None:
        body = await enrollment.enrol(county_code="330303", expect=403)
        assert body["code"] == "COUNTY_OUT_OF_SCOPE"

    async def test_an_enrolment_date_in_the_future_is_refused(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        key = await make_api_key("contractor", county_codes=["330302"])
        response = await gateway.post(
            "/api/v1/persons",
            json={
                "id_number": unique_id_number(),
                "name": "王五",
                "category": "retiree",
                "county_code": "330302",
                "enrolled_on": "2099-01-01",
            },
            headers=bearer(key),
        )
        assert response.status_code == 422
        assert response.json()["code"] == "DATE_IN_FUTURE"

    async def test_bureau_and_institutions_do_not_enrol(self, enrollment: Enrollment) -> None:
        for role in ("bureau", "institution", "admin"):
            response = await enrollment.gateway.post(
                "/api/v1/persons",
                json={
                    "id_number": unique_id_number(),
                    "name": "x",
                    "category": "retiree",
                    "county_code": "330302",
                    "enrolled_on": "2022-01-01",
                },
                headers=bearer(enrollment.keys[role]),
            )
            assert response.status_code == 403

    async def test_an_idempotent_retry_does_not_enrol_twice(self, enrollment: Enrollment) -> None:
        body = {
            "id_number": unique_id_number(),
            "name": "赵六",
            "category": "flexible",
            "county_code": "330302",
            "enrolled_on": "2022-03-01",
        }
        headers = {**enrollment.headers, "Idempotency-Key": "enrol-1"}
        first = await enrollment.gateway.post("/api/v1/persons", json=body, headers=headers)
        second = await enrollment.gateway.post("/api/v1/persons", json=body, headers=headers)
        assert first.status_code == second.status_code == 201
        assert second.headers["idempotent-replayed"] == "true"
        assert second.json()["id"] == first.json()["id"]


class TestReadingPersons:
    async def test_lists_mask_the_id_number_and_details_show_it_to_the_contractor(
        self, enrollment: Enrollment
    ) -> None:
        number = unique_id_number()
        person = await enrollment.enrol(id_number=number)
        listed = await enrollment.gateway.get(
            "/api/v1/persons", params={"county_code": "330302", "limit": 500}, headers=enrollment.headers
        )
        mine = [p for p in listed.json()["items"] if p["id"] == person["id"]]
        assert mine[0]["id_number"] == number[:4] + "*" * 10 + number[-4:]
        detail = await enrollment.gateway.get(f"/api/v1/persons/{person['id']}", headers=enrollment.headers)
        assert detail.json()["id_number"] == number

    async def test_a_contractor_sees_nothing_of_other_counties(
        self, enrollment: Enrollment, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        person = await enrollment.enrol(county_code="330381")
        other = bearer(await make_api_key("contractor", county_codes=["330302"]))
        assert (await gateway.get(f"/api/v1/persons/{person['id']}", headers=other)).status_code == 404
        assert (
            await gateway.get(f"/api/v1/persons/{person['id']}/coverage", headers=other)
        ).status_code == 404
        listed = await gateway.get("/api/v1/persons", params={"limit": 500}, headers=other)
        assert person["id"] not in {p["id"] for p in listed.json()["items"]}
        lookup = await gateway.get(
            "/api/v1/persons:lookup", params={"id_number": person["id_number"]}, headers=other
        )
        assert lookup.status_code == 404

    async def test_lookup_by_id_number(self, enrollment: Enrollment) -> None:
        number = unique_id_number()
        person = await enrollment.enrol(id_number=number)
        found = await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": number.lower()}, headers=enrollment.headers
        )
        assert found.json()["id"] == person["id"]

    async def test_the_bureau_reads_every_county(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(county_code="330381")
        detail = await enrollment.gateway.get(
            f"/api/v1/persons/{person['id']}", headers=bearer(enrollment.keys["bureau"])
        )
        assert detail.status_code == 200

    async def test_pages_by_cursor(self, enrollment: Enrollment) -> None:
        made = {(await enrollment.enrol(county_code="330381"))["id"] for _ in range(5)}
        seen: list[str] = []
        cursor = None
        while True:
            params: dict[str, str | int] = {"county_code": "330381", "limit": 2}
            if cursor:
                params["cursor"] = cursor
            page = (
                await enrollment.gateway.get("/api/v1/persons", params=params, headers=enrollment.headers)
            ).json()
            seen.extend(p["id"] for p in page["items"])
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert made <= set(seen)
        assert len(seen) == len(set(seen))

    async def test_id_numbers_never_reach_the_logs_whole(
        self, enrollment: Enrollment, capsys: pytest.CaptureFixture[str]
    ) -> None:
        number = unique_id_number()
        await enrollment.enrol(id_number=number)
        await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": number}, headers=enrollment.headers
        )
        logged = capsys.readouterr()
        assert number not in logged.out + logged.err


async def test_a_nul_character_is_a_422_not_a_500(enrollment: Enrollment) -> None:
    body = await enrollment.enrol(name="张\u0000三", expect=422)
    assert body["code"] == "INVALID_VALUE"
    listed = await enrollment.gateway.get(
        "/api/v1/persons", params={"county_code": "330302\u0000"}, headers=enrollment.headers
    )
    assert listed.status_code == 422


async def test_a_date_outside_the_schemes_lifetime_is_a_422(enrollment: Enrollment) -> None:
    body = await enrollment.enrol(enrolled_on="0001-01-01", expect=422)
    assert body["errors"][0]["field"] == "body.enrolled_on"
