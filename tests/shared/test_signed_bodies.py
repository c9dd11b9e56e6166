"""A signed call is good for one body and one use: a captured signature replayed with another body, or
replayed at all, is refused — and a streamed upload whose bytes do not match fails before it commits."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import ImportJob
from shared.principal import Principal, Role, signed_headers
from tests.conftest import TEST_SECRET, bearer
from tests.support import unique_id_number

BUREAU = Principal(client_id="b1", name="bureau", role=Role.BUREAU)
CONTRACTOR = Principal(client_id="c1", name="insurer", role=Role.CONTRACTOR, county_codes=["330302"])


def client_of(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test")


def calendar(holiday: str) -> bytes:
    return json.dumps({"holidays": [{"date": holiday, "name": "x"}], "makeup_workdays": []}).encode()


class TestBodyDigest:
    async def test_a_captured_signature_with_another_body_changes_nothing(
        self, service_apps: dict[str, FastAPI]
    ) -> None:
        path = "/api/v1/working-calendars/2031"
        signed_for = calendar("2031-10-01")
        captured = signed_headers(TEST_SECRET, BUREAU, "PUT", path, "", body=signed_for)
        async with client_of(service_apps["assessment"]) as client:
            tampered = await client.put(
                path, content=calendar("2031-03-03"), headers={**captured, "content-type": "application/json"}
            )
            after = await client.get(path, headers=signed_headers(TEST_SECRET, BUREAU, "GET", path, ""))
        assert tampered.status_code == 401
        assert tampered.json()["code"] == "BODY_DIGEST_MISMATCH"
        assert "2031-03-03" not in after.text

    async def test_the_signed_body_is_accepted(self, service_apps: dict[str, FastAPI]) -> None:
        path = "/api/v1/working-calendars/2032"
        body = calendar("2032-10-01")
        headers = signed_headers(TEST_SECRET, BUREAU, "PUT", path, "", body=body)
        async with client_of(service_apps["assessment"]) as client:
            response = await client.put(
                path, content=body, headers={**headers, "content-type": "application/json"}
            )
        assert response.status_code == 200
        assert response.json()["holidays"][0]["date"] == "2032-10-01"

    async def test_a_streamed_upload_that_does_not_match_fails_before_it_commits(
        self, service_apps: dict[str, FastAPI], session: AsyncSession
    ) -> None:
        jobs_before = await session.scalar(select(func.count()).select_from(ImportJob))
        path = "/api/v1/enrollment-imports"
        header = b"id_number,name,category,county_code,employer_credit_code,enrolled_on\n"
        signed_for = header + f"{unique_id_number()},A,retiree,330302,,2022-01-01\n".encode()
        sent = header + f"{unique_id_number()},B,retiree,330302,,2022-01-01\n".encode()
        headers = signed_headers(TEST_SECRET, CONTRACTOR, "POST", path, "", body=signed_for)

        async def chunks() -> AsyncIterator[bytes]:
            yield sent[:40]
            yield sent[40:]

        async with client_of(service_apps["enrollment"]) as client:
            response = await client.post(
                path, content=chunks(), headers={**headers, "content-type": "text/csv"}
            )
        assert response.status_code == 401
        assert response.json()["code"] == "BODY_DIGEST_MISMATCH"
        assert await session.scalar(select(func.count()).select_from(ImportJob)) == jobs_before

    async def test_a_missing_digest_is_an_unsigned_call(self, service_apps: dict[str, FastAPI]) -> None:
        headers = signed_headers(TEST_SECRET, BUREAU, "GET", "/api/v1/counties", "")
        del headers["content-digest"]
        async with client_of(service_apps["enrollment"]) as client:
            response = await client.get("/api/v1/counties", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "SIGNATURE_MISSING"


class TestReplay:
    async def test_a_signature_is_served_once(self, service_apps: dict[str, FastAPI]) -> None:
        headers = signed_headers(TEST_SECRET, BUREAU, "GET", "/api/v1/counties", "")
        async with client_of(service_apps["enrollment"]) as client:
            first = await client.get("/api/v1/counties", headers=headers)
            again = await client.get("/api/v1/counties", headers=headers)
        assert first.status_code == 200
        assert again.status_code == 401
        assert again.json()["code"] == "SIGNATURE_REPLAYED"

    async def test_a_replayed_mutation_changes_nothing_more(self, service_apps: dict[str, FastAPI]) -> None:
        path = "/api/v1/working-calendars/2033"
        body = calendar("2033-10-01")
        headers = {
            **signed_headers(TEST_SECRET, BUREAU, "PUT", path, "", body=body),
            "content-type": "application/json",
        }
        async with client_of(service_apps["assessment"]) as client:
            assert (await client.put(path, content=body, headers=headers)).status_code == 200
            replayed = await client.put(path, content=body, headers=headers)
        assert replayed.status_code == 401
        assert replayed.json()["code"] == "SIGNATURE_REPLAYED"

    async def test_identical_calls_through_the_gateway_are_each_signed_afresh(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        answers = [await gateway.get("/api/v1/counties", headers=bearer(keys["bureau"])) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]

    async def test_service_to_service_calls_are_each_signed_afresh(
        self, service_apps: dict[str, FastAPI]
    ) -> None:
        from shared.app import internal_client

        settings = service_apps["enrollment"].state.settings
        transport = httpx.ASGITransport(app=service_apps["enrollment"])
        async with internal_client(settings, "assessment", "enrollment", transport=transport) as client:
            answers = [await client.get("/api/v1/counties") for _ in range(2)]
        assert [a.status_code for a in answers] == [200, 200]
