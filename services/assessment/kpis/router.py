from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from contracts.kpis import KPI_PATH, GroupBy
from services.assessment.kpis import service
from services.assessment.kpis.auth import KpisRead
from services.assessment.kpis.schemas import KpiGroupedReport, KpiReport
from shared.dates import BusinessDate
from shared.db import SessionDep

router = APIRouter(prefix="/internal", tags=["internal"], include_in_schema=False)


@router.get(KPI_PATH.removeprefix("/internal"), response_model=KpiReport | KpiGroupedReport)
async def kpis(
    session: SessionDep,
    principal: KpisRead,
    period_from: Annotated[BusinessDate, Query()],
    period_to: Annotated[BusinessDate, Query()],
    county_code: Annotated[list[str] | None, Query()] = None,
    institution_id: Annotated[str | None, Query(max_length=64)] = None,
    group_by: Annotated[GroupBy | None, Query()] = None,
) -> KpiReport | KpiGroupedReport:
    """Assessment's indicators (``contracts.kpis.CATALOGUE["assessment"]``) summed over the counties (all
    when none is named). 422 ``COUNTY_UNKNOWN``, ``KPI_PERIOD_INVERTED``, ``KPI_SUBJECT_UNSUPPORTED`` (an
    ``institution_id``: assessment's figures are the counties'). ``group_by=county``: one report per county
    in one grouped pass (``KPI_GROUP_UNSUPPORTED`` for ``institution``)."""
    return await service.report(
        session, principal, county_code or [], period_from, period_to, institution_id, group_by
    )
