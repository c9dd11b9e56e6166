"""Feed tests use the assessment service's fixtures (reference data, its API through the gateway) and the
settlement feed harness, to drive producers through their real code paths and run every consumer."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.assessment.models import outbox_events as assessment_events
from services.enrollment.feeds import AssessmentConsumer as EnrollmentAssessmentConsumer
from services.enrollment.models import consumer_cursors as enrollment_cursors
from tests.assessment.conftest import assessment_app, assessment_reference, bureau, contractor  # noqa: F401
from tests.conftest import signed_service_client
from tests.enrollment.conftest import enrollment  # noqa: F401
from tests.feeds.support import start_at_head
from tests.settlement.conftest import feeds  # noqa: F401


@pytest.fixture
async def enrollment_consumer(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    service_apps: dict[str, FastAPI],
) -> AsyncIterator[EnrollmentAssessmentConsumer]:
    """Enrollment's reader of the assessment feed, from the feed's present head on."""
    await start_at_head(
        session, enrollment_cursors, EnrollmentAssessmentConsumer.name, "assessment", assessment_events
    )
    await session.commit()
    client: httpx.AsyncClient = signed_service_client(service_apps["assessment"], "enrollment")
    async with client:
        yield EnrollmentAssessmentConsumer(client, sessionmaker)
