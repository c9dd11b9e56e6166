"""The bureau's fund views (JSON or CSV) and per-person benefit statements for the service desk."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from services.settlement.bounds import MonthQuery
from services.settlement.reference.units import require_county
from services.settlement.views import schemas, service
from services.settlement.views.auth import BenefitStatementsRead, FundStatusRead
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["fund views"])


@router.get(
    "/fund/status",
    response_model=schemas.FundStatus,
    summary="Fund status per county and month, or city-wide without county_code; Accept: text/csv for a file",
    responses={200: {"content": {"text/csv": {}}}},
)
async def fund_status(
    request: Request,
    session: SessionDep,
    principal: FundStatusRead,
    month: MonthQuery,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.FundStatus | Response:
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        counties = [county_code]
    else:
        counties = await service.visible_counties(session, principal.county_filter())
    status = await service.status_of(session, counties, month, county_code)
    if "text/csv" in request.headers.get("accept", ""):
        name = f"fund-status-{county_code or 'city'}-{month:%Y-%m}.csv"
        return Response(
            service.csv_text(status),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    return status


@router.get(
    "/fund/status/trend",
    response_model=schemas.FundTrend,
    summary="The fund status of each month of the year up to the month, per county or city-wide, in one call",
)
async def fund_trend(
    session: SessionDep,
    principal: FundStatusRead,
    month: MonthQuery,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.FundTrend:
    """January to ``month`` of its year, one line per month (the total of ``/fund/status`` for that month,
    over the counties the caller sees, or the one county): what a chart of the year draws, in one call
    instead of one call per month."""
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        counties = [county_code]
    else:
        counties = await service.visible_counties(session, principal.county_filter())
    return await service.trend_of(session, counties, month, county_code)


@router.get(
    "/persons/{person_id}/benefit-statements",
    response_model=schemas.BenefitStatement,
    summary="What the fund paid on the person's behalf and what was theirs to pay, by institution and mode",
)
async def benefit_statement(
    person_id: uuid.UUID, month: MonthQuery, session: SessionDep, principal: BenefitStatementsRead
) -> schemas.BenefitStatement:
    return await service.person_benefit_statement(session, principal, person_id, month)
