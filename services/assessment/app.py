"""The assessment service's ASGI app (``uvicorn services.assessment.app:create_app --factory``)."""

from __future__ import annotations

from fastapi import FastAPI

from services.assessment.models import outbox
from shared.app import create_service_app
from shared.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        name="assessment",
        title="LTC assessment service",
        description="Applications, expert pool, panel draws, scale scoring, conclusions and objections.",
        routers=[outbox.feed_router()],
        settings=settings,
    )
