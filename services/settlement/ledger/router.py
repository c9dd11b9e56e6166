"""The fund ledger: balances and entries per county (bureau, contractors in scope); fiscal subsidies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.settlement.deps import Idempotent
from services.settlement.ledger import schemas, service
from services.settlement.ledger.auth import FundRead, FundWrite
from services.settlement.reference.units import require_county
from shared.db import SessionDep
from shared.idempotency import REPLAYED_HEADER
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund ledger"])
County = Annotated[str, Query(pattern=r"^[0-9]{6}$")]


@router.get(
    "/fund/accounts",
    response_model=schemas.AccountList,
    summary="Ledger balances of a county",
    operation_id="list_fund_accounts",
)
async def accounts(county_code: County, session: SessionDep, principal: FundRead) -> schemas.AccountList:
    await require_county(session, principal, county_code, "query.county_code")
    return await service.accounts(session, county_code)


@router.get(
    "/fund/transactions",
    response_model=schemas.TransactionList,
    summary="Ledger entries, newest first",
    operation_id="list_fund_transactions",
)
async def transactions(
    county_code: County,
    session: SessionDep,
    principal: FundRead,
    page: Annotated[PageParams, Depends(page_params)],
) -> schemas.TransactionList:
    await require_county(session, principal, county_code, "query.county_code")
    return await service.transactions(session, county_code, page)


@router.post(
    "/fund/fiscal-subsidies",
    status_code=201,
    response_model=schemas.FiscalSubsidy,
    responses={200: {"model": schemas.FiscalSubsidy, "description": "the same subsidy again (replayed)"}},
    summary="Finance money into a county's fund (bureau)",
    description="The finance bureau's `reference` names one subsidy of the county: sent again with the same "
    "amount and date it answers 200 with the first posting (`Idempotent-Replayed: true`); with anything else "
    "it is a 409 `SUBSIDY_REF_CONFLICT`.",
)
async def fiscal_subsidy(
    data: schemas.FiscalSubsidyCreate, session: SessionDep, principal: FundWrite, idempotent: Idempotent
) -> JSONResponse:
    async def produce() -> dict[str, object] | JSONResponse:
        await require_county(session, principal, data.county_code, "body.county_code")
        posted = await service.record_fiscal_subsidy(session, principal, data)
        body = {"transaction_id": posted.id, **data.model_dump(mode="json")}
        if posted.replayed:
            return JSONResponse(body, status_code=200, headers={REPLAYED_HEADER: "true"})
        return body

    return await idempotent.respond(produce, status_code=201)
