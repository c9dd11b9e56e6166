"""The fund ledger: balances and entries per county (bureau, contractors in scope); fiscal subsidies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select

from services.settlement.deps import Idempotent
from services.settlement.ledger import schemas, service
from services.settlement.ledger.auth import FundRead, FundWrite
from services.settlement.models import LedgerAccount, LedgerLeg, LedgerTransaction
from services.settlement.reference.units import require_county
from shared.db import SessionDep
from shared.idempotency import REPLAYED_HEADER
from shared.pagination import PageParams, page_params, paginate

router = APIRouter(prefix="/api/v1/fund", tags=["fund ledger"])
County = Annotated[str, Query(pattern=r"^[0-9]{6}$")]


@router.get("/accounts", response_model=schemas.AccountList, summary="Ledger balances of a county")
async def accounts(county_code: County, session: SessionDep, principal: FundRead) -> schemas.AccountList:
    await require_county(session, principal, county_code, "query.county_code")
    balances = await service.balances(session, county_code)
    chart = (await session.scalars(select(LedgerAccount).order_by(LedgerAccount.code))).all()
    items = [
        schemas.AccountBalance(account=a.code, name=a.name, kind=a.kind, balance_fen=balances.get(a.code, 0))
        for a in chart
    ]
    return schemas.AccountList(county_code=county_code, items=items, total_fen=sum(balances.values()))


@router.get("/transactions", response_model=schemas.TransactionList, summary="Ledger entries, newest first")
async def transactions(
    county_code: County,
    session: SessionDep,
    principal: FundRead,
    page: Annotated[PageParams, Depends(page_params)],
) -> schemas.TransactionList:
    await require_county(session, principal, county_code, "query.county_code")
    rows, cursor = await paginate(
        session,
        select(LedgerTransaction).where(LedgerTransaction.county_code == county_code),
        [LedgerTransaction.id],
        page,
        lambda r: [r.id],
        descending=True,
    )
    legs = (
        await session.scalars(
            select(LedgerLeg).where(LedgerLeg.transaction_id.in_([r.id for r in rows])).order_by(LedgerLeg.id)
        )
    ).all()
    by_tx: dict[int, list[schemas.LegOut]] = {}
    for leg in legs:
        by_tx.setdefault(leg.transaction_id, []).append(schemas.LegOut.model_validate(leg))
    return schemas.TransactionList(
        items=[
            schemas.TransactionOut(
                id=r.id,
                client_id=r.client_id,
                county_code=r.county_code,
                posted_on=r.posted_on,
                kind=r.kind,
                memo=r.memo,
                reverses_id=r.reverses_id,
                legs=by_tx.get(r.id, []),
            )
            for r in rows
        ],
        next_cursor=cursor,
    )


@router.post(
    "/fiscal-subsidies",
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
        posted = await service.post_once(
            session,
            client_id=f"fiscal-subsidy:{data.county_code}:{data.reference}",
            county_code=data.county_code,
            posted_on=data.received_on,
            kind="fiscal_subsidy",
            legs=[
                service.Leg("cash", data.amount_fen),
                service.Leg("income_fiscal_subsidy", -data.amount_fen),
            ],
            created_by=principal.client_id,
            memo=data.reference,
            conflict_code="SUBSIDY_REF_CONFLICT",
        )
        body = {"transaction_id": posted.id, **data.model_dump(mode="json")}
        if posted.replayed:
            return JSONResponse(body, status_code=200, headers={REPLAYED_HEADER: "true"})
        return body

    return await idempotent.respond(produce, status_code=201)
