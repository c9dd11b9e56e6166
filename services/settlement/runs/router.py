"""Settlement runs, statements and payouts."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.settlement.bounds import MonthQuery
from services.settlement.config import ConfigDep
from services.settlement.deps import Idempotent, visible_institution
from services.settlement.reference.units import require_county
from services.settlement.runs import schemas, service
from services.settlement.runs.auth import PayoutsWrite, RunsRead, RunsWrite
from shared.db import SessionDep
from shared.idempotency import REPLAYED_HEADER

router = APIRouter(prefix="/api/v1", tags=["settlement"])


@router.post(
    "/settlement-runs",
    status_code=201,
    response_model=schemas.Run,
    summary="Settle a month",
    operation_id="settle_county_month",
)
async def create_run(
    data: schemas.RunCreate,
    session: SessionDep,
    principal: RunsWrite,
    idempotent: Idempotent,
    config: ConfigDep,
) -> JSONResponse:
    await require_county(session, principal, data.county_code, "body.county_code")

    async def produce() -> schemas.Run:
        run = await service.settle(
            session,
            principal,
            data.county_code,
            data.month,
            config,
            resettle=data.resettle,
            reason=data.reason,
        )
        return await service.run_view(session, principal, run)

    return await idempotent.respond(produce, status_code=201)


@router.get("/settlement-runs/{run_id}", response_model=schemas.Run, summary="A run and its statements")
async def get_run(run_id: uuid.UUID, session: SessionDep, principal: RunsRead) -> schemas.Run:
    return await service.run_view(session, principal, await service.visible_run(session, principal, run_id))


@router.get(
    "/institutions/{institution_id}/statements",
    response_model=schemas.StatementList,
    summary="An institution's statements (of settled runs)",
)
async def institution_statements(
    institution_id: str, session: SessionDep, principal: RunsRead, month: MonthQuery | None = None
) -> schemas.StatementList:
    await visible_institution(session, principal, institution_id)
    rows = await service.institution_statements(session, institution_id, month)
    return schemas.StatementList(items=await service.statements_out(session, rows))


@router.get(
    "/settlement-runs/{run_id}/payments",
    response_model=schemas.PaymentList,
    summary="The payouts recorded against a run (an institution: its own)",
)
async def list_payouts(run_id: uuid.UUID, session: SessionDep, principal: RunsRead) -> schemas.PaymentList:
    run = await service.visible_run(session, principal, run_id)
    payments = await service.payments_of(session, principal, run)
    return schemas.PaymentList(
        items=[schemas.Payment.model_validate(p) for p in payments],
        paid_fen=sum(p.amount_fen for p in payments),
    )


@router.post(
    "/settlement-runs/{run_id}/payments",
    status_code=201,
    response_model=schemas.Payment,
    responses={200: {"model": schemas.Payment, "description": "the same payout sent again (replayed)"}},
    summary="Record a payout to an institution",
    description="The bank `reference` names one payout of the county: sent again with the same run, "
    "institution, amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with "
    "anything else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled "
    "statement's net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes "
    "none (409 `RUN_SUPERSEDED`).",
    operation_id="record_payout",
)
async def record_payment(
    run_id: uuid.UUID,
    data: schemas.PaymentCreate,
    session: SessionDep,
    principal: PayoutsWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    run = await service.visible_run(session, principal, run_id)

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
