"""Contributions over HTTP: a year's policy set and replaced, the bill run, the bills list and one payment."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse

from services.enrollment.contribution_policies.auth import PoliciesWrite
from services.enrollment.contribution_policies.schemas import ContributionPolicy
from services.enrollment.contributions import service
from services.enrollment.contributions.auth import ContributionsRead, ContributionsWrite
from services.enrollment.contributions.schemas import (
    Bill,
    BillGeneration,
    BillGenerationResult,
    BillList,
    BillStatus,
    Payment,
    PaymentCreate,
    PolicyCreate,
    PolicyWrite,
)
from services.enrollment.models import ContributionBill, idempotency_records
from shared.db import SessionDep
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.identifiers import mask_id_number
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["contributions"])
Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


def to_bill(row: ContributionBill) -> Bill:
    return Bill(
        id=row.id,
        person_id=row.person_id,
        year=row.year,
        county_code=row.county_code,
        category=row.category,
        employer_credit_code=row.employer_credit_code,
        employer_half_payer=row.employer_half_payer,
        employer_due_fen=row.employer_due_fen,
        individual_due_fen=row.individual_due_fen,
        employer_paid_fen=row.employer_paid_fen,
        individual_paid_fen=row.individual_paid_fen,
        excess_fen=row.excess_fen,
        due_on=row.due_on,
        status=service.bill_status(row),
    )


def to_payment(recorded: service.RecordedPayment) -> Payment:
    return Payment(
        id=recorded.id,
        bill_id=recorded.bill_id,
        person_id=recorded.person_id,
        county_code=recorded.county_code,
        year=recorded.year,
        payer=recorded.payer,
        channel=recorded.channel,
        amount_fen=recorded.amount_fen,
        applied_fen=recorded.applied_fen,
        excess_fen=recorded.excess_fen,
        paid_on=recorded.paid_on,
        external_ref=recorded.external_ref,
        payer_id_number=mask_id_number(recorded.payer_id_number) if recorded.payer_id_number else None,
        recorded_at=recorded.recorded_at,
        bill_status=recorded.bill_status,
    )


@router.post(
    "/contribution-policies",
    status_code=201,
    response_model=ContributionPolicy,
    summary="Set a year's policy",
)
async def create_policy(
    data: PolicyCreate, session: SessionDep, bureau: PoliciesWrite, idempotent: Idempotent
) -> Response:
    async def create() -> ContributionPolicy:
        return ContributionPolicy.model_validate(
            await service.create_policy(session, data), from_attributes=True
        )

    return await idempotent.respond(create, status_code=201)


@router.put(
    "/contribution-policies/{year}",
    response_model=ContributionPolicy,
    summary="Replace a year's policy (until its bills are generated)",
)
async def replace_policy(
    year: int, data: PolicyWrite, session: SessionDep, bureau: PoliciesWrite
) -> ContributionPolicy:
    return ContributionPolicy.model_validate(
        await service.replace_policy(session, year, data), from_attributes=True
    )


@router.post(
    "/contribution-bills:generate",
    response_model=BillGenerationResult,
    summary="Bills of a year for everyone insured (idempotent per person and year)",
)
async def generate_bills(
    data: BillGeneration, session: SessionDep, principal: ContributionsWrite, idempotent: Idempotent
) -> Response:
    async def generate() -> BillGenerationResult:
        return await service.generate_bills(session, principal, data)

    return await idempotent.respond(generate)


@router.get("/contribution-bills", response_model=BillList, summary="Bills with both halves, paid or not")
async def list_bills(
    session: SessionDep,
    principal: ContributionsRead,
    page: Annotated[PageParams, Depends(page_params)],
    person_id: uuid.UUID | None = None,
    year: int | None = None,
    status: BillStatus | None = None,
) -> BillList:
    rows, cursor = await service.list_bills(
        session, principal, page, person_id=person_id, year=year, status=status
    )
    return BillList(items=[to_bill(r) for r in rows], next_cursor=cursor)


@router.post("/payments", status_code=201, response_model=Payment, summary="Record one payment")
async def record_payment(data: PaymentCreate, session: SessionDep, principal: ContributionsWrite) -> Response:
    """Idempotent by `(channel, external_ref)`: the same payment again answers 200 with the first record."""
    recorded, replayed = await service.record_payment(session, principal, data)
    body = to_payment(recorded).model_dump(mode="json")
    if replayed:
        return JSONResponse(body, status_code=200, headers={"Idempotent-Replayed": "true"})
    return JSONResponse(body, status_code=201)
