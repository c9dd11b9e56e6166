"""The oversight service's ASGI app (``uvicorn services.oversight.app:create_app --factory``)."""

from __future__ import annotations

from fastapi import FastAPI

from services.oversight.contractors.router import router as contractors_router
from services.oversight.contracts.router import router as contracts_router
from services.oversight.models import outbox
from services.oversight.training.router import router as training_router
from shared.app import create_service_app
from shared.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_service_app(
        name="oversight",
        title="LTC oversight service",
        description="The bureau's supervision: contractors (商保经办机构), their service contracts per lot "
        "of counties, the acceptance of their fulfilment, and the caregivers' training register.",
        routers=[contractors_router, contracts_router, training_router, outbox.feed_router()],
        settings=settings,
    )
