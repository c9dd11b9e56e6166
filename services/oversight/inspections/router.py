from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.oversight.deps import Idempotent, Today
from services.oversight.inspections import service
from services.oversight.inspections.auth import InspectionsRead, InspectionsWrite, PlansRead
from services.oversight.inspections.schemas import (
    FollowUpCreate,
    Inspection,
    InspectionCreate,
    InspectionList,
    Plan,
    PlanCreate,
    PlanList,
)
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["inspections"])


@router.post("/inspection-plans", status_code=201, response_model=Plan, summary="Plan inspections (日常巡查)")
async def create_plan(
    data: PlanCreate, session: SessionDep, principal: InspectionsWrite, idempotent: Idempotent
) -> JSONResponse:
    """A period, counties (a contractor: its own) and the institutions of those counties to visit (422
    ``INSTITUTION_UNKNOWN`` for one that is not)."""
    return await idempotent.respond(lambda: service.create_plan(session, data, principal), status_code=201)


@router.get("/inspection-plans", response_model=PlanList, summary="Inspection plans with what was visited")
async def list_plans(
    session: SessionDep,
    principal: PlansRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> PlanList:
    items, cursor = await service.list_plans(session, principal, page, county_code)
    return PlanList(items=items, next_cursor=cursor)


@router.get("/inspection-plans/{plan_id}", response_model=Plan, summary="One plan: visits planned and done")
async def get_plan(plan_id: uuid.UUID, session: SessionDep, principal: PlansRead) -> Plan:
    return await service.get_plan(session, plan_id, principal)


@router.post(
    "/inspections",
    status_code=201,
    response_model=Inspection,
    summary="Record a visit: findings, documents and photos, the rectification deadline",
)
async def record_visit(
    data: InspectionCreate,
    session: SessionDep,
    principal: InspectionsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Documents and photos are metadata (name, reference, SHA-256, content type). A finding that calls for
    rectification sets a deadline: ``rectification_due_on`` or the visit + the rule
    ``inspection.rectification_days``. 422 ``INSTITUTION_UNKNOWN``, ``INSPECTION_PLAN_UNKNOWN``,
    ``VISIT_OUTSIDE_PLAN``."""
    return await idempotent.respond(
        lambda: service.record_visit(session, data, principal, today), status_code=201
    )


@router.get(
    "/inspections",
    response_model=InspectionList,
    summary="Visits (a contractor: its counties'; an institution: its own)",
)
async def list_visits(
    session: SessionDep,
    principal: InspectionsRead,
    page: Annotated[PageParams, Depends(page_params)],
    today: Today,
    institution_id: Annotated[str | None, Query(max_length=100)] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    plan_id: uuid.UUID | None = None,
    rectification_status: Annotated[
        str | None, Query(pattern="^(none|pending|rectified|not_rectified)$")
    ] = None,
) -> InspectionList:
    items, cursor = await service.list_visits(
        session, principal, page, today, institution_id, county_code, plan_id, rectification_status
    )
    return InspectionList(items=items, next_cursor=cursor)


@router.get("/inspections/{inspection_id}", response_model=Inspection, summary="One visit")
async def get_visit(
    inspection_id: uuid.UUID, session: SessionDep, principal: InspectionsRead, today: Today
) -> Inspection:
    return await service.get_visit(session, inspection_id, principal, today)


@router.post(
    "/inspections/{inspection_id}/follow-ups",
    status_code=201,
    response_model=Inspection,
    summary="Follow up the rectification: rectified, or not (and open a case)",
    operation_id="follow_up_inspection",
)
async def follow_up(
    inspection_id: uuid.UUID,
    data: FollowUpCreate,
    session: SessionDep,
    principal: InspectionsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Once, while pending (409 ``RECTIFICATION_NOT_PENDING``). ``open_case`` with ``not_rectified`` opens
    a case from the findings (its id in ``case_id``)."""
    return await idempotent.respond(
        lambda: service.follow_up(session, inspection_id, data, principal, today), status_code=201
    )
