"""Gateway harnesses beyond the shared one: the platform on real transactions (for concurrent calls), and a
service behind a real HTTP/1.1 server (what the in-process transport forgives, h11 does not)."""

from __future__ import annotations

import asyncio
import socket
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.types import ASGIApp

from services.assessment.app import create_app as create_assessment
from services.enrollment.app import create_app as create_enrollment
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.gateway.app import attach_state
from services.gateway.app import create_app as create_gateway
from services.gateway.transports import AiohttpTransport
from services.oversight.app import create_app as create_oversight
from services.settlement.app import create_app as create_settlement
from shared.settings import Settings
from tests.conftest import ALL_COUNTIES, upstream_client


def committed_services(
    settings: Settings, engine: AsyncEngine
) -> tuple[dict[str, FastAPI], async_sessionmaker[AsyncSession]]:
    """The four services in-process, each request in a real transaction of its own; their sessions."""
    real = async_sessionmaker(engine, expire_on_commit=False)
    apps: dict[str, FastAPI] = {}
    for name, factory in (
        ("enrollment", create_enrollment),
        ("assessment", create_assessment),
        ("settlement", create_settlement),
        ("oversight", create_oversight),
    ):
        app = factory(settings)
        app.state.engine, app.state.sessionmaker = engine, real
        apps[name] = app
    return apps, real


@pytest.fixture
async def committed_gateway(settings: Settings, engine: AsyncEngine) -> AsyncIterator[FastAPI]:
    """The gateway and the services in-process, each request in a real transaction of its own (so calls may
    run concurrently). What they write stays in this worker's database."""
    apps, real = committed_services(settings, engine)
    gateway = create_gateway(settings)
    async with upstream_client(apps) as client:
        attach_state(gateway, engine, real, client)
        yield gateway


@pytest.fixture
async def committed_keys(engine: AsyncEngine) -> dict[str, str]:
    """One committed key per role (names unique to the test, since they are not rolled back)."""
    real = async_sessionmaker(engine, expire_on_commit=False)
    tag = uuid.uuid4().hex[:8]
    issued: dict[str, str] = {}
    async with real() as session:
        for role in ("admin", "bureau", "contractor", "institution"):
            scope: dict[str, Any] = {}
            if role == "contractor":
                scope["county_codes"] = ["330302"]
            if role == "institution":
                scope["institution_id"] = "INST-TEST-0001"
            spec = ApiClientCreate(name=f"committed-{role}-{tag}", role=role, **scope)
            key = (await api_clients.create_client(session, spec, ALL_COUNTIES)).key
            assert key is not None
            issued[role] = key
        await session.commit()
    return issued


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(app: ASGIApp, name: str = "service", port: int | None = None) -> Iterator[str]:
    """``app`` behind a real uvicorn server on a loopback port, on its own thread and event loop (with its
    lifespan, if it has one); yields its base URL and stops it afterwards."""
    port = port or _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="auto", log_config=None, access_log=False)
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail(f"the {name} server did not start")
        threading.Event().wait(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture
def live_enrollment(settings: Settings) -> Iterator[str]:
    """The enrollment service behind a real uvicorn server (engine, pool and all); yields its base URL."""
    port = _free_port()
    with served(
        create_enrollment(settings.model_copy(update={"enrollment_port": port})), "enrollment", port
    ) as url:
        yield url


@pytest.fixture
async def gateway_to_live_enrollment(gateway_app: FastAPI, live_enrollment: str) -> AsyncIterator[FastAPI]:
    """The in-process gateway, its enrollment calls going over real HTTP to :func:`live_enrollment` with the
    transport the running gateway uses (aiohttp)."""
    upstreams = gateway_app.state.upstreams
    previous = upstreams.transport, dict(upstreams.base_urls)
    transport = AiohttpTransport.for_settings(upstreams.settings)
    upstreams.transport = transport
    upstreams.base_urls["enrollment"] = live_enrollment
    try:
        yield gateway_app
    finally:
        await transport.aclose()
        upstreams.transport, upstreams.base_urls = previous


def client_of(app: FastAPI, source: str = "127.0.0.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(source, 40000)), base_url="http://gateway.test"
    )


def new_session(engine: AsyncEngine) -> AsyncSession:
    return async_sessionmaker(engine, expire_on_commit=False)()
