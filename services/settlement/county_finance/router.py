"""The county finance's receipts against its share of a deficit, and what each county's finance owes."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.settlement.county_finance import schemas, service
from services.settlement.county_finance.auth import FinanceReceiptsRead, FinanceReceiptsWrite
from services.settlement.deps import Idempotent
from shared.db import SessionDep
from shared.idempotency import REPLAYED_HEADER
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund planning"])
Page = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/finance-receipts",
    status_code=201,
    response_model=schemas.FinanceReceipt,
    responses={
        200: {"model": schemas.FinanceReceipt, "description": "the same receipt sent again (replayed)"}
    },
    summary="Record the county finance paying its share of a deficit (财政补足缺口) into the fund",
    description="Posts cash against `finance_receivable` (what approved clearings booked on the county "
    "finance), never income. The `reference` names one receipt of the county: sent again with the same "
    "amount, date and memo it answers 200 with the first receipt (`Idempotent-Replayed: true`), with "
    "anything else 409 `FINANCE_RECEIPT_REF_CONFLICT`. Never more than is owed: 409 "
    "`FINANCE_RECEIPT_EXCEEDS_OWED` (`owed_fen`).",
)
async def record_finance_receipt(
    data: schemas.FinanceReceiptCreate,
    session: SessionDep,
    principal: FinanceReceiptsWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    async def produce() -> schemas.FinanceReceipt | JSONResponse:
        receipt, replayed = await service.record(session, principal, data)
        out = schemas.FinanceReceipt.model_validate(receipt)
        if replayed:
            return JSONResponse(
                out.model_dump(mode="json"), status_code=200, headers={REPLAYED_HEADER: "true"}
            )
        return out

    return await idempotent.respond(produce, status_code=201)


@router.get(
    "/finance-receipts",
    response_model=schemas.FinanceReceiptList,
    summary="The county finance's receipts, newest first",
)
async def list_finance_receipts(
    session: SessionDep,
    principal: FinanceReceiptsRead,
    page: Page,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.FinanceReceiptList:
    rows, cursor = await service.list_receipts(session, principal, page, county_code)
    return schemas.FinanceReceiptList(
        items=[schemas.FinanceReceipt.model_validate(r) for r in rows], next_cursor=cursor
    )


@router.get(
    "/finance-receipts/owed",
    response_model=schemas.FinanceOwedList,
    summary="What each county's finance still owes the fund: booked by clearings, received, owed",
)
async def finance_owed(session: SessionDep, principal: FinanceReceiptsRead) -> schemas.FinanceOwedList:
    return await service.owed(session, principal)


@router.get(
    "/finance-receipts/{receipt_id}", response_model=schemas.FinanceReceipt, summary="One finance receipt"
)
async def get_finance_receipt(
    receipt_id: uuid.UUID, session: SessionDep, principal: FinanceReceiptsRead
) -> schemas.FinanceReceipt:
    return schemas.FinanceReceipt.model_validate(await service.get(session, principal, receipt_id))
