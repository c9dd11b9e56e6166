"""SQL of final accounts: the year's clearing and budget, the ledger's figures of the year."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import AnnualClearing, Budget, BudgetStatus, ClearingStatus, FinalAccounts
from shared.pagination import PageParams, paginate


async def approved_clearing(session: AsyncSession, county_code: str, year: int) -> AnnualClearing | None:
    return (
        await session.scalars(
            select(AnnualClearing).where(
                AnnualClearing.county_code == county_code,
                AnnualClearing.year == year,
                AnnualClearing.status == ClearingStatus.APPROVED,
            )
        )
    ).first()


async def budget_in_force(session: AsyncSession, county_code: str, year: int) -> Budget | None:
    return (
        await session.scalars(
            select(Budget).where(
                Budget.county_code == county_code, Budget.year == year, Budget.status == BudgetStatus.APPROVED
            )
        )
    ).first()


async def of_year(
    session: AsyncSession, county_code: str, year: int, *, lock: bool = False
) -> FinalAccounts | None:
    stmt = select(FinalAccounts).where(FinalAccounts.county_code == county_code, FinalAccounts.year == year)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def get(session: AsyncSession, accounts_id: uuid.UUID, *, lock: bool = False) -> FinalAccounts | None:
    stmt = select(FinalAccounts).where(FinalAccounts.id == accounts_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def budget_versions(session: AsyncSession, budget_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    rows = await session.execute(select(Budget.id, Budget.version).where(Budget.id.in_(budget_ids)))
    return {i: int(v) for i, v in rows.all()}


async def of_years(session: AsyncSession, year: int, counties: Sequence[str]) -> Sequence[FinalAccounts]:
    return (
        await session.scalars(
            select(FinalAccounts).where(FinalAccounts.year == year, FinalAccounts.county_code.in_(counties))
        )
    ).all()


async def page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[FinalAccounts], str | None]:
    return await paginate(
        session,
        select(FinalAccounts).where(*where),
        [FinalAccounts.year, FinalAccounts.county_code],
        params,
        key=lambda f: [f.year, f.county_code],
    )
