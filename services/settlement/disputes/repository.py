"""SQL of disputes: the disputed service record and its disputes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from services.settlement.models import Dispute, ServiceRecord
from services.settlement.records.checks import month_bounds
from shared.pagination import PageParams, paginate


async def service_record(
    session: AsyncSession, record_id: int, *, lock: bool = False
) -> ServiceRecord | None:
    stmt = select(ServiceRecord).where(ServiceRecord.id == record_id)
    if lock:
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def service_records(session: AsyncSession, ids: Sequence[int]) -> dict[int, ServiceRecord]:
    if not ids:
        return {}
    rows = (await session.scalars(select(ServiceRecord).where(ServiceRecord.id.in_(ids)))).all()
    return {r.id: r for r in rows}


def of_records_served_in(month: dt.date) -> ColumnElement[bool]:
    """Disputes of records served in ``month`` (the month whose statement the deduction was on)."""
    m0, m1 = month_bounds(month)
    return exists().where(
        ServiceRecord.id == Dispute.service_record_id,
        ServiceRecord.service_date >= m0,
        ServiceRecord.service_date < m1,
    )


async def disputes_of(session: AsyncSession, record_id: int) -> list[Dispute]:
    return list(
        (
            await session.scalars(
                select(Dispute).where(Dispute.service_record_id == record_id).order_by(Dispute.raised_at)
            )
        ).all()
    )


async def dispute_for_update(session: AsyncSession, dispute_id: uuid.UUID, record_id: int) -> Dispute | None:
    return await session.scalar(
        select(Dispute)
        .where(Dispute.id == dispute_id, Dispute.service_record_id == record_id)
        .with_for_update()
    )


async def page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[Dispute], str | None]:
    """Oldest first (the queue's order: who has waited longest), by (raised_at, id)."""
    return await paginate(
        session,
        select(Dispute).where(*where),
        [Dispute.raised_at, Dispute.id],
        params,
        key=lambda d: [d.raised_at, d.id],
    )
