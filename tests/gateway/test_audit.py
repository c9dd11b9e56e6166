"""Every authenticated mutating call leaves one append-only audit row: who, what, when, outcome."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import bearer


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
