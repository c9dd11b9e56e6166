"""Every mutating attempt — refused and unauthenticated ones too — leaves one append-only audit row (who,
what, when, outcome, the gateway's request id), written before its answer leaves the gateway."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from starlette.types import Message

from services.gateway.models import AuditEvent
from tests.conftest import bearer
from tests.gateway.conftest import client_of


async def test_a_mutating_call_is_recorded_with_its_request_id(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    response = await gateway.post(
        "/api/v1/api-clients",
        json={"name": "audited", "role": "bureau"},
        headers={**bearer(keys["admin"]), "X-Request-ID": "req-audit-1"},
    )
    assert response.status_code == 201
    log = await gateway.get(
        "/api/v1/audit-events",
        params={"request_id": response.headers["x-request-id"]},
        headers=bearer(keys["bureau"]),
    )
    [event] = log.json()["items"]
    assert event["client_request_id"] == "req-audit-1"
    assert event["object_id"] == response.json()["client"]["id"]
    assert event["method"] == "POST"
    assert event["path"] == "/api/v1/api-clients"
    assert event["status"] == 201
    assert event["outcome"] == "success"
    assert event["role"] == "admin"
    assert event["service"] == "gateway"


async def test_a_refused_call_is_recorded_as_rejected(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    refused = await gateway.post(
        "/api/v1/api-clients",
        json={"name": "x", "role": "admin"},
        headers={**bearer(keys["contractor"]), "X-Request-ID": "req-audit-2"},
    )
    log = await gateway.get(
        "/api/v1/audit-events",
        params={"request_id": refused.headers["x-request-id"]},
        headers=bearer(keys["admin"]),
    )
    [event] = log.json()["items"]
    assert event["status"] == 403
    assert event["outcome"] == "rejected"
    assert event["role"] == "contractor"
    assert event["code"] == "ROLE_NOT_ALLOWED"
    assert event["security_event"] is True


async def test_reads_are_not_recorded(gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
    read = await gateway.get("/api/v1/counties", headers=bearer(keys["admin"]))
    log = await gateway.get(
        "/api/v1/audit-events",
        params={"request_id": read.headers["x-request-id"]},
        headers=bearer(keys["admin"]),
    )
    assert log.json()["items"] == []


@pytest.mark.parametrize("role", ["contractor", "institution"])
async def test_only_admin_and_bureau_read_the_log(
    gateway: httpx.AsyncClient, keys: dict[str, str], role: str
) -> None:
    response = await gateway.get("/api/v1/audit-events", headers=bearer(keys[role]))
    assert response.status_code == 403


@pytest.mark.parametrize(
    "statement",
    ["UPDATE gateway.audit_events SET outcome = 'success'", "DELETE FROM gateway.audit_events"],
)
async def test_the_database_refuses_to_change_the_log(
    gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession, statement: str
) -> None:
    await gateway.post(
        "/api/v1/api-clients", json={"name": "y", "role": "bureau"}, headers=bearer(keys["admin"])
    )
    with pytest.raises(DBAPIError, match="append-only"):
        async with session.begin_nested():
            await session.execute(text(statement))


class TestEveryAttemptIsRecorded:
    async def test_concurrent_attempts_of_every_kind_each_have_one_row_right_after_their_answers(
        self, committed_gateway: FastAPI, committed_keys: dict[str, str], engine: AsyncEngine
    ) -> None:
        keys = committed_keys
        json_headers = {"content-type": "application/json"}
        attempts: list[tuple[str, str, dict[str, str], bytes, int]] = []
        for n in range(3):
            attempts += [
                ("POST", "/api/v1/api-clients", bearer(keys["admin"]), _client(n), 201),
                ("POST", "/api/v1/api-clients", bearer(keys["admin"]), b"{not json", 400),
                ("POST", "/api/v1/persons", bearer(keys["contractor"]), b"{not json", 400),
                ("POST", "/api/v1/api-clients", bearer("ltc_000000000000_bad"), _client(n), 401),
                ("POST", "/api/v1/api-clients", {}, _client(n), 401),
                ("POST", "/api/v1/api-clients", bearer(keys["contractor"]), _client(n), 403),
                ("PUT", "/api/v1/working-calendars/2031", bearer(keys["institution"]), b"{}", 403),
                ("POST", f"/api/v1/api-clients/{uuid.uuid4()}/revoke", bearer(keys["admin"]), b"", 404),
                ("DELETE", "/api/v1/no-such-collection/1", bearer(keys["admin"]), b"", 404),
            ]
        async with client_of(committed_gateway) as client:
            answers = await asyncio.gather(
                *(
                    client.request(method, path, headers={**headers, **json_headers}, content=body)
                    for method, path, headers, body, _ in attempts
                )
            )
        assert [a.status_code for a in answers] == [expected for *_, expected in attempts]
        ids = [a.headers["x-request-id"] for a in answers]
        async with engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(
                        AuditEvent.request_id, AuditEvent.status, AuditEvent.method, AuditEvent.code
                    ).where(AuditEvent.request_id.in_(ids))
                )
            ).all()
        assert len(rows) == len(attempts)
        recorded = {r.request_id: (r.method, r.status) for r in rows}
        assert recorded == {
            a.headers["x-request-id"]: (m, a.status_code)
            for a, (m, *_) in zip(answers, attempts, strict=True)
        }
        codes = {r.code for r in rows}
        assert {"MALFORMED_JSON", "API_KEY_INVALID", "UNAUTHENTICATED", "ROLE_NOT_ALLOWED"} <= codes

    async def test_the_row_exists_before_the_first_byte_of_the_answer(
        self, committed_gateway: FastAPI, committed_keys: dict[str, str], engine: AsyncEngine
    ) -> None:
        found_at_start: list[int] = []

        async def send(message: Message) -> None:
            if message["type"] == "http.response.start":
                request_id = dict(message["headers"])[b"x-request-id"].decode()
                async with engine.connect() as conn:
                    found_at_start.append(
                        await conn.scalar(select(func.count()).where(AuditEvent.request_id == request_id))
                        or 0
                    )

        body = _client(99)
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": "/api/v1/api-clients",
            "raw_path": b"/api/v1/api-clients",
            "query_string": b"",
            "root_path": "",
            "headers": [
                (b"authorization", f"Bearer {committed_keys['admin']}".encode()),
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
            "client": ("127.0.0.1", 50000),
            "server": ("gateway.test", 80),
        }
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> Message:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        await committed_gateway(scope, receive, send)
        assert found_at_start == [1]

    async def test_an_unauthenticated_attempt_names_its_source_and_key_prefix(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        response = await gateway.post(
            "/api/v1/api-clients",
            json={"name": "z", "role": "bureau"},
            headers=bearer("ltc_0123456789ab_guess"),
        )
        assert response.status_code == 401
        log = await gateway.get(
            "/api/v1/audit-events",
            params={"request_id": response.headers["x-request-id"], "security_events": True},
            headers=bearer(keys["bureau"]),
        )
        [row] = log.json()["items"]
        assert (row["client_id"], row["key_prefix"], row["source_address"]) == (
            None,
            "0123456789ab",
            "127.0.0.1",
        )
        assert (row["code"], row["security_event"]) == ("API_KEY_INVALID", True)


def _client(n: int) -> bytes:
    return json.dumps({"name": f"audited-{uuid.uuid4().hex[:8]}-{n}", "role": "bureau"}).encode()
