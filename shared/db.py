"""Async engine, sessions and the declarative base shared by every service.

The engine and sessionmaker are made in the app's ``lifespan`` and kept on ``app.state``; a request gets
one session from :func:`get_session`, committed in the dependency before the response is sent, so a failed
commit is an error response and never a 2xx that was not stored.

The pool is fixed (``LTC_DB_POOL_SIZE`` connections, no overflow by default): connections opened for a burst
and closed after it cost PostgreSQL a backend fork each, 16–40 a second at 32 concurrent requests (issue 13).
A request that finds every connection taken waits ``LTC_DB_POOL_TIMEOUT_SECONDS`` and is then a 503
``DATABASE_BUSY`` with ``Retry-After``, never a hang. Hot reads skip the session altogether (:data:`ReadDep`):
one pooled connection, one statement, one round trip.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import MetaData
from sqlalchemy.engine import make_url
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util.concurrency import greenlet_spawn

from shared.errors import ServiceUnavailable
from shared.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def schema_metadata(schema: str) -> MetaData:
    """A service's metadata: its own PostgreSQL schema and stable constraint names."""
    return MetaData(schema=schema, naming_convention=NAMING_CONVENTION)


def async_url(url: str) -> str:
    """Any ``postgres://``/``postgresql://`` URL as the asyncpg driver URL SQLAlchemy expects."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


def sync_url(url: str) -> str:
    """The plain libpq form (for asyncpg.connect and psql) of a database URL."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def create_engine(settings: Settings, database_url: str, application_name: str) -> AsyncEngine:
    return create_async_engine(
        async_url(database_url),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        # the most recently returned connection first: under light load the same few stay warm (their
        # prepared statements cached) and the others idle, instead of every connection being cycled
        pool_use_lifo=True,
        pool_pre_ping=settings.db_pool_pre_ping,
        pool_recycle=1800,
        connect_args={
            "server_settings": {
                "application_name": application_name,
                "statement_timeout": str(settings.db_statement_timeout_ms),
                "timezone": "UTC",
            }
        },
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


def database_busy() -> ServiceUnavailable:
    """Every pooled connection stayed taken for the pool timeout: a 503 the caller may retry, not a 500."""
    return ServiceUnavailable(
        "every database connection of this process is in use; try again in a moment",
        code="DATABASE_BUSY",
        headers={"Retry-After": "1"},
    )


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request, committed before the response (``scope="function"``)."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except PoolTimeout as exc:
            await session.rollback()
            raise database_busy() from exc
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_read_connection(request: Request) -> AsyncIterator[Any]:
    """The driver's (asyncpg) connection of one pooled connection, for a read that needs no transaction.

    A read of one statement is its own snapshot: no ``BEGIN``/``COMMIT`` around it, no session, no ORM
    objects; asyncpg prepares each statement once per connection, so a call is one round trip. The
    connection comes from the bind of the app's sessionmaker, so tests that bind sessions to their own
    transaction read inside it. Nothing may be written through it.
    """
    bind: AsyncEngine | AsyncConnection = request.app.state.sessionmaker.kw["bind"]
    if isinstance(bind, AsyncConnection):
        yield (await bind.get_raw_connection()).driver_connection
        return
    try:
        async with driver_connection(bind) as raw:
            yield raw
    except PoolTimeout as exc:
        raise database_busy() from exc


@asynccontextmanager
async def driver_connection(engine: AsyncEngine) -> AsyncIterator[Any]:
    """The driver's (asyncpg) connection of one connection checked out of ``engine``'s pool, given back
    afterwards: the pool's own checkout, without the engine's Connection around it (its events, its
    transaction bookkeeping and a greenlet switch for each) — for statements sent straight to the driver
    (the hot reads, the gateway's audit row). Raises the pool's timeout when every connection stays taken."""
    pooled = await greenlet_spawn(engine.sync_engine.raw_connection)
    raw: Any = pooled.driver_connection
    try:
        yield raw
    finally:
        # used around SQLAlchemy's back, a connection that broke is not known broken to the pool
        if raw.is_closed():
            await greenlet_spawn(pooled.invalidate)
        await greenlet_spawn(pooled.close)


ReadDep = Annotated[Any, Depends(get_read_connection, scope="function")]
"""An asyncpg connection for one read (``fetch``/``fetchrow`` with ``$1``… parameters)."""
