"""The whole platform in-process for the fuzz: the gateway in front of the three real service apps, assessment
asking the real enrollment app about coverage, assessment's reference data loaded, and everything inside the
test's rolled-back transaction (``tests/conftest.py``), so fuzzed writes never reach another test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment import reference
from shared.app import internal_client
from shared.db import create_engine
from shared.settings import Settings
from tests.conftest import run_blocking, test_settings
from tests.fuzz.world import TODAY


@pytest.fixture(scope="session")
def assessment_reference_loaded(database_url: str) -> str:
    async def load() -> None:
        engine = create_engine(test_settings(database_url), database_url, "ltc-tests-fuzz")
        try:
            async with engine.begin() as conn:
                session = AsyncSession(bind=conn)
                await reference.load(session)
                await session.flush()
        finally:
            await engine.dispose()

    run_blocking(load)
    return database_url


@pytest.fixture
async def platform(
    assessment_reference_loaded: str,
    gateway_app: FastAPI,
    service_apps: dict[str, FastAPI],
    settings: Settings,
) -> AsyncIterator[FastAPI]:
    """The gateway app, with assessment's coverage calls answered by the in-process enrollment app."""
    async with internal_client(
        settings, "assessment", "enrollment", transport=httpx.ASGITransport(app=service_apps["enrollment"])
    ) as client:
        service_apps["assessment"].state.enrollment_client = client
        service_apps["assessment"].state.today = TODAY
        yield gateway_app
