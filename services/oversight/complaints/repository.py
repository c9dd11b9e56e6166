"""Complaints' SQL: scope, the row lock of each step, the steps, the contracts covering a county."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import Complaint, ComplaintEvent, Contract, Contractor, ContractStatus
from shared.principal import Principal


def visible(principal: Principal) -> ColumnElement[bool]:
    return principal.in_counties(Complaint.county_code)


async def get(
    session: AsyncSession, complaint_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Complaint | None:
    stmt = select(Complaint).where(Complaint.id == complaint_id, visible(principal))
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def listing(
    principal: Principal, status: str | None, county_code: str | None, institution_id: str | None
) -> Select[Complaint]:
    stmt = select(Complaint).where(visible(principal))
    if status is not None:
        stmt = stmt.where(Complaint.status == status)
    if county_code is not None:
        stmt = stmt.where(Complaint.county_code == county_code)
    if institution_id is not None:
        stmt = stmt.where(Complaint.institution_id == institution_id)
    return stmt


async def steps(session: AsyncSession, complaint_ids: Sequence[uuid.UUID]) -> list[ComplaintEvent]:
    rows = await session.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id.in_(complaint_ids))
        .order_by(ComplaintEvent.seq)
    )
    return list(rows)


async def contractor_exists(session: AsyncSession, contractor_id: uuid.UUID) -> bool:
    return await session.scalar(select(Contractor.id).where(Contractor.id == contractor_id)) is not None


async def covers(session: AsyncSession, contractor_id: uuid.UUID, county_code: str, on: dt.date) -> bool:
    """The contractor holds a contract in force over the county on the day."""
    found = await session.scalar(
        select(Contract.id)
        .where(
            Contract.contractor_id == contractor_id,
            Contract.status == ContractStatus.IN_FORCE.value,
            Contract.county_codes.any_() == county_code,
            Contract.starts_on <= on,
            Contract.ends_on >= on,
        )
        .limit(1)
    )
    return found is not None


def now() -> ColumnElement[dt.datetime]:
    return func.now()
