"""SQL of applications: locking, the open-application check, reads with their records."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import (
    OPEN_STATUSES,
    Application,
    ApplicationTransition,
    Conclusion,
    Objection,
    PanelDraw,
    Score,
)


async def lock(session: AsyncSession, application_id: uuid.UUID) -> Application | None:
    """``SELECT … FOR UPDATE``: one change of an application at a time."""
    stmt = select(Application).where(Application.id == application_id).with_for_update()
    return (await session.scalars(stmt)).first()


async def get(session: AsyncSession, application_id: uuid.UUID) -> Application | None:
    return await session.get(Application, application_id)


async def open_for_person(session: AsyncSession, person_id: str) -> Application | None:
    stmt = select(Application).where(
        Application.person_id == person_id, Application.status.in_(OPEN_STATUSES)
    )
    return (await session.scalars(stmt)).first()


async def history(session: AsyncSession, application_id: uuid.UUID) -> list[ApplicationTransition]:
    stmt = (
        select(ApplicationTransition)
        .where(ApplicationTransition.application_id == application_id)
        .order_by(ApplicationTransition.seq)
    )
    return list((await session.scalars(stmt)).all())


async def draws(session: AsyncSession, application_id: uuid.UUID) -> list[PanelDraw]:
    stmt = select(PanelDraw).where(PanelDraw.application_id == application_id).order_by(PanelDraw.drawn_at)
    return list((await session.scalars(stmt)).all())


async def current_draw(session: AsyncSession, application_id: uuid.UUID, round_: int) -> PanelDraw | None:
    stmt = select(PanelDraw).where(
        PanelDraw.application_id == application_id, PanelDraw.round == round_, PanelDraw.current
    )
    return (await session.scalars(stmt)).first()


async def scores(session: AsyncSession, application_id: uuid.UUID, round_: int | None = None) -> list[Score]:
    stmt = select(Score).where(Score.application_id == application_id)
    if round_ is not None:
        stmt = stmt.where(Score.round == round_)
    return list((await session.scalars(stmt.order_by(Score.round, Score.submitted_at))).all())


async def conclusions(session: AsyncSession, application_id: uuid.UUID) -> list[Conclusion]:
    stmt = select(Conclusion).where(Conclusion.application_id == application_id).order_by(Conclusion.round)
    return list((await session.scalars(stmt)).all())


async def conclusion_of_round(
    session: AsyncSession, application_id: uuid.UUID, round_: int
) -> Conclusion | None:
    stmt = select(Conclusion).where(Conclusion.application_id == application_id, Conclusion.round == round_)
    return (await session.scalars(stmt)).first()


async def in_force_for_person(session: AsyncSession, person_id: str) -> Conclusion | None:
    stmt = select(Conclusion).where(Conclusion.person_id == person_id, Conclusion.status == "in_force")
    return (await session.scalars(stmt.with_for_update())).first()


async def objection(session: AsyncSession, application_id: uuid.UUID) -> Objection | None:
    stmt = select(Objection).where(Objection.application_id == application_id)
    return (await session.scalars(stmt)).first()


async def person_conclusions(session: AsyncSession, person_id: str) -> list[Conclusion]:
    stmt = (
        select(Conclusion)
        .where(Conclusion.person_id == person_id, Conclusion.status != "pending")
        .order_by(Conclusion.created_at.desc())
    )
    return list((await session.scalars(stmt)).all())


def is_overdue(app: Application, today: dt.date) -> bool:
    return bool(
        app.onsite_due_on is not None
        and app.status in ("accepted", "panel_drawn", "objected")
        and app.onsite_due_on < today
    )
