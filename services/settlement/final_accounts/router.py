"""Final accounts (决算) per county and year, and the city's."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse

from services.settlement.final_accounts import schemas, service
from services.settlement.final_accounts.auth import FinalAccountsRead, FinalAccountsWrite
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund planning"])
Page = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/final-accounts",
    status_code=201,
    response_model=schemas.FinalAccounts,
    responses={200: {"model": schemas.FinalAccounts, "description": "a draft drawn up again"}},
    summary="Draw up a county's final accounts (决算) of a cleared year: each budget line against the year",
    description="From the year's approved annual clearing (409 `FINAL_ACCOUNTS_YEAR_NOT_CLEARED` before) and "
    "the budget version approved for the year. A draft is drawn up again on each call (200); approved final "
    "accounts do not change (409 `FINAL_ACCOUNTS_APPROVED`).",
)
async def draw_up_final_accounts(
    data: schemas.FinalAccountsCreate, session: SessionDep, principal: FinalAccountsWrite
) -> JSONResponse:
    out, redrawn = await service.draw_up(session, principal, data)
    return JSONResponse(out.model_dump(mode="json"), status_code=200 if redrawn else 201)


@router.get("/final-accounts", response_model=schemas.FinalAccountsList, summary="Final accounts, by year")
async def list_final_accounts(
    session: SessionDep,
    principal: FinalAccountsRead,
    page: Page,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.FinalAccountsList:
    items, cursor = await service.list_accounts(session, principal, page, year, county_code)
    return schemas.FinalAccountsList(items=items, next_cursor=cursor)


@router.get(
    "/final-accounts/{accounts_id}",
    response_model=schemas.FinalAccounts,
    summary="One county's final accounts",
)
async def get_final_accounts(
    accounts_id: uuid.UUID, session: SessionDep, principal: FinalAccountsRead
) -> schemas.FinalAccounts:
    return await service.get(session, principal, accounts_id)


@router.post(
    "/final-accounts/{accounts_id}/approvals",
    status_code=201,
    response_model=schemas.FinalAccounts,
    summary="Record the approval of a county's final accounts (决算批复)",
)
async def approve_final_accounts(
    accounts_id: uuid.UUID,
    data: schemas.FinalAccountsApproval,
    session: SessionDep,
    principal: FinalAccountsWrite,
) -> schemas.FinalAccounts:
    return await service.approve(session, principal, accounts_id, data)


@router.get(
    "/city-final-accounts/{year}",
    response_model=schemas.CityFinalAccounts,
    summary="The city's final accounts of a year: the counties' sum, naming those still draft or missing",
)
async def city_final_accounts(
    year: Annotated[int, Path(ge=2000, le=2100)], session: SessionDep, principal: FinalAccountsRead
) -> schemas.CityFinalAccounts:
    return await service.city(session, principal, year)
