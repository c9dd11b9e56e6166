"""The oversight service's ASGI app (``uvicorn services.oversight.app:create_app --factory``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI

from services.oversight.cases.router import router as cases_router
from services.oversight.complaints.router import router as complaints_router
from services.oversight.contractors.router import router as contractors_router
from services.oversight.contracts.router import router as contracts_router
from services.oversight.evaluations.kpis import HTTP_SERVICES
from services.oversight.evaluations.router import router as evaluations_router
from services.oversight.feeds import SettlementConsumer
from services.oversight.files.router import router as files_router
from services.oversight.inspections.router import router as inspections_router
from services.oversight.models import outbox
from services.oversight.schemes.router import router as schemes_router
from services.oversight.training.router import router as training_router
from shared.app import create_service_app, internal_client
from shared.consumer import consumers_lifespan
from shared.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    settlement_feed = consumers_lifespan("oversight", SettlementConsumer)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        """The pooled, signed clients of the services' KPI reports (computed evaluation indicators), and
        the consumer of settlement's feed."""
        async with AsyncExitStack() as stack:
            app.state.kpi_clients = {
                service: await stack.enter_async_context(internal_client(settings, "oversight", service))
                for service in HTTP_SERVICES
            }
            await stack.enter_async_context(settlement_feed(app))
            yield

    return create_service_app(
        name="oversight",
        title="LTC oversight service",
        description="The bureau's supervision: contractors (商保经办机构), their service contracts per lot "
        "of counties, the acceptance of their fulfilment and performance evaluation (绩效评价); "
        "inspections (日常巡查), cases of violations with sanctions and money recovered (追回), complaints "
        "(投诉); the caregivers' training register.",
        routers=[
            contractors_router,
            contracts_router,
            schemes_router,
            evaluations_router,
            inspections_router,
            cases_router,
            files_router,
            complaints_router,
            training_router,
            outbox.feed_router(),
        ],
        settings=settings,
        extra_lifespan=lifespan,
    )
