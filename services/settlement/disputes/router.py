"""Disputes of deductions: institutions raise them on their own records, contractors decide."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.settlement.bounds import MonthQuery
from services.settlement.deps import Idempotent
from services.settlement.disputes import schemas, service
from services.settlement.disputes.auth import DisputesDecide, DisputesRaise, DisputesRead
from services.settlement.models import DisputeStatus
from services.settlement.records.schemas import RecordId
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["disputes"])


@router.post(
    "/service-records/{id}/disputes",
    status_code=201,
    response_model=schemas.Dispute,
    summary="Dispute a settled record's deduction (申诉), once, with a reason (the institution)",
)
async def raise_dispute(
    id: RecordId,
    data: schemas.DisputeCreate,
    session: SessionDep,
    principal: DisputesRaise,
    idempotent: Idempotent,
) -> JSONResponse:
    async def produce() -> schemas.Dispute:
        dispute = await service.raise_dispute(session, principal, id, data)
        return schemas.Dispute.model_validate(dispute)

    return await idempotent.respond(produce, status_code=201)


@router.get(
    "/disputes",
    response_model=schemas.DisputePage,
    summary="Disputes, oldest first: a contractor's counties' (its queue: ?status=open), an institution's",
    description="`month` keeps the disputes of records served in that month (the month a statement is for).",
)
async def list_disputes(
    session: SessionDep,
    principal: DisputesRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    status: DisputeStatus | None = None,
    institution_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    month: MonthQuery | None = None,
) -> schemas.DisputePage:
    rows, cursor = await service.list_disputes(
        session,
        principal,
        page,
        county_code=county_code,
        status=status,
        institution_id=institution_id,
        month=month,
    )
    return schemas.DisputePage(items=await service.listed(session, rows), next_cursor=cursor)


@router.get(
    "/service-records/{id}/disputes",
    response_model=schemas.DisputeList,
    summary="The record's dispute and its decision",
)
async def record_disputes(id: RecordId, session: SessionDep, principal: DisputesRead) -> schemas.DisputeList:
    rows = await service.disputes_of(session, principal, id)
    return schemas.DisputeList(items=[schemas.Dispute.model_validate(r) for r in rows])


@router.post(
    "/service-records/{id}/disputes/{dispute_id}/decision",
    response_model=schemas.Dispute,
    summary="Uphold or reject a dispute (the contractor); upheld → paid with the next settlement",
    operation_id="decide_dispute",
)
async def decide(
    id: RecordId,
    dispute_id: uuid.UUID,
    data: schemas.DisputeDecision,
    session: SessionDep,
    principal: DisputesDecide,
    idempotent: Idempotent,
) -> JSONResponse:
    async def produce() -> schemas.Dispute:
        dispute = await service.decide(session, principal, id, dispute_id, data)
        return schemas.Dispute.model_validate(dispute)

    return await idempotent.respond(produce)
