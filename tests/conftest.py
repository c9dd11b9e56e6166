"""Test harness: real PostgreSQL, one database per xdist worker migrated once, each test inside a
transaction rolled back at the end; the gateway in front of the real service apps, in-process.

``LTC_DATABASE_URL`` set → that server; unset → the embedded PostgreSQL under ``.ltc/``.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import fastapi.dependencies.models
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool

from services.assessment.app import create_app as create_assessment
from services.enrollment.app import create_app as create_enrollment
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.gateway.app import attach_state
from services.gateway.app import create_app as create_gateway
from services.gateway.transports import HttpxTransport
from services.launcher import SERVICE_ORDER
from services.oversight.app import create_app as create_oversight
from services.settlement.app import create_app as create_settlement
from shared import logging as platform_logging
from shared import migrations
from shared.app import ServiceApp, internal_client
from shared.db import async_url, create_engine
from shared.embedded_db import drop_database, embedded_url, ensure_database, start_embedded, with_database
from shared.settings import Settings
from tests import codes_observed

T = TypeVar("T")
platform_logging.CACHE_LOGGERS = False  # every app the suite builds configures logging (shared/logging.py)
_CODES_DIR = "ltc_codes_dir"
_codes_dir: Path | None = None
TEST_SECRET = "test-internal-secret-at-least-32-chars"
SERVICE_HOSTS = {s: f"http://{s}.test" for s in ("enrollment", "assessment", "settlement", "oversight")}
ALL_COUNTIES = {
    "330302", "330303", "330304", "330305", "330381", "330382", "330371",
    "330326", "330327", "330328", "330329", "330324", "330383",
}  # fmt: skip


def run_blocking(fn: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion on a fresh loop in a thread (safe inside or outside a running loop)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(fn())).result()  # type: ignore[arg-type]


# FastAPI keeps, per process, an LRU cache (4,096 entries each) of how it classified each endpoint and
# dependency callable. Our apps' own closures (``/healthz``, the docs, ``require(...)``, the gateway's proxy)
# are new callables for every app, and each holds its app: built afresh for every test, the apps of the last
# few hundred tests stayed alive (2.3 GB a worker half-way through the suite), and Python's full collections
# over that heap cost each worker about 6 minutes of a run. A service builds its app once, so this is the
# suite's own problem; forgetting the cache after each test lets the test's apps go.
_FASTAPI_CALLABLE_CACHES = [
    cached for cached in vars(fastapi.dependencies.models).values() if hasattr(cached, "cache_clear")
]


@pytest.fixture(autouse=True)
def _forget_the_apps_of_the_test() -> Iterator[None]:
    yield
    for cached in _FASTAPI_CALLABLE_CACHES:
        cached.cache_clear()


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A URL of the PostgreSQL server the suite uses (database part to be replaced)."""
    configured = os.environ.get("LTC_DATABASE_URL")
    if configured:
        yield configured
        return
    server = start_embedded(Settings().data_dir)
    yield embedded_url(server, "postgres")


@pytest.fixture(scope="session")
def run_tag(testrun_uid: str, worker_id: str) -> str:
    """Unique per test run and worker, so two runs on one server never share a database."""
    return f"{testrun_uid[:10]}_{worker_id}"


def migrated_database(server_url: str, name: str, services: Sequence[str] = SERVICE_ORDER) -> str:
    """A database created afresh on the server, the services' schemas migrated, the reference data loaded
    (the accounting units in enrollment, assessment, settlement and oversight)."""
    url = with_database(server_url, name)
    run_blocking(lambda: ensure_database(url, recreate=True))
    for service in services:
        migrations.upgrade(service, url)

    async def load() -> None:
        from services.assessment.reference import units as assessment_units
        from services.enrollment.reference import wenzhou
        from services.oversight.reference import units as oversight_units
        from services.settlement.reference.units import load_accounting_units, load_county_schemes

        engine = create_engine(test_settings(url), url, f"ltc-tests-setup-{name}")
        try:
            async with engine.begin() as conn:
                session = AsyncSession(bind=conn)
                await wenzhou.load(session)
                units = [(code, name) for code, name, *_ in wenzhou.COUNTIES_2022]
                await load_accounting_units(session, units)
                if "assessment" in services:
                    await assessment_units.load_accounting_units(session, units)
                if "oversight" in services:
                    await oversight_units.load_accounting_units(session, units)
                await load_county_schemes(session, wenzhou.reference_schemes())
                await session.flush()
        finally:
            await engine.dispose()

    run_blocking(load)
    return url


@pytest.fixture(scope="session")
def database_url(server_url: str, run_tag: str) -> Iterator[str]:
    """This worker's own database, created afresh and migrated once, with the reference data loaded."""
    url = migrated_database(server_url, f"ltc_test_{run_tag}")
    yield url
    run_blocking(lambda: drop_database(url))


def test_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "internal_secret": TEST_SECRET,
        "enrollment_url": SERVICE_HOSTS["enrollment"],
        "assessment_url": SERVICE_HOSTS["assessment"],
        "settlement_url": SERVICE_HOSTS["settlement"],
        "oversight_url": SERVICE_HOSTS["oversight"],
        "log_json": True,  # tests/shared/test_request_context.py reads the lines production writes
        # the suite's own heavy use from one address must not be throttled; tests/gateway/test_rate_limits.py
        # turns the limits on for itself
        "rate_limits_enabled": False,
    }
    values.update(overrides)
    return Settings(**values)


test_settings.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return test_settings(database_url)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(test_settings(database_url), database_url, "ltc-tests")
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
async def autocommit_engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """For the few tests that need several real transactions (ordering, races). Their rows persist."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(async_url(database_url), poolclass=NullPool)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    """Sessions inside the test's transaction: a commit releases a savepoint, the test rolls all back."""
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


def _wire(app: FastAPI, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> FastAPI:
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    return app


@pytest.fixture
def service_apps(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> dict[str, FastAPI]:
    apps = {
        "enrollment": _wire(create_enrollment(settings), engine, sessionmaker),
        "assessment": _wire(create_assessment(settings), engine, sessionmaker),
        "settlement": _wire(create_settlement(settings), engine, sessionmaker),
        "oversight": _wire(create_oversight(settings), engine, sessionmaker),
    }
    # settlement's quarterly bulletin reads enrollment's and assessment's KPI reports, in-process here
    apps["settlement"].state.kpi_clients = {
        name: internal_client(settings, "settlement", name, transport=httpx.ASGITransport(app=apps[name]))
        for name in ("enrollment", "assessment")
    }
    return apps


@asynccontextmanager
async def upstream_client(apps: dict[str, FastAPI]) -> AsyncIterator[HttpxTransport]:
    """What the gateway's transport would reach, with each service app in-process (no sockets); the
    aiohttp transport the running gateway uses is tested against real servers (tests/gateway/test_hop.py)."""
    transport = in_process(
        httpx.AsyncClient(mounts={f"all://{s}.test": httpx.ASGITransport(app=app) for s, app in apps.items()})
    )
    try:
        yield transport
    finally:
        await transport.aclose()


def in_process(client: httpx.AsyncClient) -> HttpxTransport:
    """An httpx client (ASGI or mock transports) as the gateway's upstream transport."""
    return HttpxTransport(client)


@pytest.fixture
async def gateway_app(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    service_apps: dict[str, FastAPI],
) -> AsyncIterator[FastAPI]:
    app = create_gateway(settings)
    if _codes_dir is not None and isinstance(app, ServiceApp):  # every error answer the suite sees is held
        app.outer_middleware.insert(0, codes_observed.Recorder(_codes_dir).wrap)  # to the document at the end
    async with upstream_client(service_apps) as client:
        attach_state(app, engine, sessionmaker, client)
        yield app


@pytest.fixture
async def gateway(gateway_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An unauthenticated client of the public API."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=gateway_app), base_url="http://gateway.test"
    ) as client:
        yield client


def signed_service_client(app: FastAPI, caller: str = "tests") -> httpx.AsyncClient:
    """A client of one service signed as another service (the way services call each other)."""
    from shared.principal import SignedPrincipalAuth, service_principal

    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://service.test",
        auth=SignedPrincipalAuth(lambda: TEST_SECRET, service_principal(caller)),
    )


ClientFactory = Callable[..., Awaitable[str]]


@pytest.fixture
def make_api_key(session: AsyncSession) -> ClientFactory:
    """``await make_api_key("contractor", county_codes=[...])`` → a working API key."""
    counter = iter(range(1_000_000))

    async def make(role: str, **scope: Any) -> str:
        if role == "contractor":
            scope.setdefault("county_codes", ["330302", "330381"])
        if role == "institution":
            scope.setdefault("institution_id", "INST-TEST-0001")
        spec = ApiClientCreate(name=f"test-{role}-{next(counter)}", role=role, **scope)
        issued = await api_clients.create_client(session, spec, ALL_COUNTIES)
        await session.commit()
        assert issued.key is not None
        return issued.key

    return make


@pytest.fixture
async def keys(make_api_key: ClientFactory) -> dict[str, str]:
    """One key per role: admin, bureau, contractor (鹿城区, 瑞安市), institution."""
    return {role: await make_api_key(role) for role in ("admin", "bureau", "contractor", "institution")}


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def pytest_configure(config: pytest.Config) -> None:
    global _codes_dir
    worker = getattr(config, "workerinput", None)
    _codes_dir = Path(worker[_CODES_DIR] if worker else tempfile.mkdtemp(prefix="ltc-codes-observed-"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:  # xdist: each worker records into the controller's directory
    node.workerinput[_CODES_DIR] = str(_codes_dir)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """After the last worker: every (operation, status, code) seen must be declared by the document."""
    if hasattr(session.config, "workerinput") or _codes_dir is None:
        return
    seen = list(codes_observed.read(_codes_dir))
    shutil.rmtree(_codes_dir, ignore_errors=True)
    if not seen:
        return
    problems = codes_observed.undeclared(seen, codes_observed.public_document())
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = ["answers the OpenAPI document does not declare (shared/openapi_codes.py):", *problems]
        if reporter is not None:
            reporter.write_line("")
            for line in lines:
                reporter.write_line(line, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
