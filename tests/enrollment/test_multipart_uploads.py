"""Person and payment files sent as a form, the way an integrator first tries (``curl -F file=@persons.csv``),
go in exactly as the same file sent as the body: through the gateway, streamed, with the character set
declared on the file part or in a form field."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.support import unique_id_number

PERSONS = "id_number,name,category,county_code,employer_credit_code,enrolled_on\n"
PAYMENTS = "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number\n"


def persons_file(*names: str) -> tuple[list[str], str]:
    numbers = [unique_id_number() for _ in names]
    return numbers, PERSONS + "".join(
        f"{n},{m},retiree,330302,,2023-01-01\n" for n, m in zip(numbers, names, strict=True)
    )


async def send_form(
    enrollment: Enrollment,
    path: str,
    file: tuple[str, bytes, str],
    data: dict[str, Any] | None = None,
    params: dict[str, str] | None = None,
) -> httpx.Response:
    """``curl -F [field=value …] -F file=@name;type=…`` as httpx sends it: the fields, then the file."""
    return await enrollment.gateway.post(
        path, files={"file": file}, data=data, params=params, headers=enrollment.headers
    )


async def name_of(enrollment: Enrollment, number: str) -> str | None:
    r = await enrollment.gateway.get(
        "/api/v1/persons:lookup", params={"id_number": number}, headers=enrollment.headers
    )
    return str(r.json()["name"]) if r.status_code == 200 else None


class TestPersonsAsAForm:
    async def test_curls_first_try_an_octet_stream_part_named_csv_enrols_everyone(
        self, enrollment: Enrollment
    ) -> None:
        numbers, text = persons_file("张三", "李四")
        r = await send_form(
            enrollment,
            "/api/v1/enrollment-imports",
            ("persons.csv", text.encode(), "application/octet-stream"),
        )
        assert r.status_code == 201, r.text
        job = r.json()
        assert (job["format"], job["rows_created"], job["rows_failed"]) == ("csv", 2, 0)
        assert [await name_of(enrollment, n) for n in numbers] == ["张三", "李四"]

    async def test_the_same_file_as_a_form_and_as_the_body_is_one_import(
        self, enrollment: Enrollment
    ) -> None:
        _, text = persons_file("王五")
        as_form = await send_form(
            enrollment, "/api/v1/enrollment-imports", ("p.csv", text.encode(), "text/csv")
        )
        assert as_form.status_code == 201, as_form.text
        as_body = await enrollment.gateway.post(
            "/api/v1/enrollment-imports",
            content=text.encode(),
            headers={**enrollment.headers, "Content-Type": "text/csv"},
        )
        assert as_body.status_code == 201, as_body.text
        assert (as_body.json()["rows_created"], as_body.json()["rows_unchanged"]) == (0, 1)
        assert as_form.json()["bytes_received"] == as_body.json()["bytes_received"] == len(text.encode())

    async def test_json_lines_are_told_by_the_parts_type_or_the_files_name(
        self, enrollment: Enrollment
    ) -> None:
        number = unique_id_number()
        line = (
            f'{{"id_number": "{number}", "name": "赵六", "category": "retiree", "county_code": "330302", '
            '"enrolled_on": "2023-01-01"}\n'
        ).encode()
        by_name = await send_form(
            enrollment, "/api/v1/enrollment-imports", ("persons.jsonl", line, "application/octet-stream")
        )
        assert by_name.status_code == 201, by_name.text
        assert (by_name.json()["format"], by_name.json()["rows_created"]) == ("jsonl", 1)
        by_type = await send_form(
            enrollment, "/api/v1/enrollment-imports", ("export", line, "application/x-ndjson")
        )
        assert (by_type.json()["format"], by_type.json()["rows_unchanged"]) == ("jsonl", 1)

    async def test_a_part_whose_format_cannot_be_told_is_415_unless_format_is_said(
        self, enrollment: Enrollment
    ) -> None:
        _, text = persons_file("孙七")
        file = ("export.dat", text.encode(), "application/octet-stream")
        r = await send_form(enrollment, "/api/v1/enrollment-imports", file)
        assert (r.status_code, r.json()["code"]) == (415, "UNSUPPORTED_MEDIA_TYPE")
        as_field = await send_form(enrollment, "/api/v1/enrollment-imports", file, data={"format": "csv"})
        assert (as_field.status_code, as_field.json()["rows_created"]) == (201, 1), as_field.text
        as_query = await send_form(enrollment, "/api/v1/enrollment-imports", file, params={"format": "csv"})
        assert (as_query.status_code, as_query.json()["rows_unchanged"]) == (201, 1), as_query.text


class TestCharsetOfAForm:
    async def test_a_gbk_file_declared_by_a_form_field(self, enrollment: Enrollment) -> None:
        numbers, text = persons_file("欧阳娜娜")
        r = await send_form(
            enrollment,
            "/api/v1/enrollment-imports",
            ("persons.csv", text.encode("gbk"), "text/csv"),
            data={"charset": "gbk"},
        )
        assert r.status_code == 201, r.text
        assert await name_of(enrollment, numbers[0]) == "欧阳娜娜"

    async def test_a_gb18030_file_declared_on_the_file_part(self, enrollment: Enrollment) -> None:
        numbers, text = persons_file("钱八")
        r = await send_form(
            enrollment,
            "/api/v1/enrollment-imports",
            ("persons.csv", text.encode("gb18030"), "text/csv; charset=GB18030"),
        )
        assert r.status_code == 201, r.text
        assert await name_of(enrollment, numbers[0]) == "钱八"

    async def test_an_undeclared_gbk_file_in_a_form_is_a_422_naming_the_line(
        self, enrollment: Enrollment
    ) -> None:
        numbers, text = persons_file("周九")
        r = await send_form(
            enrollment, "/api/v1/enrollment-imports", ("persons.csv", text.encode("gbk"), "text/csv")
        )
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["line"]) == ("ENCODING_INVALID", 2)
        assert await name_of(enrollment, numbers[0]) is None

    async def test_a_field_and_a_part_that_disagree_are_refused(self, enrollment: Enrollment) -> None:
        _, text = persons_file("吴十")
        r = await send_form(
            enrollment,
            "/api/v1/enrollment-imports",
            ("persons.csv", text.encode(), "text/csv; charset=utf-8"),
            data={"charset": "gbk"},
        )
        assert (r.status_code, r.json()["code"]) == (422, "ENCODING_CONFLICT")
        assert r.json()["errors"][0]["field"] == "charset"


class TestMalformedForms:
    async def post_raw(self, enrollment: Enrollment, body: bytes) -> httpx.Response:
        return await enrollment.gateway.post(
            "/api/v1/enrollment-imports",
            content=body,
            headers={**enrollment.headers, "Content-Type": "multipart/form-data; boundary=XyZ"},
        )

    async def test_a_field_after_the_file_comes_too_late_and_nothing_is_kept(
        self, enrollment: Enrollment
    ) -> None:
        numbers, text = persons_file("郑一")
        body = (
            b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\n'
            b"Content-Type: text/csv\r\n\r\n" + text.encode() + b"\r\n"
            b'--XyZ\r\nContent-Disposition: form-data; name="charset"\r\n\r\nutf-8\r\n--XyZ--\r\n'
        )
        r = await self.post_raw(enrollment, body)
        assert (r.status_code, r.json()["code"]) == (422, "UPLOAD_FORM_INVALID"), r.text
        assert "before the file" in r.json()["detail"]
        assert await name_of(enrollment, numbers[0]) is None

    async def test_a_form_without_a_file_or_cut_short_is_a_422(self, enrollment: Enrollment) -> None:
        no_file = b'--XyZ\r\nContent-Disposition: form-data; name="charset"\r\n\r\nutf-8\r\n--XyZ--\r\n'
        r = await self.post_raw(enrollment, no_file)
        assert (r.status_code, r.json()["code"]) == (422, "UPLOAD_FORM_INVALID")
        assert r.json()["errors"][0]["field"] == "file"
        _, text = persons_file("王二")
        cut = (
            b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\n\r\n' + text.encode()
        )
        r = await self.post_raw(enrollment, cut)
        assert (r.status_code, r.json()["code"]) == (422, "UPLOAD_FORM_INVALID")

    async def test_an_unknown_form_field_is_named(self, enrollment: Enrollment) -> None:
        _, text = persons_file("冯三")
        r = await send_form(
            enrollment,
            "/api/v1/enrollment-imports",
            ("persons.csv", text.encode(), "text/csv"),
            data={"encoding": "gbk"},
        )
        assert (r.status_code, r.json()["code"]) == (422, "UPLOAD_FORM_INVALID")
        assert r.json()["errors"][0]["field"] == "encoding"


class TestPaymentsAsAForm:
    async def test_a_payment_file_as_a_form_pays(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(category="retiree", enrolled_on="2022-01-01")
        generated = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2022}, headers=enrollment.headers
        )
        assert generated.status_code == 200, generated.text
        text = (
            PAYMENTS
            + f",{person['id_number']},2022,individual,annual_self_payment,5000,2022-03-01,微信-表单1,\n"
        )
        r = await send_form(
            enrollment,
            "/api/v1/payment-imports",
            ("payments.csv", text.encode("gbk"), "application/octet-stream"),
            data={"charset": "gb18030"},
        )
        assert r.status_code == 201, r.text
        assert (r.json()["rows_created"], r.json()["rows_failed"]) == (1, 0)
        bills = await enrollment.gateway.get(
            "/api/v1/contribution-bills",
            params={"person_id": person["id"]},
            headers=bearer(enrollment.keys["bureau"]),
        )
        assert bills.json()["items"][0]["individual_paid_fen"] == 5000
