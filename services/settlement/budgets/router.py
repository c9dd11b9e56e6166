"""Fund budgets (预算): versions per county and year, the city's sum, execution against the ledger."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from services.settlement.bounds import MonthQuery
from services.settlement.budgets import schemas, service
from services.settlement.budgets.auth import BudgetsRead, BudgetsWrite
from services.settlement.models import BudgetStatus
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund planning"])
Page = Annotated[PageParams, Depends(page_params)]
Year = Annotated[int, Path(ge=2000, le=2100)]


@router.post(
    "/budgets",
    status_code=201,
    response_model=schemas.Budget,
    summary="Draw up a county's fund budget for a year, or its adjustment (预算调整) once one is approved",
)
async def create_budget(
    data: schemas.BudgetCreate, session: SessionDep, principal: BudgetsWrite
) -> schemas.Budget:
    return await service.create(session, principal, data)


@router.get("/budgets", response_model=schemas.BudgetList, summary="Budget versions, by county, year, status")
async def list_budgets(
    session: SessionDep,
    principal: BudgetsRead,
    page: Page,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    status: BudgetStatus | None = None,
) -> schemas.BudgetList:
    items, cursor = await service.list_budgets(
        session, principal, page, county_code=county_code, year=year, status=status
    )
    return schemas.BudgetList(items=items, next_cursor=cursor)


@router.get("/budgets/{budget_id}", response_model=schemas.Budget, summary="One budget version")
async def get_budget(budget_id: uuid.UUID, session: SessionDep, principal: BudgetsRead) -> schemas.Budget:
    return await service.get(session, principal, budget_id)


@router.patch(
    "/budgets/{budget_id}",
    response_model=schemas.Budget,
    summary="Change a draft's lines (the whole set), assumptions or adjustment reason",
)
async def update_budget(
    budget_id: uuid.UUID, data: schemas.BudgetUpdate, session: SessionDep, principal: BudgetsWrite
) -> schemas.Budget:
    return await service.update(session, principal, budget_id, data)


@router.post(
    "/budgets/{budget_id}/status-changes",
    status_code=201,
    response_model=schemas.Budget,
    summary="Submit a draft, return a submitted one to draft, or approve it with finance's reference",
)
async def change_budget_status(
    budget_id: uuid.UUID, data: schemas.BudgetStatusChange, session: SessionDep, principal: BudgetsWrite
) -> schemas.Budget:
    return await service.change_status(session, principal, budget_id, data)


@router.get(
    "/city-budgets/{year}",
    response_model=schemas.CityBudget,
    summary="The city's budget of a year: the sum of the counties' approved versions (全市统一编制)",
)
async def city_budget(year: Year, session: SessionDep, principal: BudgetsRead) -> schemas.CityBudget:
    return await service.city_budget(session, principal, year)


@router.get(
    "/budget-execution",
    response_model=schemas.BudgetExecution,
    summary="Budget execution to a month's end per county and city; Accept: text/csv for a file",
    responses={200: {"content": {"text/csv": {}}}},
)
async def budget_execution(
    request: Request,
    session: SessionDep,
    principal: BudgetsRead,
    month: MonthQuery,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.BudgetExecution | Response:
    report = await service.execution(session, principal, month, county_code)
    if "text/csv" in request.headers.get("accept", ""):
        name = f"budget-execution-{county_code or 'city'}-{month:%Y-%m}.csv"
        return Response(
            service.execution_csv(report),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    return report
