"""One merged OpenAPI document, interactive docs, health, readiness and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from services.gateway.openapi import merge
from tests.conftest import bearer, in_process


async def test_the_merged_document_has_every_services_public_paths(gateway: httpx.AsyncClient) -> None:
    response = await gateway.get("/openapi.json")
    assert response.status_code == 200
    doc = response.json()
    assert {"/api/v1/counties", "/api/v1/contribution-policies/{year}", "/api/v1/api-clients"} <= set(
        doc["paths"]
    )
    assert not any(p.startswith("/internal") for p in doc["paths"])
    assert "/healthz" in doc["paths"]
    assert doc["components"]["securitySchemes"]["ApiKey"]["scheme"] == "bearer"
    assert "County" in doc["components"]["schemas"]
    assert "x-unavailable-services" not in doc["info"]


async def test_docs_page_points_at_the_merged_document(gateway: httpx.AsyncClient) -> None:
    response = await gateway.get("/docs")
    assert response.status_code == 200
    assert "/openapi.json" in response.text


def test_clashing_component_names_are_prefixed_and_references_follow() -> None:
    gateway_doc = {"info": {}, "paths": {}, "components": {"schemas": {"Item": {"type": "string"}}}}
    service_doc = {
        "paths": {"/api/v1/things": {"get": {"schema": {"$ref": "#/components/schemas/Item"}}}},
        "components": {"schemas": {"Item": {"type": "integer"}}},
    }
    merged = merge(gateway_doc, {"settlement": service_doc})
    assert merged["components"]["schemas"]["Item"] == {"type": "string"}
    assert merged["components"]["schemas"]["SettlementItem"] == {"type": "integer"}
    assert merged["paths"]["/api/v1/things"]["get"]["schema"]["$ref"] == "#/components/schemas/SettlementItem"


async def test_a_missing_service_is_named_in_the_document(gateway_app: FastAPI) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("down")

    gateway_app.state.upstreams.transport = in_process(
        httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=gateway_app), base_url="http://g.test"
    ) as c:
        doc = (await c.get("/openapi.json")).json()
    assert set(doc["info"]["x-unavailable-services"]) == {
        "enrollment",
        "assessment",
        "settlement",
        "oversight",
    }
    assert "/api/v1/api-clients" in doc["paths"]


async def test_health_readiness_and_metrics(gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
    assert (await gateway.get("/healthz")).json() == {"status": "ok"}
    assert (await gateway.get("/readyz")).json() == {"status": "ready"}
    await gateway.get("/api/v1/counties", headers=bearer(keys["bureau"]))
    metrics = (await gateway.get("/metrics")).text
    assert (
        'ltc_http_requests_total{method="GET",route="proxy:enrollment",service="gateway",status="200"}'
        in metrics
    )
    assert "ltc_http_request_duration_seconds_bucket" in metrics


async def test_readiness_names_the_service_that_is_down(
    gateway_app: FastAPI, service_apps: dict[str, FastAPI]
) -> None:
    mounts: dict[str, httpx.AsyncBaseTransport] = {
        f"all://{name}.test": httpx.ASGITransport(app=app)
        for name, app in service_apps.items()
        if name != "assessment"
    }

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    mounts["all://assessment.test"] = httpx.MockTransport(refuse)
    gateway_app.state.upstreams.transport = in_process(httpx.AsyncClient(mounts=mounts))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=gateway_app), base_url="http://g.test"
    ) as client:
        ready = await client.get("/readyz")
        alive = await client.get("/healthz")
    assert ready.status_code == 503
    assert ready.headers["content-type"] == "application/problem+json"
    assert ready.json()["code"] == "NOT_READY"
    assert "assessment unreachable" in ready.json()["detail"]
    assert "enrollment" not in ready.json()["detail"]
    assert alive.status_code == 200


@pytest.fixture
async def settlement_not_ready(
    gateway_app: FastAPI, service_apps: dict[str, FastAPI]
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the gateway whose settlement answers its readiness probe 503."""

    def not_ready(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"code": "NOT_READY", "detail": "database unreachable: OSError"})

    mounts: dict[str, httpx.AsyncBaseTransport] = {
        f"all://{name}.test": httpx.ASGITransport(app=app) for name, app in service_apps.items()
    }
    mounts["all://settlement.test"] = httpx.MockTransport(not_ready)
    gateway_app.state.upstreams.transport = in_process(httpx.AsyncClient(mounts=mounts))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=gateway_app), base_url="http://g.test"
    ) as client:
        yield client


async def test_readiness_passes_on_what_a_service_says_of_itself(
    settlement_not_ready: httpx.AsyncClient,
) -> None:
    ready = await settlement_not_ready.get("/readyz")
    assert ready.status_code == 503
    assert "settlement not ready (503: database unreachable: OSError)" in ready.json()["detail"]


async def test_an_orchestrator_asks_about_the_gateway_itself_so_one_service_down_keeps_the_others_reachable(
    settlement_not_ready: httpx.AsyncClient,
) -> None:
    whole = await settlement_not_ready.get("/readyz")
    itself = await settlement_not_ready.get("/readyz", params={"scope": "self"})
    assert whole.status_code == 503
    assert itself.status_code == 200
