"""SQL of applications: locking, the open-application check, the list, reads with their records."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import (
    AWAITING_VISIT,
    OPEN_STATUSES,
    Application,
    ApplicationKind,
    ApplicationTransition,
    AssignmentStatus,
    Conclusion,
    ConclusionStatus,
    Objection,
    PanelAssignment,
    PanelDraw,
    Score,
)
from shared.pagination import PageParams, paginate
from shared.principal import Principal


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


async def page(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    today: dt.date,
    status: str | None,
    county_code: str | None,
    overdue: bool | None,
) -> tuple[list[Application], str | None]:
    """One page of the applications in the caller's counties, by id, filtered as asked."""
    stmt = select(Application).where(principal.in_counties(Application.county_code))
    if county_code:
        stmt = stmt.where(Application.county_code == county_code)
    if status:
        stmt = stmt.where(Application.status == status)
    if overdue is not None:
        late = Application.status.in_(AWAITING_VISIT) & (Application.onsite_due_on < today)
        stmt = stmt.where(late if overdue else ~late)
    return await paginate(session, stmt, [Application.id], params, key=lambda r: [str(r.id)])


async def latest_initial(session: AsyncSession, person_id: str) -> Application | None:
    """The person's most recent initial application (the care institution it names)."""
    stmt = (
        select(Application)
        .where(Application.person_id == person_id, Application.kind == ApplicationKind.INITIAL)
        .order_by(Application.created_at.desc())
        .limit(1)
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
    stmt = select(Conclusion).where(
        Conclusion.person_id == person_id, Conclusion.status == ConclusionStatus.IN_FORCE
    )
    return (await session.scalars(stmt.with_for_update())).first()


async def lock_conclusion(session: AsyncSession, conclusion_id: uuid.UUID | None) -> Conclusion | None:
    return await session.get(Conclusion, conclusion_id, with_for_update=True)


async def finish_assignment(session: AsyncSession, draw_id: uuid.UUID, expert_id: uuid.UUID) -> None:
    """The expert's place on the panel is done once their score is in (workload balancing)."""
    await session.execute(
        update(PanelAssignment)
        .where(PanelAssignment.draw_id == draw_id, PanelAssignment.expert_id == expert_id)
        .values(status=AssignmentStatus.DONE)
    )


async def objection(session: AsyncSession, application_id: uuid.UUID) -> Objection | None:
    stmt = select(Objection).where(Objection.application_id == application_id)
    return (await session.scalars(stmt)).first()


async def person_conclusions(session: AsyncSession, person_id: str) -> list[Conclusion]:
    stmt = (
        select(Conclusion)
        .where(Conclusion.person_id == person_id, Conclusion.status != ConclusionStatus.PENDING)
        .order_by(Conclusion.created_at.desc())
    )
    return list((await session.scalars(stmt)).all())
