"""Person and payment files saved by Excel on Chinese Windows (GBK, declared as such) or as "CSV UTF-8" (with
a byte-order mark) are read as the contractor wrote them; an undeclared GBK file, or a line that is not text
in the declared set, is a 422 naming the line — never guessed, never a 500."""

from __future__ import annotations

import httpx

from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.support import unique_id_number

PERSONS = "id_number,name,category,county_code,employer_credit_code,enrolled_on\n"
PAYMENTS = "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number\n"


async def upload(enrollment: Enrollment, path: str, body: bytes, media: str = "text/csv") -> httpx.Response:
    return await enrollment.gateway.post(
        path, content=body, headers={**enrollment.headers, "Content-Type": media}
    )


async def name_of(enrollment: Enrollment, number: str) -> str:
    r = await enrollment.gateway.get(
        "/api/v1/persons:lookup", params={"id_number": number}, headers=enrollment.headers
    )
    assert r.status_code == 200, r.text
    return str(r.json()["name"])


class TestPersonFiles:
    async def test_a_gbk_file_enrols_everyone_with_their_names_as_written(
        self, enrollment: Enrollment
    ) -> None:
        numbers = [unique_id_number() for _ in range(3)]
        names = ["张三", "李四", "欧阳娜娜"]
        text = PERSONS + "".join(
            f"{n},{m},retiree,330302,,2022-01-01\n" for n, m in zip(numbers, names, strict=True)
        )
        r = await upload(
            enrollment, "/api/v1/enrollment-imports", text.encode("gbk"), "text/csv; charset=GBK"
        )
        assert r.status_code == 201, r.text
        assert (r.json()["rows_created"], r.json()["rows_failed"]) == (3, 0)
        assert [await name_of(enrollment, n) for n in numbers] == names

    async def test_an_undeclared_gbk_file_is_a_422_naming_its_first_gbk_line(
        self, enrollment: Enrollment
    ) -> None:
        number = unique_id_number()
        text = PERSONS + f"{unique_id_number()},Zhang San,retiree,330302,,2022-01-01\n"
        text += f"{number},张三,retiree,330302,,2022-01-01\n"
        r = await upload(enrollment, "/api/v1/enrollment-imports", text.encode("gbk"))
        assert r.status_code == 422, r.text
        problem = r.json()
        assert (problem["code"], problem["line"]) == ("ENCODING_INVALID", 3)
        assert "charset=gb18030" in problem["detail"]
        assert problem["errors"] == [
            {"field": "body", "code": "ENCODING_INVALID", "message": problem["detail"]}
        ]
        lookup = await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": number}, headers=enrollment.headers
        )
        assert lookup.status_code == 404

    async def test_a_character_set_other_than_utf8_and_gb18030_is_refused(
        self, enrollment: Enrollment
    ) -> None:
        r = await upload(enrollment, "/api/v1/enrollment-imports", PERSONS.encode(), "text/csv; charset=big5")
        assert (r.status_code, r.json()["code"]) == (422, "ENCODING_UNSUPPORTED")

    async def test_a_utf8_file_with_a_byte_order_mark_reads_its_first_line(
        self, enrollment: Enrollment
    ) -> None:
        number = unique_id_number()
        line = f'{{"id_number": "{number}", "name": "王五", "category": "retiree", "county_code": "330302", '
        line += '"enrolled_on": "2022-01-01"}\n'
        r = await upload(
            enrollment, "/api/v1/enrollment-imports", b"\xef\xbb\xbf" + line.encode(), "application/x-ndjson"
        )
        assert r.status_code == 201, r.text
        assert (r.json()["rows_created"], r.json()["rows_failed"]) == (1, 0)
        assert await name_of(enrollment, number) == "王五"

    async def test_a_line_that_is_not_the_declared_gb18030_is_named_and_nothing_is_enrolled(
        self, enrollment: Enrollment
    ) -> None:
        numbers = [unique_id_number() for _ in range(3)]
        body = (PERSONS + f"{numbers[0]},张三,retiree,330302,,2022-01-01\n").encode("gbk")
        body += f"{numbers[1]},李四,retiree,330302,,2022-01-01\n".encode("gbk")
        body += f"{numbers[2]},".encode() + b"\xff\xfe" + b",retiree,330302,,2022-01-01\n"
        r = await upload(enrollment, "/api/v1/enrollment-imports", body, "text/csv; charset=gb18030")
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["line"]) == ("ENCODING_INVALID", 4)
        lookup = await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": numbers[0]}, headers=enrollment.headers
        )
        assert lookup.status_code == 404

    async def test_a_gbk_line_in_a_utf8_file_is_named_and_nothing_is_enrolled(
        self, enrollment: Enrollment
    ) -> None:
        numbers = [unique_id_number() for _ in range(3)]
        body = (PERSONS + f"{numbers[0]},张三,retiree,330302,,2022-01-01\n").encode()
        body += f"{numbers[1]},李四,retiree,330302,,2022-01-01\n".encode()
        body += f"{numbers[2]},王五,retiree,330302,,2022-01-01\n".encode("gbk")
        r = await upload(enrollment, "/api/v1/enrollment-imports", body)
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["line"]) == ("ENCODING_INVALID", 4)
        lookup = await enrollment.gateway.get(
            "/api/v1/persons:lookup", params={"id_number": numbers[0]}, headers=enrollment.headers
        )
        assert lookup.status_code == 404

    async def test_a_utf16_file_is_refused_with_what_to_do(self, enrollment: Enrollment) -> None:
        r = await upload(enrollment, "/api/v1/enrollment-imports", PERSONS.encode("utf-16"))
        assert (r.status_code, r.json()["code"]) == (422, "ENCODING_UNSUPPORTED")


class TestPaymentFiles:
    async def test_a_gbk_file_pays_and_its_utf8_twin_changes_nothing(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(category="retiree")
        generated = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2022}, headers=enrollment.headers
        )
        assert generated.status_code == 200, generated.text
        text = (
            PAYMENTS
            + f",{person['id_number']},2022,individual,annual_self_payment,5000,2022-03-01,微信-甲1,\n"
        )
        first = await upload(
            enrollment, "/api/v1/payment-imports", text.encode("gbk"), "text/csv;charset=gbk"
        )
        assert first.status_code == 201, first.text
        assert (first.json()["rows_created"], first.json()["rows_failed"]) == (1, 0)
        twin = await upload(enrollment, "/api/v1/payment-imports", text.encode())
        assert twin.status_code == 201, twin.text
        assert (twin.json()["rows_created"], twin.json()["rows_unchanged"]) == (0, 1)
        bills = await enrollment.gateway.get(
            "/api/v1/contribution-bills",
            params={"person_id": person["id"]},
            headers=bearer(enrollment.keys["bureau"]),
        )
        assert bills.json()["items"][0]["individual_paid_fen"] == 5000
