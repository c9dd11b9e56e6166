"""The plan's task list (清单) and its closure (闭环), and the supervision rounds (S003 §三: "按照“清单+闭环”
管理要求，做好季度工作调度，加强数据通报，建立季度跟踪、半年督查、年终核验相结合的督查机制").

A task is open until marked done with its evidence and the day; the bureau then verifies it (closed: 闭环)
or reopens it with a reason, and it is done again. Open and reopened tasks past their deadline are overdue.
A supervision round (quarterly tracking, half-year inspection, year-end verification) records its findings,
each linked to the task it concerns. City-wide tasks are everyone's to read; a county's, its contractor's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import PlanTask, PlanTaskStatus, SupervisionRound
from services.settlement.plan_tasks import repository, schemas
from services.settlement.plan_tasks.exceptions import (
    PlanTaskCodeTaken,
    PlanTaskEvidenceRequired,
    PlanTaskNotFound,
    PlanTaskTransition,
    SupervisionRoundNotFound,
    SupervisionTaskUnknown,
)
from services.settlement.reference.units import require_county
from shared.dates import today
from shared.pagination import PageParams
from shared.principal import Principal

OPEN = (PlanTaskStatus.OPEN, PlanTaskStatus.REOPENED)
TRANSITIONS = {
    PlanTaskStatus.OPEN: {PlanTaskStatus.DONE},
    PlanTaskStatus.REOPENED: {PlanTaskStatus.DONE},
    PlanTaskStatus.DONE: {PlanTaskStatus.VERIFIED, PlanTaskStatus.REOPENED},
    PlanTaskStatus.VERIFIED: {PlanTaskStatus.REOPENED},
}


def describe(task: PlanTask, on: dt.date | None = None) -> schemas.PlanTask:
    on = on or today()
    return schemas.PlanTask(
        id=task.id,
        code=task.code,
        year=task.year,
        title=task.title,
        requirement=task.requirement,
        source=task.source,
        county_code=task.county_code,
        responsible=task.responsible,
        assisting=task.assisting,
        due_on=task.due_on,
        status=PlanTaskStatus(task.status),
        done_on=task.done_on,
        overdue=task.status in OPEN and task.due_on < on,
        done_late=task.done_on is not None and task.done_on > task.due_on,
        evidence=task.evidence,
        status_history=task.status_history,
        created_by=task.created_by,
        created_at=task.created_at,
    )


def _in_scope(principal: Principal, county: ColumnElement[Any] | Any) -> ColumnElement[bool]:
    return or_(county.is_(None), principal.in_counties(county))


async def create(
    session: AsyncSession, principal: Principal, data: schemas.PlanTaskCreate
) -> schemas.PlanTask:
    if data.county_code is not None:
        await require_county(session, principal, data.county_code, "body.county_code")
    taken = await repository.by_code(session, data.code)
    if taken is not None:
        raise PlanTaskCodeTaken(f"a task {data.code} exists", task_id=str(taken.id))
    task = PlanTask(
        id=uuid.uuid4(),
        **data.model_dump(),
        status=PlanTaskStatus.OPEN,
        status_history=[
            {"status": "open", "at": dt.datetime.now(dt.UTC).isoformat(), "by": principal.client_id}
        ],
        created_by=principal.client_id,
    )
    session.add(task)
    await session.flush()
    return describe(task)


async def _visible(
    session: AsyncSession, principal: Principal, task_id: uuid.UUID, *, lock: bool = False
) -> PlanTask:
    task = await repository.get(session, task_id, lock=lock)
    if task is None or (task.county_code is not None and not principal.sees_county(task.county_code)):
        raise PlanTaskNotFound(f"no task {task_id}")
    return task


async def get(session: AsyncSession, principal: Principal, task_id: uuid.UUID) -> schemas.PlanTask:
    return describe(await _visible(session, principal, task_id))


async def update(
    session: AsyncSession, principal: Principal, task_id: uuid.UUID, data: schemas.PlanTaskUpdate
) -> schemas.PlanTask:
    task = await _visible(session, principal, task_id, lock=True)
    if task.status not in OPEN:
        raise PlanTaskTransition(f"task {task.code} is {task.status}; reopen it to change it")
    for key, value in data.model_dump(exclude_unset=True).items():
        setattr(task, key, value)
    await session.flush()
    return describe(task)


async def change_status(
    session: AsyncSession, principal: Principal, task_id: uuid.UUID, data: schemas.PlanTaskStatusChange
) -> schemas.PlanTask:
    task = await _visible(session, principal, task_id, lock=True)
    target = PlanTaskStatus(data.status)
    if target not in TRANSITIONS[PlanTaskStatus(task.status)]:
        raise PlanTaskTransition(f"task {task.code} is {task.status}; it cannot become {target}")
    step: dict[str, Any] = {
        "status": target.value,
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "by": principal.client_id,
    }
    if target == PlanTaskStatus.DONE:
        if not data.evidence:
            raise PlanTaskEvidenceRequired("a task is done with its evidence (佐证材料)")
        task.done_on = data.done_on or today()
        task.evidence = [*task.evidence, *(e.model_dump(mode="json") for e in data.evidence)]
        step["done_on"] = task.done_on.isoformat()
    elif target == PlanTaskStatus.REOPENED:
        if data.reason is None:
            raise PlanTaskEvidenceRequired("a task is reopened with the reason (why it is not closed)")
        task.done_on = None
    step["reason"] = data.reason
    task.status = target
    task.status_history = [*task.status_history, step]
    await session.flush()
    return describe(task)


async def list_tasks(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    *,
    year: int | None,
    status: PlanTaskStatus | None,
    overdue: bool,
    county_code: str | None,
) -> tuple[list[schemas.PlanTask], str | None]:
    where: list[ColumnElement[bool]] = [_in_scope(principal, PlanTask.county_code)]
    if year is not None:
        where.append(PlanTask.year == year)
    if status is not None:
        where.append(PlanTask.status == status)
    if overdue:
        where += [PlanTask.status.in_(OPEN), PlanTask.due_on < today()]
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        where.append(PlanTask.county_code == county_code)
    rows, cursor = await repository.page(session, params, where)
    now = today()
    return [describe(t, now) for t in rows], cursor


async def record_round(
    session: AsyncSession, principal: Principal, data: schemas.SupervisionRoundCreate
) -> SupervisionRound:
    if data.county_code is not None:
        await require_county(session, principal, data.county_code, "body.county_code")
    named = {f.task_id for f in data.findings if f.task_id is not None}
    missing = named - await repository.existing_ids(session, list(named))
    if missing:
        raise SupervisionTaskUnknown(
            "a finding names a task that does not exist", task_ids=sorted(map(str, missing))
        )
    found = SupervisionRound(
        id=uuid.uuid4(),
        kind=data.kind,
        period_from=data.period_from,
        period_to=data.period_to,
        county_code=data.county_code,
        held_on=data.held_on,
        findings=[f.model_dump(mode="json") for f in data.findings],
        created_by=principal.client_id,
    )
    session.add(found)
    await session.flush()
    return found


async def get_round(session: AsyncSession, principal: Principal, round_id: uuid.UUID) -> SupervisionRound:
    found = await repository.get_round(session, round_id)
    if found is None or (found.county_code is not None and not principal.sees_county(found.county_code)):
        raise SupervisionRoundNotFound(f"no supervision round {round_id}")
    return found


async def list_rounds(
    session: AsyncSession, principal: Principal, params: PageParams
) -> tuple[list[SupervisionRound], str | None]:
    return await repository.rounds_page(session, params, [_in_scope(principal, SupervisionRound.county_code)])
