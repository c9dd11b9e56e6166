"""Paths go to the service that owns them; a service that is down or slow becomes a clear problem."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from services.gateway.routing import service_for
from tests.conftest import bearer, in_process


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/api/v1/counties", "enrollment"),
        ("/api/v1/persons", "enrollment"),
        ("/api/v1/persons:lookup", "enrollment"),
        ("/api/v1/persons/p1/coverage", "enrollment"),
        ("/api/v1/contribution-bills:generate", "enrollment"),
        ("/api/v1/enrollment-imports/j1/errors", "enrollment"),
        ("/api/v1/persons/p1/disability-levels", "assessment"),
        ("/api/v1/rule-sets/NHSA-2021-37:dry-run", "assessment"),
        ("/api/v1/panel-draws/d1", "assessment"),
        ("/api/v1/persons/p1/benefit-statements", "settlement"),
        ("/api/v1/service-records:sample", "settlement"),
        ("/api/v1/fund/status", "settlement"),
        ("/api/v1/annual-clearings/a1/approve", "settlement"),
        ("/api/v1/personsx", None),
        ("/api/v2/counties", None),
    ],
)
def test_each_path_has_one_owner(path: str, service: str | None) -> None:
    assert service_for(path) == service


@pytest.mark.parametrize(
    ("failure", "status", "code"),
    [
        (httpx.ConnectError("refused"), 503, "UPSTREAM_UNAVAILABLE"),
        (httpx.ReadTimeout("slow"), 504, "UPSTREAM_TIMEOUT"),
        (httpx.RemoteProtocolError("garbage"), 502, "UPSTREAM_ERROR"),
    ],
)
async def test_transport_failures_become_problems(
    gateway_app: FastAPI,
    keys: dict[str, str],
    failure: httpx.TransportError,
    status: int,
    code: str,
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    gateway_app.state.upstreams.transport = in_process(httpx.AsyncClient(transport=httpx.MockTransport(fail)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=gateway_app), base_url="http://gateway.test"
    ) as client:
        response = await client.get("/api/v1/counties", headers=bearer(keys["bureau"]))
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert response.json()["service"] == "enrollment"


async def test_a_service_problem_passes_through_untouched(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    response = await gateway.get("/api/v1/counties/999999", headers=bearer(keys["bureau"]))
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["instance"] == "/api/v1/counties/999999"


async def test_query_strings_reach_the_service_intact(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    response = await gateway.get(
        "/api/v1/assessment-applications", params={"status": "鹿城 a+b&c"}, headers=bearer(keys["bureau"])
    )
    assert (response.status_code, response.json()["items"]) == (200, [])
    unknown = await gateway.get(
        "/api/v1/contribution-policies", params={"鹿城 a+b&c": "x"}, headers=bearer(keys["bureau"])
    )
    assert [e["field"] for e in unknown.json()["errors"]] == ["query.鹿城 a+b&c"]
