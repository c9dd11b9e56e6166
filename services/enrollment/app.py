"""The enrollment service's ASGI app (``uvicorn services.enrollment.app:create_app --factory``)."""

from __future__ import annotations

from fastapi import FastAPI

from services.enrollment.contribution_policies.router import router as policies_router
from services.enrollment.contributions.router import router as contributions_router
from services.enrollment.counties.router import router as counties_router
from services.enrollment.employers.router import router as employers_router
from services.enrollment.feeds import AssessmentConsumer
from services.enrollment.imports.router import router as imports_router
from services.enrollment.kpis.router import router as kpis_router
from services.enrollment.models import outbox
from services.enrollment.persons.internal import router as persons_internal_router
from services.enrollment.persons.router import router as persons_router
from shared.app import create_service_app
from shared.consumer import consumers_lifespan
from shared.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        name="enrollment",
        title="LTC enrollment service",
        description="Insured persons, employers, contribution policy, annual bills, payments and coverage.",
        routers=[
            counties_router,
            policies_router,
            contributions_router,
            employers_router,
            persons_router,
            imports_router,
            persons_internal_router,
            kpis_router,
            outbox.feed_router(),
        ],
        settings=settings,
        extra_lifespan=consumers_lifespan("enrollment", AssessmentConsumer),
    )
