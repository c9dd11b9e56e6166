"""The settlement service's ASGI app (``uvicorn services.settlement.app:create_app --factory``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI

from services.settlement.benefit_rules.router import router as benefit_rules_router
from services.settlement.budgets.router import router as budgets_router
from services.settlement.bulletins.router import router as bulletins_router
from services.settlement.clearing.router import router as clearing_router
from services.settlement.config import settlement_config
from services.settlement.county_finance.router import router as county_finance_router
from services.settlement.disputes.router import router as disputes_router
from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer
from services.settlement.feeds.oversight import OversightConsumer
from services.settlement.final_accounts.router import router as final_accounts_router
from services.settlement.institutions.router import router as institutions_router
from services.settlement.kpis.router import router as kpis_router
from services.settlement.ledger.router import router as ledger_router
from services.settlement.models import outbox
from services.settlement.opening_balances.router import router as opening_balances_router
from services.settlement.plan_tasks.router import router as plan_tasks_router
from services.settlement.projections.router import router as projections_router
from services.settlement.projections.service import worker_lifespan
from services.settlement.records.router import router as records_router
from services.settlement.recoveries.router import router as recoveries_router
from services.settlement.reviews.router import router as reviews_router
from services.settlement.runs.router import router as runs_router
from services.settlement.service_items.router import router as service_items_router
from services.settlement.views.router import router as views_router
from shared.app import create_service_app, internal_client
from shared.consumer import consumers_lifespan
from shared.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app with the platform's ``settings`` (from the environment if None) and settlement's own
    variables, all validated here: a refused value stops the start with a ``SettingsError`` naming it."""
    config = settlement_config(settings)
    feeds = consumers_lifespan("settlement", EnrollmentConsumer, AssessmentConsumer, OversightConsumer)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        """The signed clients of enrollment's and assessment's KPI reports (the quarterly bulletin), and
        the consumers of the feeds."""
        async with AsyncExitStack() as stack:
            app.state.kpi_clients = {
                service: await stack.enter_async_context(internal_client(config, "settlement", service))
                for service in ("enrollment", "assessment")
            }
            await stack.enter_async_context(feeds(app))
            yield

    return create_service_app(
        name="settlement",
        title="LTC settlement service",
        description="Institutions, benefit rules, service records, monthly settlement, the fund ledger.",
        routers=[
            institutions_router,
            benefit_rules_router,
            service_items_router,
            ledger_router,
            opening_balances_router,
            records_router,
            reviews_router,
            disputes_router,
            clearing_router,
            views_router,
            runs_router,
            recoveries_router,
            budgets_router,
            county_finance_router,
            final_accounts_router,
            plan_tasks_router,
            bulletins_router,
            projections_router,
            kpis_router,
            outbox.feed_router(),
        ],
        settings=config,
        extra_lifespan=worker_lifespan(lifespan),
    )
