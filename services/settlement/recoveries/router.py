"""Recoveries (追回): reads, repayments by the institution, write-offs by the bureau."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.settlement.deps import Idempotent
from services.settlement.models import RecoveryStatus
from services.settlement.recoveries import schemas, service
from services.settlement.recoveries.auth import RecoveriesRead, RecoveriesRepay, RecoveriesWriteOff
from shared.db import SessionDep
from shared.idempotency import REPLAYED_HEADER
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["recoveries"])

CountyQuery = Annotated[str | None, Query(pattern=r"^[0-9]{6}$", description="one county")]


@router.get(
    "/recoveries",
    response_model=schemas.RecoveryList,
    summary="Money recovered from institutions (追回), newest decision first",
    description="The bureau sees all, a contractor its counties', an institution its own.",
)
async def list_recoveries(
    session: SessionDep,
    principal: RecoveriesRead,
    params: Annotated[PageParams, Depends(page_params)],
    county_code: CountyQuery = None,
    institution_id: Annotated[str | None, Query(max_length=100)] = None,
    status: RecoveryStatus | None = None,
) -> schemas.RecoveryList:
    rows, cursor = await service.list_recoveries(
        session, principal, params, county_code=county_code, institution_id=institution_id, status=status
    )
    return schemas.RecoveryList(items=[schemas.Recovery.model_validate(r) for r in rows], next_cursor=cursor)


@router.get(
    "/recoveries/{id}",
    response_model=schemas.RecoveryDetail,
    summary="A recovery with its movements and ledger transactions",
)
async def get_recovery(
    id: uuid.UUID, session: SessionDep, principal: RecoveriesRead
) -> schemas.RecoveryDetail:
    return await service.detail(session, await service.visible(session, principal, id))


def _answer(replayed: bool, out: schemas.RecoveryDetail) -> schemas.RecoveryDetail | JSONResponse:
    if replayed:
        return JSONResponse(out.model_dump(mode="json"), status_code=200, headers={REPLAYED_HEADER: "true"})
    return out


@router.post(
    "/recoveries/{id}/repayments",
    status_code=201,
    response_model=schemas.RecoveryDetail,
    responses={200: {"model": schemas.RecoveryDetail, "description": "the same repayment again (replayed)"}},
    summary="Record the institution's repayment of a recovery (the contractor of its county, or the bureau)",
    description="The bank `reference` names one repayment of the recovery: sent again with the same amount "
    "and date it answers 200 (`Idempotent-Replayed: true`), with anything else 409 `RECOVERY_REF_CONFLICT`. "
    "Never more than is outstanding (409 `RECOVERY_OVERPAID`, `RECOVERY_CLOSED`).",
    operation_id="record_repayment",
)
async def repay(
    id: uuid.UUID,
    data: schemas.RepaymentCreate,
    session: SessionDep,
    principal: RecoveriesRepay,
    idempotent: Idempotent,
) -> JSONResponse:
    async def produce() -> schemas.RecoveryDetail | JSONResponse:
        recovery, replayed = await service.repay(session, principal, id, data)
        return _answer(replayed, await service.detail(session, recovery))

    return await idempotent.respond(produce, status_code=201)


@router.post(
    "/recoveries/{id}/write-offs",
    status_code=201,
    response_model=schemas.RecoveryDetail,
    responses={200: {"model": schemas.RecoveryDetail, "description": "the same write-off again (replayed)"}},
    summary="Write off what cannot be recovered (核销), with a reason (the bureau)",
    description="`amount_fen` left out writes off all that is outstanding. The `reference` (the decision's "
    "number) names one write-off of the recovery: sent again the same it answers 200, otherwise 409 "
    "`RECOVERY_REF_CONFLICT`.",
    operation_id="write_off_recovery",
)
async def write_off(
    id: uuid.UUID,
    data: schemas.WriteOffCreate,
    session: SessionDep,
    principal: RecoveriesWriteOff,
    idempotent: Idempotent,
) -> JSONResponse:
    async def produce() -> schemas.RecoveryDetail | JSONResponse:
        recovery, replayed = await service.write_off(session, principal, id, data)
        return _answer(replayed, await service.detail(session, recovery))

    return await idempotent.respond(produce, status_code=201)
