"""Races of real transactions: a database of their own, services whose requests commit, and the ledger check.

The suite's other tests run inside one rolled-back transaction; a race needs several transactions that
commit, and what they commit stays. So the races run on a second database per worker (migrated once, its
rows never seen by the other tests), through the real service apps wired to sessions that really commit.
Each request holds its transaction open for :data:`HOLD_SECONDS` before committing, so requests sent
together overlap: without a lock they all read before any of them commits (which is how the overpayments
of issue 11 happened); with one, they take turns. Nothing here times anything.

The fixtures are imported by the conftest of the tests that race (settlement, enrollment, oversight).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import random
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from services.enrollment.app import create_app as create_enrollment
from services.settlement.app import create_app as create_settlement
from shared.db import create_engine
from shared.embedded_db import drop_database
from shared.principal import Principal, Role, SignedPrincipalAuth
from tests.conftest import TEST_SECRET, migrated_database, run_blocking, test_settings

HOLD_SECONDS = 0.15
_names = itertools.count(1)


class HeldCommitSession(AsyncSession):
    """A session that keeps its transaction open a moment before committing (see the module's note)."""

    async def commit(self) -> None:
        await asyncio.sleep(HOLD_SECONDS)
        await super().commit()


@pytest.fixture(scope="session")
def race_database_url(server_url: str, run_tag: str) -> Iterator[str]:
    url = migrated_database(server_url, f"ltc_race_{run_tag}", ("enrollment", "settlement", "oversight"))
    yield url
    run_blocking(lambda: drop_database(url))


@pytest.fixture(scope="session")
async def race_engine(race_database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(
        test_settings(race_database_url, db_pool_size=20, db_max_overflow=10), race_database_url, "ltc-races"
    )
    yield engine
    await engine.dispose()


@pytest.fixture
def committing(race_engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Plain sessions on the race database (for arranging and for reading the outcome)."""
    return async_sessionmaker(race_engine, expire_on_commit=False)


def _held(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=HeldCommitSession, expire_on_commit=False, autoflush=False)


@pytest.fixture
def settlement_app(race_database_url: str, race_engine: AsyncEngine) -> FastAPI:
    app = create_settlement(test_settings(race_database_url))
    app.state.engine = race_engine
    app.state.sessionmaker = _held(race_engine)
    return app


@pytest.fixture
def enrollment_app(race_database_url: str, race_engine: AsyncEngine) -> FastAPI:
    app = create_enrollment(test_settings(race_database_url))
    app.state.engine = race_engine
    app.state.sessionmaker = _held(race_engine)
    return app


def client_of(app: FastAPI, principal: Principal) -> httpx.AsyncClient:
    """A client of one service app calling as ``principal`` (signed as the gateway signs)."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://service.test",
        auth=SignedPrincipalAuth(lambda: TEST_SECRET, principal),
        timeout=60,
    )


def contractor(*counties: str) -> Principal:
    name = f"race-contractor-{next(_names)}"
    return Principal(client_id=name, name=name, role=Role.CONTRACTOR, county_codes=list(counties))


def bureau() -> Principal:
    return Principal(client_id=f"race-bureau-{next(_names)}", name="race bureau", role=Role.BUREAU)


def far_month() -> dt.date:
    """A month after the others' (within the scheme's dates, 2000–2099) and after today."""
    return dt.date(random.randint(2040, 2098), random.randint(1, 12), 1)


async def gather_all(*calls: Any) -> list[Any]:
    return list(await asyncio.gather(*calls))


async def ledger_problems(session: AsyncSession | AsyncConnection) -> list[str]:
    """What breaks double entry in the ledger as ``session`` (or a connection) sees it: a county whose
    postings do not sum to zero, or a transaction whose legs do not. Empty when the books balance."""
    counties = (
        await session.execute(
            text(
                "SELECT county_code, sum(amount_fen) FROM settlement.ledger_legs "
                "GROUP BY county_code HAVING sum(amount_fen) <> 0"
            )
        )
    ).all()
    transactions = (
        await session.execute(
            text(
                "SELECT transaction_id, sum(amount_fen) FROM settlement.ledger_legs "
                "GROUP BY transaction_id HAVING sum(amount_fen) <> 0"
            )
        )
    ).all()
    # recoveries (追回): what each institution still owes is its receivable in the ledger, and each
    # recovery's netted, repaid and written-off amounts are its movements that count
    receivables = (
        await session.execute(
            text(
                """
                SELECT coalesce(r.county_code, l.county_code), coalesce(r.institution_id, l.institution_id),
                       coalesce(r.owed, 0), coalesce(l.balance, 0)
                  FROM (SELECT county_code, institution_id,
                               sum(amount_fen - netted_fen - repaid_fen - written_off_fen) AS owed
                          FROM settlement.recoveries GROUP BY 1, 2) r
                  FULL JOIN (SELECT county_code, institution_id, sum(amount_fen) AS balance
                               FROM settlement.ledger_legs WHERE account = 'receivable_institutions'
                              GROUP BY 1, 2) l
                    ON l.county_code = r.county_code AND l.institution_id = r.institution_id
                 WHERE coalesce(r.owed, 0) <> coalesce(l.balance, 0)
                """
            )
        )
    ).all()
    movements = (
        await session.execute(
            text(
                """
                SELECT r.id FROM settlement.recoveries r
                  LEFT JOIN (SELECT recovery_id,
                                    sum(amount_fen) FILTER (WHERE kind = 'netted') AS netted,
                                    sum(amount_fen) FILTER (WHERE kind = 'repaid') AS repaid,
                                    sum(amount_fen) FILTER (WHERE kind = 'written_off') AS written_off
                               FROM settlement.recovery_movements WHERE cancelled_by_run_id IS NULL
                              GROUP BY 1) m ON m.recovery_id = r.id
                 WHERE (r.netted_fen, r.repaid_fen, r.written_off_fen)
                       <> (coalesce(m.netted, 0), coalesce(m.repaid, 0), coalesce(m.written_off, 0))
                """
            )
        )
    ).all()
    return (
        [f"county {c} sums to {s} fen" for c, s in counties]
        + [f"transaction {t} sums to {s} fen" for t, s in transactions]
        + [f"{i} of {c} owes {o} fen of recoveries, its receivable is {b}" for c, i, o, b in receivables]
        + [f"recovery {r} differs from its movements" for (r,) in movements]
    )


async def assert_books_balance(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as s:
        assert await ledger_problems(s) == []


_counties = itertools.count(1)


async def new_county(sessions: async_sessionmaker[AsyncSession]) -> str:
    """An accounting unit of the fund made for one test (codes 9xxxxx are no real county's)."""
    from services.settlement.models import AccountingUnit

    code = f"9{next(_counties):05d}"
    async with sessions() as s:
        s.add(AccountingUnit(code=code, name=f"race county {code}"))
        await s.commit()
    return code
