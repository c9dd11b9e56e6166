"""Annual clearing: the contractor proposes, the bureau approves and the year closes."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.settlement import models
from services.settlement.clearing import schemas, service
from services.settlement.clearing.auth import ClearingsApprove, ClearingsPropose, ClearingsRead
from services.settlement.deps import Idempotent
from services.settlement.reference.units import require_county
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["annual clearing"])


async def _out(session: SessionDep, clearing: models.AnnualClearing) -> schemas.Clearing:
    out = schemas.Clearing.model_validate(clearing)
    out.ledger_transaction_ids = await service.transaction_ids(session, clearing)
    return out


@router.post(
    "/annual-clearings",
    status_code=201,
    response_model=schemas.Clearing,
    summary="Propose a county's annual clearing (a new proposal replaces an unapproved one)",
    operation_id="propose_annual_clearing",
)
async def propose(
    data: schemas.ClearingCreate, session: SessionDep, principal: ClearingsPropose, idempotent: Idempotent
) -> JSONResponse:
    await require_county(session, principal, data.county_code, "body.county_code")

    async def produce() -> schemas.Clearing:
        return await _out(session, await service.propose(session, principal, data))

    return await idempotent.respond(produce, status_code=201)


@router.get("/annual-clearings/{clearing_id}", response_model=schemas.Clearing, summary="A clearing")
async def get_clearing(
    clearing_id: uuid.UUID, session: SessionDep, principal: ClearingsRead
) -> schemas.Clearing:
    return await _out(session, await service.visible_clearing(session, principal, clearing_id))


@router.post(
    "/annual-clearings/{clearing_id}/approve",
    response_model=schemas.Clearing,
    summary="Approve (the bureau): post the clearing to the ledger and close the year",
    operation_id="approve_annual_clearing",
)
async def approve(
    clearing_id: uuid.UUID, session: SessionDep, principal: ClearingsApprove, idempotent: Idempotent
) -> JSONResponse:
    async def produce() -> schemas.Clearing:
        return await _out(session, await service.approve(session, principal, clearing_id))

    return await idempotent.respond(produce)
