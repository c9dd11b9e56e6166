"""SQL of the plan's tasks and supervision rounds."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import PlanTask, SupervisionRound
from shared.pagination import PageParams, paginate


async def get(session: AsyncSession, task_id: uuid.UUID, *, lock: bool = False) -> PlanTask | None:
    stmt = select(PlanTask).where(PlanTask.id == task_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def by_code(session: AsyncSession, code: str) -> PlanTask | None:
    return (await session.scalars(select(PlanTask).where(PlanTask.code == code))).first()


async def existing_ids(session: AsyncSession, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return set((await session.scalars(select(PlanTask.id).where(PlanTask.id.in_(ids)))).all())


async def page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[PlanTask], str | None]:
    return await paginate(
        session,
        select(PlanTask).where(*where),
        [PlanTask.due_on, PlanTask.code],
        params,
        key=lambda t: [t.due_on, t.code],
    )


async def get_round(session: AsyncSession, round_id: uuid.UUID) -> SupervisionRound | None:
    return await session.get(SupervisionRound, round_id)


async def rounds_page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[SupervisionRound], str | None]:
    return await paginate(
        session,
        select(SupervisionRound).where(*where),
        [SupervisionRound.held_on, SupervisionRound.id],
        params,
        key=lambda r: [r.held_on, r.id],
        descending=True,
    )
