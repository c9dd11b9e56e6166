"""The database pool under load: a fixed set of PostgreSQL connections, never one opened per request, and a
503 ``DATABASE_BUSY`` (not a hang, not a 500) when every connection stays taken.

Real PostgreSQL and real concurrency: 32 clients at once against the enrollment app wired to an engine of its
own (requests that really take pooled connections), while another connection watches ``pg_stat_activity``
for the backends of that engine's ``application_name``. Nothing is timed.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from services.enrollment.app import create_app as create_enrollment
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.principal import Principal, Role, SignedPrincipalAuth
from tests.conftest import TEST_SECRET, test_settings

CLIENTS = 32
CALLS_PER_CLIENT = 12
BUREAU = Principal(client_id="pool-test", name="pool test", role=Role.BUREAU)


@asynccontextmanager
async def enrollment_on_own_engine(
    database_url: str, **pool: Any
) -> AsyncIterator[tuple[Any, AsyncEngine, str]]:
    """The enrollment app on an engine of its own (``pool``: settings overrides), and that engine's
    ``application_name`` (so its backends can be told from the suite's others)."""
    name = f"ltc-pool-test-{uuid.uuid4().hex[:8]}"
    settings = test_settings(database_url, **pool)
    engine = create_engine(settings, database_url, name)
    app = create_enrollment(settings)
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://enrollment.test",
        auth=SignedPrincipalAuth(lambda: TEST_SECRET, BUREAU),
        timeout=60,
    )
    try:
        yield client, engine, name
    finally:
        await client.aclose()
        await engine.dispose()


async def backends_seen_under_load(
    database_url: str, application_name: str, load: Callable[[], Awaitable[None]]
) -> set[int]:
    """Every backend pid of ``application_name`` seen while ``load`` runs (sampled between its steps)."""
    watcher = await asyncpg.connect(sync_url(database_url))
    seen: set[int] = set()
    done = asyncio.Event()

    async def watch() -> None:
        while not done.is_set():
            pids = await watcher.fetch(
                "SELECT pid FROM pg_stat_activity WHERE application_name = $1", application_name
            )
            seen.update(r["pid"] for r in pids)
            await asyncio.sleep(0)

    watching = asyncio.create_task(watch())
    try:
        await load()
    finally:
        done.set()
        await watching
        seen.update(
            r["pid"]
            for r in await watcher.fetch(
                "SELECT pid FROM pg_stat_activity WHERE application_name = $1", application_name
            )
        )
        await watcher.close()
    return seen


def hot_reads(client: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
    """32 clients at once, each reading the counties, a coverage and a persons page in turn."""

    async def one_client() -> None:
        for n in range(CALLS_PER_CLIENT):
            path = (
                "/api/v1/counties",
                f"/api/v1/persons/{uuid.uuid4()}/coverage",
                "/api/v1/persons?limit=5",
            )[n % 3]
            response = await client.get(path)
            assert response.status_code in (200, 404), response.text

    async def load() -> None:
        await asyncio.gather(*(one_client() for _ in range(CLIENTS)))

    return load


class TestPoolUnderLoad:
    async def test_32_concurrent_clients_are_served_by_the_pools_own_connections_only(
        self, database_url: str
    ) -> None:
        async with enrollment_on_own_engine(database_url, db_pool_size=4) as (client, engine, name):
            seen = await backends_seen_under_load(database_url, name, hot_reads(client))
            assert 0 < len(seen) <= 4  # no backend opened beyond the pool, none closed and opened again
            assert engine.pool.overflow() <= 0  # type: ignore[attr-defined]

    async def test_an_overflow_allowance_is_what_churns(self, database_url: str) -> None:
        """The contrast that makes the test above mean something: with overflow allowed, the same load
        opens backends beyond the pool and closes them again when they come back to a full pool."""
        async with enrollment_on_own_engine(database_url, db_pool_size=2, db_max_overflow=30) as (
            client,
            _,
            name,
        ):
            seen = await backends_seen_under_load(database_url, name, hot_reads(client))
            assert len(seen) > 2


class TestPoolExhausted:
    async def test_a_request_that_finds_every_connection_taken_is_a_503_database_busy(
        self, database_url: str
    ) -> None:
        async with enrollment_on_own_engine(database_url, db_pool_size=1, db_pool_timeout_seconds=0.2) as (
            client,
            engine,
            _,
        ):
            async with engine.connect() as held:
                await held.exec_driver_sql("SELECT 1")
                for path in ("/api/v1/counties", f"/api/v1/persons/{uuid.uuid4()}"):  # a read, a session
                    response = await client.get(path)
                    assert response.status_code == 503, response.text
                    assert response.headers["content-type"].startswith("application/problem+json")
                    assert response.headers["retry-after"] == "1"
                    assert response.json()["code"] == "DATABASE_BUSY"
            assert (await client.get("/api/v1/counties")).status_code == 200  # served again once released
