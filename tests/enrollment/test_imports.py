"""Bulk import of persons: streamed into COPY staging, checked in SQL, merged at once; bad rows are reported
by line and field, good rows are kept, and the same file twice changes nothing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import Person
from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.support import id_check_character, unique_id_number

HEADER = "id_number,name,category,county_code,employer_credit_code,enrolled_on"


async def upload(
    gateway: httpx.AsyncClient, key: str, body: str, content_type: str = "text/csv"
) -> httpx.Response:
    return await gateway.post(
        "/api/v1/enrollment-imports",
        content=body.encode(),
        headers={**bearer(key), "Content-Type": content_type},
    )


async def errors_of(gateway: httpx.AsyncClient, key: str, job_id: str) -> list[dict[str, object]]:
    response = await gateway.get(
        f"/api/v1/enrollment-imports/{job_id}/errors", params={"limit": 500}, headers=bearer(key)
    )
    assert response.status_code == 200
    return list(response.json()["items"])


class TestPersonImport:
    async def test_good_rows_are_kept_and_bad_rows_reported_by_line_and_field(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        employer = await enrollment.employer()
        good = [unique_id_number() for _ in range(3)]
        valid = unique_id_number()
        bad_check = valid[:-1] + ("0" if valid[-1] != "0" else "1")  # never the right check character
        first17 = "33030219450230001"
        lines = [
            HEADER,
            f"{good[0]},张三,retiree,330302,,2022-01-01",  # line 2 ok
            f"{good[1].lower()},李四,employee,330381,{employer['credit_code']},2022-07-01",  # 3 ok
            f'{good[2]},"王,五",flexible,330302,,2022-03-01',  # 4 ok, quoted comma
            f"{bad_check},赵六,retiree,330302,,2022-01-01",  # 5 checksum
            f"{first17}{id_check_character(first17)},钱七,retiree,330302,,2022-01-01",  # 6 birth date
            f"{unique_id_number()},孙八,worker,330399,,2022-13-01",  # 7 category, county, date
            f"{unique_id_number()},周九,employee,330302,,2022-01-01",  # 8 employer required
            f"{unique_id_number()},吴十,retiree,330303,,2022-01-01",  # 9 county out of scope
            f"{good[0]},张三,retiree,330302,,2022-01-01",  # 10 duplicate in file
            "only,three,fields",  # 11 column count
            "",  # blank line: skipped
        ]
        response = await upload(enrollment.gateway, enrollment.keys["contractor"], "\n".join(lines) + "\n")
        assert response.status_code == 201, response.text
        job = response.json()
        assert job["status"] == "completed"
        assert job["rows_total"] == 10
        assert job["rows_created"] == 3
        assert job["rows_failed"] == 7
        errors = {(e["row_number"], e["field"]): e["code"] for e in await errors_of(
            enrollment.gateway, enrollment.keys["contractor"], job["id"]
        )}  # fmt: skip
        assert errors[(6, "id_number")] == "ID_NUMBER_BIRTH_DATE"
        assert errors[(7, "category")] == "NOT_ALLOWED"
        assert errors[(7, "county_code")] == "COUNTY_UNKNOWN"
        assert errors[(7, "enrolled_on")] == "DATE_FORMAT"
        assert errors[(8, "employer_credit_code")] == "EMPLOYER_REQUIRED"
        assert errors[(9, "county_code")] == "COUNTY_OUT_OF_SCOPE"
        assert errors[(10, "id_number")] == "DUPLICATE_IN_FILE"
        assert errors[(11, "line")] == "COLUMN_COUNT"
        stored = (await session.scalars(select(Person).where(Person.id_number.in_(good)))).all()
        assert {p.name for p in stored} == {"张三", "李四", "王,五"}
        assert {p.id_number for p in stored} == set(good)

    async def test_the_same_file_twice_changes_nothing(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        body = "\n".join(
            [HEADER, *(f"{unique_id_number()},某人,retiree,330302,,2022-01-01" for _ in range(5))]
        )
        first = (await upload(enrollment.gateway, enrollment.keys["contractor"], body)).json()
        before = await session.scalar(select(func.count()).select_from(Person))
        second = (await upload(enrollment.gateway, enrollment.keys["contractor"], body)).json()
        after = await session.scalar(select(func.count()).select_from(Person))
        assert first["rows_created"] == 5
        assert second["rows_created"] == 0
        assert second["rows_unchanged"] == 5
        assert second["rows_failed"] == 0
        assert before == after
        assert first["content_sha256"] == second["content_sha256"]

    async def test_a_changed_row_for_a_known_person_is_refused_not_applied(
        self, enrollment: Enrollment
    ) -> None:
        person = await enrollment.enrol()
        body = f"{HEADER}\n{person['id_number']},改名,retiree,330302,,2022-01-01\n"
        job = (await upload(enrollment.gateway, enrollment.keys["contractor"], body)).json()
        assert job["rows_failed"] == 1
        [error] = await errors_of(enrollment.gateway, enrollment.keys["contractor"], job["id"])
        assert error["code"] == "PERSON_EXISTS"

    async def test_json_lines_with_a_malformed_line(self, enrollment: Enrollment) -> None:
        rows = [
            json.dumps({"id_number": unique_id_number(), "name": "甲", "category": "retiree",
                        "county_code": "330381", "enrolled_on": "2022-07-01"}, ensure_ascii=False),
            "{not json",
            json.dumps({"id_number": unique_id_number(), "name": "乙", "category": "flexible",
                        "county_code": "330381", "enrolled_on": "2022-07-01"}, ensure_ascii=False),
        ]  # fmt: skip
        response = await upload(
            enrollment.gateway, enrollment.keys["contractor"], "\n".join(rows), "application/x-ndjson"
        )
        job = response.json()
        assert job["format"] == "jsonl"
        assert job["rows_created"] == 2
        [error] = await errors_of(enrollment.gateway, enrollment.keys["contractor"], job["id"])
        assert (error["row_number"], error["code"]) == (2, "MALFORMED_LINE")

    async def test_imported_persons_are_enrolled_with_history_and_events(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        from services.enrollment.models import outbox_events

        number = unique_id_number()
        start = await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0)))
        await upload(
            enrollment.gateway,
            enrollment.keys["contractor"],
            f"{HEADER}\n{number},甲,retiree,330302,,2021-07-01",
        )
        person = (await session.scalars(select(Person).where(Person.id_number == number))).one()
        detail = await enrollment.gateway.get(f"/api/v1/persons/{person.id}", headers=enrollment.headers)
        [enrolment] = detail.json()["status_history"]
        assert (enrolment["status"], enrolment["effective_on"]) == ("insured", "2021-07-01")
        assert enrolment["reason"] == f"enrolment by import {person.enrolment_import_id}"
        events = (
            (await session.execute(select(outbox_events).where(outbox_events.c.seq > start))).mappings().all()
        )
        [event] = [e for e in events if e["event_type"] == "persons.enrolled"]
        assert (event["county_code"], event["aggregate_id"]) == ("330302", str(person.enrolment_import_id))
        assert event["payload"] == {
            "import_id": str(person.enrolment_import_id), "county_code": "330302",
            "person_ids": [str(person.id)], "categories": ["retiree"], "enrolled_on": ["2021-07-01"],
            "birth_dates": [person.birth_date.isoformat()], "sexes": [person.sex],
        }  # fmt: skip

    async def test_a_bulk_import_announces_its_persons_a_thousand_per_event_and_county(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        from services.enrollment.models import outbox_events

        start = await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0)))
        lines = [f"{unique_id_number()},乙,retiree,330302,,2021-07-01" for _ in range(1500)]
        lines += [f"{unique_id_number()},丙,flexible,330381,,2022-07-01" for _ in range(10)]
        job = (
            await upload(enrollment.gateway, enrollment.keys["contractor"], "\n".join([HEADER, *lines]))
        ).json()
        assert job["rows_created"] == 1510
        events = (
            (await session.execute(select(outbox_events).where(outbox_events.c.seq > start))).mappings().all()
        )
        sizes = [(e["county_code"], len(e["payload"]["person_ids"])) for e in events]
        assert sorted(sizes) == [("330302", 500), ("330302", 1000), ("330381", 10)]

    async def test_a_person_enrolled_by_someone_else_during_the_import_fails_it_whole_with_a_409(
        self, enrollment: Enrollment, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from services.enrollment.imports import persons as person_import

        first, second = unique_id_number(), unique_id_number()
        checked = person_import.record_row_errors  # type: ignore[attr-defined]

        async def meanwhile_enrolled(import_session: AsyncSession, *args: Any) -> None:
            await checked(import_session, *args)  # the checks have run: now someone enrols `second`
            await import_session.execute(
                text(
                    "INSERT INTO enrollment.persons (id_number, name, sex, birth_date, category, "
                    "county_code, enrolled_on, status_on, enrolled_by) VALUES (:n, '乙', 'male', "
                    "'1950-06-01', 'retiree', '330302', '2022-01-01', '2022-01-01', 'someone else')"
                ),
                {"n": second},
            )

        monkeypatch.setattr(person_import, "record_row_errors", meanwhile_enrolled)
        body = f"{HEADER}\n{first},甲,retiree,330302,,2022-01-01\n{second},乙,retiree,330302,,2022-01-01"
        response = await upload(enrollment.gateway, enrollment.keys["contractor"], body)
        assert response.status_code == 409
        assert response.json()["code"] == "IMPORT_CONCURRENT_ENROLMENT"
        assert await session.scalar(select(func.count()).where(Person.id_number.in_([first, second]))) == 0

    async def test_a_missing_column_or_media_type_is_refused_before_anything_is_stored(
        self, enrollment: Enrollment
    ) -> None:
        no_name = await upload(enrollment.gateway, enrollment.keys["contractor"], "id_number,category\n1,2\n")
        assert no_name.status_code == 422
        assert no_name.json()["code"] == "IMPORT_HEADER_INVALID"
        wrong = await upload(enrollment.gateway, enrollment.keys["contractor"], "x", "application/pdf")
        assert wrong.status_code == 415

    async def test_the_error_report_downloads_as_csv(self, enrollment: Enrollment) -> None:
        job = (
            await upload(
                enrollment.gateway,
                enrollment.keys["contractor"],
                f"{HEADER}\nbad,甲,retiree,330302,,2022-01-01\n",
            )
        ).json()
        report = await enrollment.gateway.get(
            f"/api/v1/enrollment-imports/{job['id']}/errors",
            headers={**enrollment.headers, "Accept": "text/csv"},
        )
        assert report.headers["content-type"].startswith("text/csv")
        assert report.text.splitlines()[0] == "row_number,field,code,message"
        assert report.text.splitlines()[1].startswith("2,id_number,ID_NUMBER_LENGTH")

    async def test_another_contractors_job_is_not_found(
        self, enrollment: Enrollment, make_api_key: object
    ) -> None:
        job = (await upload(enrollment.gateway, enrollment.keys["contractor"], f"{HEADER}\n")).json()
        other = await make_api_key("contractor")  # type: ignore[operator]
        response = await enrollment.gateway.get(
            f"/api/v1/enrollment-imports/{job['id']}", headers=bearer(other)
        )
        assert response.status_code == 404
