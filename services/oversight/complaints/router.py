from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.oversight.complaints import service
from services.oversight.complaints.auth import ComplaintsRead, ComplaintsSupervise, ComplaintsWrite
from services.oversight.complaints.schemas import (
    AssignmentCreate,
    Complaint,
    ComplaintCreate,
    ComplaintList,
    FollowUpCreate,
    HandlingCreate,
    SupervisionCreate,
)
from services.oversight.deps import Idempotent, Today
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["complaints"])


@router.post(
    "/complaints",
    status_code=201,
    response_model=Complaint,
    summary="Receive a complaint (受理)",
    operation_id="receive_complaint",
)
async def receive(
    data: ComplaintCreate,
    session: SessionDep,
    principal: ComplaintsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """About a county, and an institution of it or a contractor. Its deadlines come from the rules
    ``complaint.*_days`` (unconfirmed). 422 ``INSTITUTION_UNKNOWN``, ``CONTRACTOR_UNKNOWN``."""
    return await idempotent.respond(lambda: service.receive(session, data, principal, today), status_code=201)


@router.get("/complaints", response_model=ComplaintList, summary="Complaints (a contractor: its counties')")
async def list_complaints(
    session: SessionDep,
    principal: ComplaintsRead,
    page: Annotated[PageParams, Depends(page_params)],
    today: Today,
    status: Annotated[str | None, Query(pattern="^(received|assigned|handled|closed)$")] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    institution_id: Annotated[str | None, Query(max_length=100)] = None,
) -> ComplaintList:
    items, cursor = await service.list_complaints(
        session, principal, page, today, status, county_code, institution_id
    )
    return ComplaintList(items=items, next_cursor=cursor)


@router.get("/complaints/{complaint_id}", response_model=Complaint, summary="One complaint with its steps")
async def get_complaint(
    complaint_id: uuid.UUID, session: SessionDep, principal: ComplaintsRead, today: Today
) -> Complaint:
    return await service.get(session, complaint_id, principal, today)


@router.post(
    "/complaints/{complaint_id}/assignment",
    status_code=201,
    response_model=Complaint,
    summary="Assign it (分流) to a contractor of the county or a bureau officer",
    operation_id="assign_complaint",
)
async def assign(
    complaint_id: uuid.UUID,
    data: AssignmentCreate,
    session: SessionDep,
    principal: ComplaintsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """422 ``ASSIGNEE_NOT_COVERING`` for a contractor without a contract in force over the county."""
    return await idempotent.respond(
        lambda: service.assign(session, complaint_id, data, principal, today), status_code=201
    )


@router.post(
    "/complaints/{complaint_id}/handling",
    status_code=201,
    response_model=Complaint,
    summary="Handle it (处置)",
    operation_id="handle_complaint",
)
async def handle(
    complaint_id: uuid.UUID,
    data: HandlingCreate,
    session: SessionDep,
    principal: ComplaintsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.handle(session, complaint_id, data, principal, today), status_code=201
    )


@router.post(
    "/complaints/{complaint_id}/supervision",
    status_code=201,
    response_model=Complaint,
    summary="Press an overdue complaint (督办)",
    operation_id="supervise_complaint",
)
async def supervise(
    complaint_id: uuid.UUID,
    data: SupervisionCreate,
    session: SessionDep,
    principal: ComplaintsSupervise,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """409 ``COMPLAINT_NOT_OVERDUE`` while its current step is within its deadline."""
    return await idempotent.respond(
        lambda: service.supervise(session, complaint_id, data, principal, today), status_code=201
    )


@router.post(
    "/complaints/{complaint_id}/follow-up",
    status_code=201,
    response_model=Complaint,
    summary="Follow it up (回访): satisfied closes it, not satisfied reopens it",
    operation_id="follow_up_complaint",
)
async def follow_up(
    complaint_id: uuid.UUID,
    data: FollowUpCreate,
    session: SessionDep,
    principal: ComplaintsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.follow_up(session, complaint_id, data, principal, today), status_code=201
    )
