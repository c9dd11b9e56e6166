"""What every service app does the same way: problem+json for every failure, readiness, metrics."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared.app import create_service_app
from shared.db import SessionDep
from shared.errors import Conflict
from shared.settings import Settings
from tests.conftest import signed_service_client


class Payload(BaseModel):
    amount_fen: int
    name: str


def demo_app(settings: Settings, engine: AsyncEngine) -> FastAPI:
    router = APIRouter(prefix="/api/v1/demo")

    @router.post("")
    async def create(payload: Payload) -> dict[str, str]:
        return {"name": payload.name}

    @router.get("/conflict")
    async def conflict() -> None:
        raise Conflict("already there", code="ALREADY_THERE", existing_id="42")

    @router.post("/duplicate-county")
    async def duplicate(session: SessionDep) -> None:
        from services.enrollment.models import County

        session.add(County(code="330302", name="again", kind="district", sort_order=99))
        await session.flush()

    @router.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    app = create_service_app(
        name="demo", title="demo", description="demo", routers=[router], settings=settings
    )
    app.state.engine = engine
    return app


async def test_a_unique_violation_is_a_409_naming_the_constraint(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    app = demo_app(settings, engine)
    app.state.sessionmaker = sessionmaker
    async with signed_service_client(app) as client:
        response = await client.post("/api/v1/demo/duplicate-county")
    assert response.status_code == 409
    assert response.json()["code"] == "ALREADY_EXISTS"
    assert response.json()["constraint"] == "pk_counties"


async def test_validation_errors_list_every_field(settings: Settings, engine: AsyncEngine) -> None:
    async with signed_service_client(demo_app(settings, engine)) as client:
        response = await client.post("/api/v1/demo", json={"amount_fen": 1.5})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "VALIDATION_FAILED"
    fields = {e["field"]: e["code"] for e in body["errors"]}
    assert fields == {"body.amount_fen": "INVALID_INTEGER", "body.name": "REQUIRED"}


async def test_malformed_json_is_400(settings: Settings, engine: AsyncEngine) -> None:
    async with signed_service_client(demo_app(settings, engine)) as client:
        response = await client.post(
            "/api/v1/demo", content=b"{not json", headers={"content-type": "application/json"}
        )
    assert response.status_code == 400
    assert response.json()["code"] == "MALFORMED_JSON"


async def test_domain_errors_keep_their_code_and_extras(settings: Settings, engine: AsyncEngine) -> None:
    async with signed_service_client(demo_app(settings, engine)) as client:
        response = await client.get("/api/v1/demo/conflict")
    assert response.status_code == 409
    assert response.json() | {"instance": None} == {
        "type": "urn:ltc:problem:already-there",
        "title": "Conflict",
        "status": 409,
        "code": "ALREADY_THERE",
        "detail": "already there",
        "instance": None,
        "existing_id": "42",
        "request_id": response.headers["x-request-id"],
    }


async def test_an_unexpected_error_is_a_500_problem_that_leaks_nothing(
    settings: Settings, engine: AsyncEngine
) -> None:
    app = demo_app(settings, engine)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://demo.test"
    ) as client:
        from shared.principal import Principal, Role, signed_headers

        headers = signed_headers(
            settings.internal_secret.get_secret_value(),
            Principal(client_id="t", name="t", role=Role.SERVICE),
            "GET",
            "/api/v1/demo/boom",
            "",
        )
        response = await client.get("/api/v1/demo/boom", headers=headers)
    assert response.status_code == 500
    assert response.json()["code"] == "INTERNAL_ERROR"
    assert "secret internals" not in response.text


async def test_unknown_paths_and_methods_are_problems(settings: Settings, engine: AsyncEngine) -> None:
    async with signed_service_client(demo_app(settings, engine)) as client:
        missing = await client.get("/api/v1/nothing")
        wrong_method = await client.delete("/api/v1/demo")
    assert missing.status_code == 404
    assert missing.json()["code"] == "NOT_FOUND"
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == "METHOD_NOT_ALLOWED"


async def test_readiness_fails_when_the_database_does_not_answer(settings: Settings) -> None:
    unreachable = create_async_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=demo_app(settings, unreachable)), base_url="http://demo.test"
        ) as client:
            ready = await client.get("/readyz")
            alive = await client.get("/healthz")
    finally:
        await unreachable.dispose()
    assert ready.status_code == 503
    assert ready.json()["code"] == "NOT_READY"
    assert alive.status_code == 200


async def test_request_ids_are_echoed_or_made(settings: Settings, engine: AsyncEngine) -> None:
    async with signed_service_client(demo_app(settings, engine)) as client:
        given = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
        made = await client.get("/healthz")
        hostile = await client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert given.headers["x-request-id"] == "abc-123"
    assert len(made.headers["x-request-id"]) == 32
    assert hostile.headers["x-request-id"] != "bad id\twith spaces"


async def test_one_service_calls_another_with_a_signed_service_principal(
    settings: Settings, service_apps: dict[str, FastAPI]
) -> None:
    from shared.app import internal_client

    transport = httpx.ASGITransport(app=service_apps["enrollment"])
    async with internal_client(settings, "assessment", "enrollment", transport=transport) as client:
        counties = await client.get("/api/v1/counties")
        feed = await client.get("/internal/events", params={"after": 0, "limit": 1})
    assert counties.status_code == 200
    assert len(counties.json()["items"]) == 13
    assert feed.status_code == 200
