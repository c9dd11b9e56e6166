"""Every answer and every log line of a request can be found by its request id — a 500's too — and a client
that goes away mid-upload is a 499 info line that changed nothing, not an error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from starlette.types import ASGIApp, Message

from services.enrollment.models import ImportJob
from shared.app import create_service_app
from shared.principal import Principal, Role, signed_headers
from shared.settings import Settings
from tests.conftest import TEST_SECRET, bearer, in_process, signed_service_client

CONTRACTOR = Principal(client_id="c1", name="insurer", role=Role.CONTRACTOR, county_codes=["330302"])
CSV_START = b"id_number,name,category,county_code,employer_credit_code,enrolled_on\n" + b"x" * 70_000


def log_events(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """The JSON lines on stdout so far (the platform's events go straight there: shared/logging.py)."""
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@pytest.fixture
def boom_app(settings: Settings, engine: AsyncEngine) -> FastAPI:
    router = APIRouter(prefix="/api/v1/boom")

    @router.get("")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    app = create_service_app(
        name="demo", title="demo", description="demo", routers=[router], settings=settings
    )
    app.state.engine = engine
    return app


class TestRequestIds:
    async def test_a_500_answer_and_its_log_line_name_the_same_request_id(
        self, boom_app: FastAPI, capsys: pytest.CaptureFixture[str]
    ) -> None:
        async with signed_service_client(boom_app) as client:
            response = await client.get("/api/v1/boom")
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"
        request_id = response.headers["x-request-id"]
        assert response.json()["request_id"] == request_id
        assert "secret internals" not in response.text
        events = log_events(capsys)
        errors = [e for e in events if e["level"] == "error"]
        assert [(e["event"], e.get("request_id")) for e in errors] == [("unhandled_error", request_id)]
        [access] = [e for e in events if e["event"] == "request"]
        assert (access["status"], access["request_id"]) == (500, request_id)

    async def test_the_gateway_names_calls_with_its_own_ids_and_keeps_the_clients(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        first = await gateway.get(
            "/api/v1/counties", headers={**bearer(keys["bureau"]), "X-Request-ID": "mine"}
        )
        second = await gateway.get(
            "/api/v1/counties", headers={**bearer(keys["bureau"]), "X-Request-ID": "mine"}
        )
        ids = {first.headers["x-request-id"], second.headers["x-request-id"]}
        assert len(ids) == 2
        assert "mine" not in ids
        lines = [e for e in log_events(capsys) if e["event"] == "request"]
        assert {e["request_id"] for e in lines} == ids
        assert {e["client_request_id"] for e in lines} == {"mine"}


async def drive(app: ASGIApp, path: str, headers: dict[str, str], chunks: list[bytes]) -> list[Message]:
    """One POST straight into an ASGI app whose client sends ``chunks`` and then goes away."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("test", 80),
    }
    incoming: Iterator[Message] = iter({"type": "http.request", "body": c, "more_body": True} for c in chunks)
    sent: list[Message] = []

    async def receive() -> Message:
        return next(incoming, {"type": "http.disconnect"})

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


class TestClientGoneMidUpload:
    async def test_a_service_logs_a_499_info_line_and_keeps_nothing(
        self, service_apps: dict[str, FastAPI], session: AsyncSession, capsys: pytest.CaptureFixture[str]
    ) -> None:
        jobs_before = await session.scalar(select(func.count()).select_from(ImportJob))
        path = "/api/v1/enrollment-imports"
        headers = {
            **signed_headers(TEST_SECRET, CONTRACTOR, "POST", path, "", body=CSV_START * 3),
            "content-type": "text/csv",
            "content-length": str(len(CSV_START) * 3),
        }
        await drive(service_apps["enrollment"], path, headers, [CSV_START, CSV_START])
        events = log_events(capsys)
        assert [e for e in events if e["level"] in ("error", "critical", "warning")] == []
        [access] = [e for e in events if e["logger"] == "ltc.access"]
        assert (access["event"], access["status"], access["level"]) == ("client_disconnected", 499, "info")
        assert await session.scalar(select(func.count()).select_from(ImportJob)) == jobs_before

    async def test_the_gateway_logs_a_499_and_never_calls_the_service(
        self, gateway_app: FastAPI, keys: dict[str, str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        called: list[httpx.Request] = []

        def upstream(request: httpx.Request) -> httpx.Response:
            called.append(request)
            return httpx.Response(500)

        gateway_app.state.upstreams.transport = in_process(
            httpx.AsyncClient(transport=httpx.MockTransport(upstream))
        )
        headers = {**bearer(keys["contractor"]), "content-type": "text/csv", "content-length": "999999"}
        await drive(gateway_app, "/api/v1/enrollment-imports", headers, [CSV_START, CSV_START])
        assert called == []
        events = log_events(capsys)
        assert [e for e in events if e["level"] in ("error", "critical")] == []
        [access] = [e for e in events if e["logger"] == "ltc.access"]
        assert (access["event"], access["status"], access["level"]) == ("client_disconnected", 499, "info")
