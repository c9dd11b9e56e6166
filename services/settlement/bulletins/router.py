"""The quarterly data bulletin (数据通报) and its targets: HTTP only."""

from __future__ import annotations

from typing import Annotated, Literal

import httpx
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from services.settlement.bulletins import schemas, service
from services.settlement.bulletins.auth import BulletinsRead, BulletinTargetsWrite
from shared.dates import LAST_DAY
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["fund planning"])


def kpi_clients(request: Request) -> dict[str, httpx.AsyncClient]:
    """The signed clients of enrollment's and assessment's KPI reports (made in the app's lifespan)."""
    clients: dict[str, httpx.AsyncClient] = getattr(request.app.state, "kpi_clients", None) or {}
    return clients


@router.get(
    "/reports/quarterly",
    response_model=schemas.Bulletin,
    summary="The quarterly data bulletin (数据通报) per county and city, ranked; CSV by Accept or format",
    responses={200: {"content": {"text/csv": {}}}},
)
async def quarterly_bulletin(
    request: Request,
    session: SessionDep,
    principal: BulletinsRead,
    year: Annotated[int, Query(ge=2019, le=LAST_DAY.year)],
    quarter: Annotated[int, Query(ge=1, le=4)],
    format: Annotated[Literal["json", "csv"] | None, Query()] = None,
) -> schemas.Bulletin | Response:
    """Every county's line of the quarter and the city's, ranked by insured against the 确保数; a contractor
    reads its counties' lines (with their rank among the 13) and the city's totals. ``Accept: text/csv`` or
    ``format=csv`` for a file. 503 ``BULLETIN_SOURCE_UNAVAILABLE`` when enrollment or assessment cannot
    answer its KPI report."""
    report = await service.bulletin(session, principal, year, quarter, kpi_clients(request))
    if format == "csv" or (format is None and "text/csv" in request.headers.get("accept", "")):
        return Response(
            service.csv_text(report),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="bulletin-{year}-q{quarter}.csv"'},
        )
    return report


@router.get(
    "/bulletin-targets",
    response_model=schemas.BulletinTargetList,
    summary="The bulletin's targets (city insured, institutions per county) by version, flagged",
)
async def bulletin_targets(session: SessionDep, principal: BulletinsRead) -> schemas.BulletinTargetList:
    return await service.list_targets(session)


@router.post(
    "/bulletin-targets",
    status_code=201,
    response_model=schemas.BulletinTarget,
    summary="A new version of a bulletin target with its reason",
)
async def new_bulletin_target(
    data: schemas.BulletinTargetCreate, session: SessionDep, principal: BulletinTargetsWrite
) -> schemas.BulletinTarget:
    """404 ``BULLETIN_TARGET_UNKNOWN`` for a code the bulletin does not measure."""
    return await service.new_target_version(session, principal, data)
