"""SQL of annual clearing: the clearings, the year's unsettled records, deposits held and the postings."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import AnnualClearing, LedgerLeg, LedgerTransaction, ServiceRecord
from services.settlement.records import results


async def lock_clearing(session: AsyncSession, county_code: str, year: int) -> None:
    """Proposals of one (county, year) take turns."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"clearing:{county_code}:{year}"}
    )


async def clearing(session: AsyncSession, clearing_id: uuid.UUID) -> AnnualClearing | None:
    return await session.get(AnnualClearing, clearing_id)


async def clearing_of_year_for_update(
    session: AsyncSession, county_code: str, year: int
) -> AnnualClearing | None:
    return await session.scalar(
        select(AnnualClearing)
        .where(AnnualClearing.county_code == county_code, AnnualClearing.year == year)
        .with_for_update()
    )


async def clearing_for_update(session: AsyncSession, clearing_id: uuid.UUID) -> AnnualClearing | None:
    return await session.scalar(
        select(AnnualClearing).where(AnnualClearing.id == clearing_id).with_for_update()
    )


async def unsettled_records(session: AsyncSession, county_code: str, year: int) -> int:
    """Service records of the county's year that no settled run has settled."""
    return int(
        await session.scalar(
            select(func.count())
            .select_from(ServiceRecord)
            .where(
                ServiceRecord.county_code == county_code,
                ServiceRecord.service_date >= dt.date(year, 1, 1),
                ServiceRecord.service_date <= dt.date(year, 12, 31),
                ~results.settled(ServiceRecord.id),
            )
        )
        or 0
    )


async def deposits_held(session: AsyncSession, county_code: str, until: dt.date) -> dict[str, int]:
    """Institution → quality deposits held for it (credit balance of ``deposits_held``) on ``until``."""
    rows = await session.execute(
        select(LedgerLeg.institution_id, -func.sum(LedgerLeg.amount_fen))
        .join(LedgerTransaction, LedgerTransaction.id == LedgerLeg.transaction_id)
        .where(
            LedgerLeg.county_code == county_code,
            LedgerLeg.account == "deposits_held",
            LedgerTransaction.posted_on <= until,
        )
        .group_by(LedgerLeg.institution_id)
    )
    return {str(i): int(v) for i, v in rows.all() if v}


async def transaction_ids_by_client_id(session: AsyncSession, client_ids: Sequence[str]) -> list[int]:
    ids = (
        await session.scalars(
            select(LedgerTransaction.id)
            .where(LedgerTransaction.client_id.in_(client_ids))
            .order_by(LedgerTransaction.id)
        )
    ).all()
    return [int(i) for i in ids]
