from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import ContributionBill, ContributionPolicy, Person, PersonStatusChange


async def by_id(session: AsyncSession, person_id: uuid.UUID, *, lock: bool = False) -> Person | None:
    stmt = select(Person).where(Person.id == person_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def by_id_number(session: AsyncSession, id_number: str) -> Person | None:
    return (await session.scalars(select(Person).where(Person.id_number == id_number))).first()


async def history(session: AsyncSession, person_id: uuid.UUID) -> list[PersonStatusChange]:
    stmt = (
        select(PersonStatusChange)
        .where(PersonStatusChange.person_id == person_id)
        .order_by(PersonStatusChange.effective_on, PersonStatusChange.id)
    )
    return list((await session.scalars(stmt)).all())


async def latest_change(session: AsyncSession, person_id: uuid.UUID) -> PersonStatusChange | None:
    stmt = (
        select(PersonStatusChange)
        .where(PersonStatusChange.person_id == person_id)
        .order_by(PersonStatusChange.effective_on.desc(), PersonStatusChange.id.desc())
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


async def status_on(session: AsyncSession, person_id: uuid.UUID, on: dt.date) -> PersonStatusChange | None:
    stmt = (
        select(PersonStatusChange)
        .where(PersonStatusChange.person_id == person_id, PersonStatusChange.effective_on <= on)
        .order_by(PersonStatusChange.effective_on.desc(), PersonStatusChange.id.desc())
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


async def bill_and_policy(
    session: AsyncSession, person_id: uuid.UUID, year: int
) -> tuple[ContributionBill | None, ContributionPolicy | None]:
    bill = (
        await session.scalars(
            select(ContributionBill).where(
                ContributionBill.person_id == person_id, ContributionBill.year == year
            )
        )
    ).first()
    policy = await session.get(ContributionPolicy, year)
    return bill, policy
