"""Guesses sent together cannot slip past the lockout: the failure count is kept on the account row under a
row lock, so concurrent wrong passwords — real transactions that commit, each held open a moment so that
they overlap (``tests.races``) — take turns, and the account locks at the threshold exactly as one after
another would. Without the lock every guess would read a count of 0 and the account would never lock."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from services.gateway.models import StaffUser
from services.gateway.staff import service as staff
from services.gateway.staff.service import SignInOutcome
from shared.db import create_engine
from shared.embedded_db import drop_database
from shared.settings import Settings
from tests.conftest import migrated_database, run_blocking, test_settings
from tests.races import HeldCommitSession

THRESHOLD = 5
GUESSES = 10


@pytest.fixture(scope="module")
def gateway_race_url(server_url: str, run_tag: str) -> Iterator[str]:
    url = migrated_database(
        server_url, f"ltc_console_race_{run_tag}", ("enrollment", "settlement", "gateway")
    )
    yield url
    run_blocking(lambda: drop_database(url))


@pytest.fixture
async def race_engine(gateway_race_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(
        test_settings(gateway_race_url, db_pool_size=GUESSES + 2), gateway_race_url, "ltc-console-races"
    )
    yield engine
    await engine.dispose()


async def test_concurrent_wrong_passwords_lock_the_account_at_the_threshold(
    race_engine: AsyncEngine, gateway_race_url: str
) -> None:
    settings: Settings = test_settings(gateway_race_url, console_lockout_threshold=THRESHOLD)
    sessions = async_sessionmaker(race_engine, class_=HeldCommitSession, expire_on_commit=False)
    username = f"race.{uuid.uuid4().hex[:8]}"
    async with sessions() as session:
        session.add(
            StaffUser(
                username=username, display_name="竞态", role="bureau", county_codes=[], failed_attempts=0,
                password_hash=staff.hash_password("Right-password-2026"), created_by="tests",
            )
        )  # fmt: skip
        await session.commit()

    async def guess(n: int) -> SignInOutcome:
        async with sessions() as session:
            result = await staff.sign_in(session, username, f"Wrong-password-{n}", settings, "203.0.113.9")
            await session.commit()
            return result.outcome

    outcomes = await asyncio.gather(*(guess(n) for n in range(GUESSES)))
    assert outcomes.count(SignInOutcome.INVALID) == THRESHOLD - 1
    assert outcomes.count(SignInOutcome.LOCKED) == GUESSES - THRESHOLD + 1
    async with sessions() as session:
        right = await staff.sign_in(session, username, "Right-password-2026", settings, None)
        await session.rollback()
    assert right.outcome is SignInOutcome.LOCKED
