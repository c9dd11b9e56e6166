"""The expert pool's CSV saved by Excel on Chinese Windows (GBK, declared) or as "CSV UTF-8" (with a
byte-order mark) is read as written; a line not in the declared set (UTF-8 unless said) is a 422 naming it."""

from __future__ import annotations

import httpx

from tests.assessment.conftest import Api

HEADER = (
    "code,name,profession,institution_id,county_codes,qualification_expires_on,training_expires_on,"
    "relative_person_ids,family_doctor_person_ids\n"
)


async def import_file(api: Api, body: bytes, media: str = "text/csv") -> httpx.Response:
    return await api.gateway.post(
        "/api/v1/experts:import", content=body, headers={**api.headers, "Content-Type": media}
    )


class TestExpertFiles:
    async def test_gbk_and_utf8_with_a_byte_order_mark_read_the_same(self, contractor: Api) -> None:
        text = HEADER + "ENC-1,王医生,doctor,温州医院,330302,2030-12-31,,,\n"
        undeclared = await import_file(contractor, text.encode("gbk"))
        assert (undeclared.status_code, undeclared.json()["code"]) == (422, "ENCODING_INVALID")
        assert undeclared.json()["line"] == 2
        gbk = await import_file(contractor, text.encode("gbk"), "text/csv; charset=gb18030")
        assert gbk.status_code == 200, gbk.text
        assert (gbk.json()["created"], gbk.json()["rejected"]) == (1, 0)
        listed = (await contractor.get("/api/v1/experts")).json()["items"]
        assert [(e["name"], e["institution_id"]) for e in listed if e["code"] == "ENC-1"] == [
            ("王医生", "温州医院")
        ]
        bom = await import_file(contractor, b"\xef\xbb\xbf" + text.encode())
        assert (bom.status_code, bom.json()["updated"], bom.json()["rejected"]) == (200, 1, 0)

    async def test_a_line_in_neither_encoding_is_named(self, contractor: Api) -> None:
        body = (HEADER + "ENC-2,王医生,doctor,H,330302,2030-12-31,,,\n").encode() + b"ENC-3,\xff\xfe,doctor\n"
        r = await import_file(contractor, body)
        assert (r.status_code, r.json()["code"], r.json()["line"]) == (422, "ENCODING_INVALID", 3)


class TestExpertFilesAsAForm:
    async def test_curls_first_try_and_a_gbk_form_import_the_pool(self, contractor: Api) -> None:
        text = HEADER + "FORM-1,张医生,doctor,温州医院,330302,2030-12-31,,,\n"
        r = await contractor.gateway.post(
            "/api/v1/experts:import",
            files={"file": ("experts.csv", text.encode(), "application/octet-stream")},
            headers=contractor.headers,
        )
        assert r.status_code == 200, r.text
        assert (r.json()["created"], r.json()["rejected"]) == (1, 0)
        gbk = await contractor.gateway.post(
            "/api/v1/experts:import",
            files={"file": ("experts.csv", text.replace("张医生", "章医生").encode("gbk"), "text/csv")},
            data={"charset": "gbk"},
            headers=contractor.headers,
        )
        assert (gbk.status_code, gbk.json()["updated"]) == (200, 1), gbk.text
        listed = (await contractor.get("/api/v1/experts")).json()["items"]
        assert [e["name"] for e in listed if e["code"] == "FORM-1"] == ["章医生"]

    async def test_an_undeclared_gbk_form_is_named_by_line(self, contractor: Api) -> None:
        text = HEADER + "FORM-2,张医生,doctor,温州医院,330302,2030-12-31,,,\n"
        r = await contractor.gateway.post(
            "/api/v1/experts:import",
            files={"file": ("experts.csv", text.encode("gbk"), "text/csv")},
            headers=contractor.headers,
        )
        assert (r.status_code, r.json()["code"], r.json()["line"]) == (422, "ENCODING_INVALID", 2)

    async def test_a_form_resent_with_its_idempotency_key_is_the_same_call(self, contractor: Api) -> None:
        text = HEADER + "FORM-3,张医生,doctor,温州医院,330302,2030-12-31,,,\n"
        answers = [
            await contractor.gateway.post(
                "/api/v1/experts:import",
                files={"file": ("experts.csv", text.encode(), "text/csv")},  # a new boundary each time
                headers={**contractor.headers, "Idempotency-Key": "experts-form-1"},
            )
            for _ in range(2)
        ]
        assert [a.status_code for a in answers] == [200, 200], answers[1].text
        assert answers[1].headers.get("Idempotent-Replayed") == "true"
        assert answers[1].json() == answers[0].json()
