"""The oversight service's ASGI app (``uvicorn services.oversight.app:create_app --factory``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI

from services.oversight.contractors.router import router as contractors_router
from services.oversight.contracts.router import router as contracts_router
from services.oversight.evaluations.kpis import HTTP_SERVICES
from services.oversight.evaluations.router import router as evaluations_router
from services.oversight.models import outbox
from services.oversight.schemes.router import router as schemes_router
from shared.app import create_service_app, internal_client
from shared.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def kpi_clients(app: FastAPI) -> AsyncIterator[None]:
        """The pooled, signed clients of the services' KPI reports (computed evaluation indicators)."""
        async with AsyncExitStack() as stack:
            app.state.kpi_clients = {
                service: await stack.enter_async_context(internal_client(settings, "oversight", service))
                for service in HTTP_SERVICES
            }
            yield

    return create_service_app(
        name="oversight",
        title="LTC oversight service",
        description="The bureau's supervision: contractors (商保经办机构), their service contracts per lot "
        "of counties, the acceptance of their fulfilment, and performance evaluation (绩效评价).",
        routers=[
            contractors_router,
            contracts_router,
            schemes_router,
            evaluations_router,
            outbox.feed_router(),
        ],
        settings=settings,
        extra_lifespan=kpi_clients,
    )
