"""The oversight service's ASGI app (``uvicorn services.oversight.app:create_app --factory``)."""

from __future__ import annotations

from fastapi import FastAPI

from services.oversight.cases.router import router as cases_router
from services.oversight.complaints.router import router as complaints_router
from services.oversight.contractors.router import router as contractors_router
from services.oversight.contracts.router import router as contracts_router
from services.oversight.feeds import SettlementConsumer
from services.oversight.inspections.router import router as inspections_router
from services.oversight.models import outbox
from shared.app import create_service_app
from shared.consumer import consumers_lifespan
from shared.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    return create_service_app(
        name="oversight",
        title="LTC oversight service",
        description="The bureau's supervision: contractors (商保经办机构), their service contracts per lot "
        "of counties, and the acceptance of their fulfilment; inspections (日常巡查), cases of violations "
        "with "
        "sanctions and money recovered (追回), complaints (投诉).",
        routers=[
            contractors_router,
            contracts_router,
            inspections_router,
            cases_router,
            complaints_router,
            outbox.feed_router(),
        ],
        settings=settings,
        extra_lifespan=consumers_lifespan("oversight", SettlementConsumer),
    )
