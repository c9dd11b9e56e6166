"""Settlement runs, statements and payouts."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import select

from services.settlement import models
from services.settlement.bounds import MonthQuery
from services.settlement.config import get_config
from services.settlement.deps import Idempotent, visible_institution
from services.settlement.reference.units import require_county
from services.settlement.runs import schemas, service
from services.settlement.runs.auth import PayoutsWrite, RunsRead, RunsWrite
from shared.db import SessionDep
from shared.errors import NotFound
from shared.idempotency import REPLAYED_HEADER
from shared.principal import Principal, Role

router = APIRouter(tags=["settlement"])


async def _visible_run(session: SessionDep, principal: Principal, run_id: uuid.UUID) -> models.SettlementRun:
    run = await session.get(models.SettlementRun, run_id)
    if run is None or (not principal.sees_county(run.county_code) and principal.role is not Role.INSTITUTION):
        raise NotFound("no such settlement run", code="RUN_NOT_FOUND")
    return run


async def _run_out(session: SessionDep, principal: Principal, run: models.SettlementRun) -> schemas.Run:
    out = schemas.Run.model_validate(run)
    statements = await service.statements_of(session, run.id)
    if principal.role is Role.INSTITUTION:
        statements = [s for s in statements if s.institution_id == principal.institution_id]
        if not statements:
            raise NotFound("no such settlement run", code="RUN_NOT_FOUND")
    out.statements = [schemas.Statement.model_validate(s) for s in statements]
    return out


@router.post("/api/v1/settlement-runs", status_code=201, response_model=schemas.Run, summary="Settle a month")
async def create_run(
    data: schemas.RunCreate, session: SessionDep, principal: RunsWrite, idempotent: Idempotent
) -> JSONResponse:
    await require_county(session, principal, data.county_code, "body.county_code")

    async def produce() -> schemas.Run:
        run = await service.settle(
            session,
            principal,
            data.county_code,
            data.month,
            get_config(),
            resettle=data.resettle,
            reason=data.reason,
        )
        return await _run_out(session, principal, run)

    return await idempotent.respond(produce, status_code=201)


@router.get(
    "/api/v1/settlement-runs/{run_id}", response_model=schemas.Run, summary="A run and its statements"
)
async def get_run(run_id: uuid.UUID, session: SessionDep, principal: RunsRead) -> schemas.Run:
    return await _run_out(session, principal, await _visible_run(session, principal, run_id))


@router.get(
    "/api/v1/institutions/{institution_id}/statements",
    response_model=schemas.StatementList,
    summary="An institution's statements (of settled runs)",
)
async def institution_statements(
    institution_id: str, session: SessionDep, principal: RunsRead, month: MonthQuery | None = None
) -> schemas.StatementList:
    await visible_institution(session, principal, institution_id)
    stmt = (
        select(models.Statement)
        .join(models.SettlementRun, models.SettlementRun.id == models.Statement.run_id)
        .where(models.Statement.institution_id == institution_id, models.SettlementRun.status == "settled")
        .order_by(models.Statement.month.desc())
    )
    if month is not None:
        stmt = stmt.where(models.Statement.month == month.replace(day=1))
    rows = (await session.scalars(stmt)).all()
    return schemas.StatementList(items=[schemas.Statement.model_validate(r) for r in rows])


@router.post(
    "/api/v1/settlement-runs/{run_id}/payments",
    status_code=201,
    response_model=schemas.Payment,
    responses={200: {"model": schemas.Payment, "description": "the same payout sent again (replayed)"}},
    summary="Record a payout to an institution",
    description="The bank `reference` names one payout of the county: sent again with the same run, "
    "institution, amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with "
    "anything else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled "
    "statement's net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes "
    "none (409 `RUN_SUPERSEDED`).",
)
async def record_payment(
    run_id: uuid.UUID,
    data: schemas.PaymentCreate,
    session: SessionDep,
    principal: PayoutsWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    run = await _visible_run(session, principal, run_id)

    async def produce() -> schemas.Payment | JSONResponse:
        payment, replayed = await service.record_payment(
            session, principal, run, data.institution_id, data.amount_fen, data.paid_on, data.reference
        )
        out = schemas.Payment.model_validate(payment)
        if replayed:
            body = out.model_dump(mode="json")
            return JSONResponse(body, status_code=200, headers={REPLAYED_HEADER: "true"})
        return out

    return await idempotent.respond(produce, status_code=201)
