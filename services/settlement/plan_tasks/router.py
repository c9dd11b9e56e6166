"""The plan's task list (清单+闭环) and its supervision rounds (季度跟踪、半年督查、年终核验)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.settlement.models import PlanTaskStatus
from services.settlement.plan_tasks import schemas, service
from services.settlement.plan_tasks.auth import PlanTasksRead, PlanTasksWrite
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund planning"])
Page = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/plan-tasks", status_code=201, response_model=schemas.PlanTask, summary="Add a task to the plan's list"
)
async def create_plan_task(
    data: schemas.PlanTaskCreate, session: SessionDep, principal: PlanTasksWrite
) -> schemas.PlanTask:
    return await service.create(session, principal, data)


@router.get(
    "/plan-tasks",
    response_model=schemas.PlanTaskList,
    summary="The plan's tasks by deadline (`overdue=true`: open or reopened past their deadline)",
)
async def list_plan_tasks(
    session: SessionDep,
    principal: PlanTasksRead,
    page: Page,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    status: PlanTaskStatus | None = None,
    overdue: bool = False,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> schemas.PlanTaskList:
    items, cursor = await service.list_tasks(
        session, principal, page, year=year, status=status, overdue=overdue, county_code=county_code
    )
    return schemas.PlanTaskList(items=items, next_cursor=cursor)


@router.get("/plan-tasks/{task_id}", response_model=schemas.PlanTask, summary="One task of the plan")
async def get_plan_task(
    task_id: uuid.UUID, session: SessionDep, principal: PlanTasksRead
) -> schemas.PlanTask:
    return await service.get(session, principal, task_id)


@router.patch(
    "/plan-tasks/{task_id}",
    response_model=schemas.PlanTask,
    summary="Change an open task's wording or deadline",
)
async def update_plan_task(
    task_id: uuid.UUID, data: schemas.PlanTaskUpdate, session: SessionDep, principal: PlanTasksWrite
) -> schemas.PlanTask:
    return await service.update(session, principal, task_id, data)


@router.post(
    "/plan-tasks/{task_id}/status-changes",
    status_code=201,
    response_model=schemas.PlanTask,
    summary="Mark a task done with its evidence, verify it (闭环), or reopen it with the reason",
)
async def change_plan_task_status(
    task_id: uuid.UUID, data: schemas.PlanTaskStatusChange, session: SessionDep, principal: PlanTasksWrite
) -> schemas.PlanTask:
    return await service.change_status(session, principal, task_id, data)


@router.post(
    "/supervision-rounds",
    status_code=201,
    response_model=schemas.SupervisionRound,
    summary="Record a supervision round (季度跟踪 / 半年督查 / 年终核验) with its findings",
)
async def record_supervision_round(
    data: schemas.SupervisionRoundCreate, session: SessionDep, principal: PlanTasksWrite
) -> schemas.SupervisionRound:
    return schemas.SupervisionRound.model_validate(await service.record_round(session, principal, data))


@router.get(
    "/supervision-rounds",
    response_model=schemas.SupervisionRoundList,
    summary="Supervision rounds, newest first",
)
async def list_supervision_rounds(
    session: SessionDep, principal: PlanTasksRead, page: Page
) -> schemas.SupervisionRoundList:
    rows, cursor = await service.list_rounds(session, principal, page)
    return schemas.SupervisionRoundList(
        items=[schemas.SupervisionRound.model_validate(r) for r in rows], next_cursor=cursor
    )


@router.get(
    "/supervision-rounds/{round_id}", response_model=schemas.SupervisionRound, summary="One supervision round"
)
async def get_supervision_round(
    round_id: uuid.UUID, session: SessionDep, principal: PlanTasksRead
) -> schemas.SupervisionRound:
    return schemas.SupervisionRound.model_validate(await service.get_round(session, principal, round_id))
