"""A file's row error says what was wrong, in the words the single call uses for the same fault (one source
for both: ``shared.identifiers``, ``shared.principal``, the enrolment's messages), and an import's
``PERSON_EXISTS`` names the person enrolled already."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.support import credit_code, id_check_character, unique_id_number

MINE, OTHERS, UNKNOWN = "330302", "330381", "330399"
PERSONS_HEADER = "id_number,name,category,county_code,employer_credit_code,enrolled_on"
EXPERTS_HEADER = "code,name,profession,institution_id,county_codes,qualification_expires_on"


def wrong_check_character(number: str) -> str:
    return number[:17] + next(c for c in "0123456789X" if c != id_check_character(number[:17]))


@pytest.fixture
async def contractor(make_api_key: ClientFactory) -> dict[str, str]:
    return bearer(await make_api_key("contractor", county_codes=[MINE]))


async def person_rows(gateway: httpx.AsyncClient, headers: dict[str, str], *rows: str) -> dict[int, Any]:
    body = "\n".join((PERSONS_HEADER, *rows)) + "\n"
    job = await gateway.post(
        "/api/v1/enrollment-imports", content=body.encode(), headers={**headers, "Content-Type": "text/csv"}
    )
    assert job.status_code == 201, job.text
    errors = await gateway.get(
        f"/api/v1/enrollment-imports/{job.json()['id']}/errors", params={"limit": 500}, headers=headers
    )
    return {e["row_number"]: e for e in errors.json()["items"]}


async def enrol(gateway: httpx.AsyncClient, headers: dict[str, str], **fields: str) -> httpx.Response:
    body = {"name": "王五", "category": "retiree", "county_code": MINE, "enrolled_on": "2023-01-02", **fields}
    return await gateway.post("/api/v1/persons", json=body, headers=headers)


class TestPersonImportRows:
    async def test_id_number_faults_are_worded_as_a_single_enrolment_words_them(
        self, gateway: httpx.AsyncClient, contractor: dict[str, str]
    ) -> None:
        numbers = {
            "checksum": wrong_check_character(unique_id_number()),
            "length": unique_id_number()[:17],
            "birth date": "330302" + "19451331" + "001",
        }
        numbers["birth date"] += id_check_character(numbers["birth date"])
        rows = await person_rows(
            gateway, contractor, *(f"{n},甲,retiree,{MINE},,2023-01-02" for n in numbers.values())
        )
        for row, number in enumerate(numbers.values(), start=2):
            single = (await enrol(gateway, contractor, id_number=number)).json()
            [error] = single["errors"]
            assert (rows[row]["field"], rows[row]["code"], rows[row]["message"]) == (
                "id_number",
                error["code"],
                error["message"],
            )
        assert rows[2]["message"] == "the check character does not match the first 17 digits"
        assert rows[3]["message"] == "an ID number has 18 characters, this one has 17"
        assert rows[4]["message"] == "19451331 is not a possible birth date"

    async def test_county_and_employer_faults_are_worded_as_a_single_enrolment_words_them(
        self, gateway: httpx.AsyncClient, contractor: dict[str, str]
    ) -> None:
        cases = {
            UNKNOWN: ("county_code", "COUNTY_UNKNOWN"),
            OTHERS: ("county_code", "COUNTY_OUT_OF_SCOPE"),
        }
        numbers = [unique_id_number() for _ in range(3)]
        nobody = credit_code()  # a valid credit code no employer registered
        rows = await person_rows(
            gateway,
            contractor,
            f"{numbers[0]},甲,retiree,{UNKNOWN},,2023-01-02",
            f"{numbers[1]},乙,retiree,{OTHERS},,2023-01-02",
            f"{numbers[2]},丙,retiree,{MINE},{nobody},2023-01-02",
        )
        for row, (county, (field, code)) in enumerate(cases.items(), start=2):
            single = (await enrol(gateway, contractor, id_number=numbers[row - 2], county_code=county)).json()
            assert (rows[row]["field"], rows[row]["code"]) == (field, code)
            assert single["code"] == code
            assert rows[row]["message"] == single["detail"]
        assert rows[2]["message"] == f"{UNKNOWN} is not an accounting unit"
        assert rows[3]["message"] == f"not one of this client's counties: {OTHERS}"
        single = (await enrol(gateway, contractor, id_number=numbers[2], employer_credit_code=nobody)).json()
        assert rows[4]["message"] == single["detail"] == f"employer {nobody} is not registered"

    async def test_person_exists_names_the_person_enrolled_already(
        self, gateway: httpx.AsyncClient, contractor: dict[str, str]
    ) -> None:
        number = unique_id_number()
        enrolled = await enrol(gateway, contractor, id_number=number)
        assert enrolled.status_code == 201, enrolled.text
        person_id = enrolled.json()["id"]
        rows = await person_rows(gateway, contractor, f"{number},另一个名字,retiree,{MINE},,2023-01-02")
        assert rows[2]["code"] == "PERSON_EXISTS"
        assert person_id in rows[2]["message"]
        again = (await enrol(gateway, contractor, id_number=number)).json()
        assert (again["code"], again["existing_id"]) == ("PERSON_EXISTS", person_id)
        assert (
            rows[2]["message"]
            == again["detail"]
            == f"this ID number is enrolled already, as person {person_id}"
        )


class TestExpertImportRows:
    async def test_a_line_is_refused_in_the_words_of_a_single_post(
        self, gateway: httpx.AsyncClient, contractor: dict[str, str]
    ) -> None:
        lines = [
            f"X-1,甲,plumber,H,{MINE},2030-12-31",
            f"X-2,乙,doctor,H,{MINE};{UNKNOWN},2030-12-31",
            f"X-3,丙,doctor,H,{MINE};{OTHERS},2030-12-31",
        ]
        body = "\n".join((EXPERTS_HEADER, *lines)).encode()
        answer = await gateway.post(
            "/api/v1/experts:import", content=body, headers={**contractor, "Content-Type": "text/csv"}
        )
        assert answer.status_code == 200, answer.text
        rows = {e["line"]: e for e in answer.json()["errors"]}

        async def single(profession: str, counties: list[str]) -> dict[str, Any]:
            expert = {"code": "S-1", "name": "丁", "profession": profession, "institution_id": "H",
                      "county_codes": counties, "qualification_expires_on": "2030-12-31"}  # fmt: skip
            return dict((await gateway.post("/api/v1/experts", json=expert, headers=contractor)).json())

        plumber = await single("plumber", [MINE])
        [error] = plumber["errors"]
        assert (rows[2]["field"], rows[2]["code"], rows[2]["message"]) == (
            error["field"].removeprefix("body."),
            error["code"],
            error["message"],
        )
        unknown = await single("doctor", [MINE, UNKNOWN])
        assert (rows[3]["code"], rows[3]["message"]) == (unknown["code"], unknown["detail"])
        outside = await single("doctor", [MINE, OTHERS])
        assert (rows[4]["code"], rows[4]["message"]) == (outside["code"], outside["detail"])
        assert rows[4]["message"] == f"not one of this client's counties: {OTHERS}"
