"""A month of service records saved by Excel on Chinese Windows (GBK, declared) or as "CSV UTF-8" (with a
byte-order mark) goes in as the institution wrote it; a line not in the declared set (UTF-8 unless said) is a
422 naming it."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.conftest import ClientFactory, bearer

HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,amount_claimed_fen\n"
)


@pytest.fixture
async def institution(
    gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
) -> dict[str, str]:
    code = f"H-{uuid.uuid4().hex[:8]}"
    body = {
        "id": code,
        "name": "某某护理院",
        "county_code": "330302",
        "kind": "home_care",
        "care_modes": ["home_visit"],
        "agreement_from": "2026-01-01",
        "agreement_to": "2027-12-31",
    }
    created = await gateway.post("/api/v1/institutions", json=body, headers=bearer(keys["contractor"]))
    assert created.status_code == 201, created.text
    return bearer(await make_api_key("institution", institution_id=code))


def records(*ids: str) -> str:
    person = uuid.uuid4()
    return HEADER + "".join(
        f"{i},{person},护理员甲,home_visit,2026-06-02,09:00,10:00,LT01,10000\n" for i in ids
    )


async def upload(
    gateway: httpx.AsyncClient, headers: dict[str, str], body: bytes, media: str = "text/csv"
) -> httpx.Response:
    return await gateway.post(
        "/api/v1/service-record-imports", content=body, headers={**headers, "Content-Type": media}
    )


async def stored(gateway: httpx.AsyncClient, headers: dict[str, str]) -> list[tuple[str, str]]:
    r = await gateway.get("/api/v1/service-records", headers=headers)
    assert r.status_code == 200, r.text
    return sorted((i["record_id"], i["caregiver_code"]) for i in r.json()["items"])


class TestServiceRecordFilesInTheEncodingTheyWereSavedIn:
    async def test_a_gbk_file_goes_in_as_written_and_its_utf8_twin_changes_nothing(
        self, gateway: httpx.AsyncClient, institution: dict[str, str]
    ) -> None:
        text = records("记录-1", "记录-2")
        undeclared = await upload(gateway, institution, text.encode("gbk"))
        assert (undeclared.status_code, undeclared.json()["code"]) == (422, "ENCODING_INVALID"), (
            undeclared.text
        )
        assert undeclared.json()["line"] == 2
        r = await upload(gateway, institution, text.encode("gbk"), "text/csv; charset=gbk")
        assert r.status_code == 201, r.text
        assert (r.json()["rows_accepted"], r.json()["rows_rejected"]) == (2, 0)
        assert await stored(gateway, institution) == [("记录-1", "护理员甲"), ("记录-2", "护理员甲")]
        twin = await upload(gateway, institution, b"\xef\xbb\xbf" + text.encode())
        assert twin.status_code == 201, twin.text
        assert twin.json()["rows_already_received"] == 2

    async def test_a_line_in_neither_encoding_is_named_and_nothing_is_stored(
        self, gateway: httpx.AsyncClient, institution: dict[str, str]
    ) -> None:
        body = records("记录-1").encode() + "记录-2,x,护理员乙\n".encode("gbk")
        r = await upload(gateway, institution, body)
        assert r.status_code == 422, r.text
        assert (r.json()["code"], r.json()["line"]) == ("ENCODING_INVALID", 3)
        assert await stored(gateway, institution) == []


class TestServiceRecordFilesAsAForm:
    async def test_curls_first_try_goes_in_and_a_declared_gbk_part_too(
        self, gateway: httpx.AsyncClient, institution: dict[str, str]
    ) -> None:
        r = await gateway.post(
            "/api/v1/service-record-imports",
            files={"file": ("records.csv", records("表单-1").encode(), "application/octet-stream")},
            headers=institution,
        )
        assert r.status_code == 201, r.text
        assert (r.json()["source"], r.json()["rows_accepted"]) == ("text/csv", 1)
        gbk = await gateway.post(
            "/api/v1/service-record-imports",
            files={"file": ("records.csv", records("表单-2").encode("gbk"), "text/csv")},
            data={"charset": "gbk"},
            headers=institution,
        )
        assert (gbk.status_code, gbk.json()["rows_accepted"]) == (201, 1), gbk.text
        assert await stored(gateway, institution) == [("表单-1", "护理员甲"), ("表单-2", "护理员甲")]

    async def test_an_undeclared_gbk_part_is_named_by_line(
        self, gateway: httpx.AsyncClient, institution: dict[str, str]
    ) -> None:
        r = await gateway.post(
            "/api/v1/service-record-imports",
            files={"file": ("records.csv", records("表单-3").encode("gbk"), "text/csv")},
            headers=institution,
        )
        assert (r.status_code, r.json()["code"], r.json()["line"]) == (422, "ENCODING_INVALID", 2)
        assert await stored(gateway, institution) == []
