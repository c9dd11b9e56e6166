"""The assessment service's ASGI app (``uvicorn services.assessment.app:create_app --factory``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from services.assessment.applications.router import router as applications_router
from services.assessment.calendar.router import router as calendar_router
from services.assessment.experts.router import router as experts_router
from services.assessment.kpis.router import router as kpis_router
from services.assessment.migrated_levels.router import router as migrated_levels_router
from services.assessment.models import outbox
from services.assessment.panels.router import router as panels_router
from services.assessment.rule_sets.router import router as rule_sets_router
from services.assessment.spot_checks.router import router as spot_checks_router
from shared.app import create_service_app, internal_client
from shared.settings import Settings, get_settings


def create_app(
    settings: Settings | None = None, enrollment_transport: httpx.AsyncBaseTransport | None = None
) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def enrollment_client(app: FastAPI) -> AsyncIterator[None]:
        """The pooled, signed client for enrollment's coverage answer."""
        async with internal_client(
            settings, "assessment", "enrollment", transport=enrollment_transport
        ) as client:
            app.state.enrollment_client = client
            yield

    return create_service_app(
        name="assessment",
        title="LTC assessment service",
        description="Applications, expert pool, panel draws, scale scoring, conclusions and objections.",
        routers=[
            rule_sets_router,
            calendar_router,
            experts_router,
            panels_router,
            applications_router,
            spot_checks_router,
            migrated_levels_router,
            kpis_router,
            outbox.feed_router(),
        ],
        settings=settings,
        extra_lifespan=enrollment_client,
    )
