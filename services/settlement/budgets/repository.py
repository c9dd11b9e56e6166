"""SQL of fund budgets: versions and their lines, the approved ones of a year, the ledger's actuals."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import Budget, BudgetLine, BudgetStatus
from shared.pagination import PageParams, paginate


async def lock_county_year(session: AsyncSession, county_code: str, year: int) -> None:
    """Versions of one county's year are made and approved one at a time (to the transaction's end)."""
    await session.execute(
        select(func.pg_advisory_xact_lock(func.hashtextextended(f"budget:{county_code}:{year}", 0)))
    )


async def get(session: AsyncSession, budget_id: uuid.UUID, *, lock: bool = False) -> Budget | None:
    stmt = select(Budget).where(Budget.id == budget_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def versions(session: AsyncSession, county_code: str, year: int) -> Sequence[Budget]:
    return (
        await session.scalars(
            select(Budget)
            .where(Budget.county_code == county_code, Budget.year == year)
            .order_by(Budget.version)
        )
    ).all()


async def lines_of(session: AsyncSession, budget_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, int]]:
    out: dict[uuid.UUID, dict[str, int]] = {i: {} for i in budget_ids}
    rows = await session.execute(
        select(BudgetLine.budget_id, BudgetLine.line, BudgetLine.amount_fen).where(
            BudgetLine.budget_id.in_(budget_ids)
        )
    )
    for budget_id, line, amount in rows.all():
        out[budget_id][line] = int(amount)
    return out


async def replace_lines(session: AsyncSession, budget_id: uuid.UUID, lines: dict[str, int]) -> None:
    await session.execute(delete(BudgetLine).where(BudgetLine.budget_id == budget_id))
    if lines:
        await session.execute(
            pg_insert(BudgetLine).values(
                [{"budget_id": budget_id, "line": k, "amount_fen": v} for k, v in lines.items()]
            )
        )


async def page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[Budget], str | None]:
    return await paginate(
        session,
        select(Budget).where(*where),
        [Budget.year, Budget.county_code, Budget.version],
        params,
        key=lambda b: [b.year, b.county_code, b.version],
    )


async def approved_of_year(session: AsyncSession, year: int, counties: Sequence[str]) -> Sequence[Budget]:
    return (
        await session.scalars(
            select(Budget).where(
                Budget.year == year,
                Budget.status == BudgetStatus.APPROVED,
                Budget.county_code.in_(counties),
            )
        )
    ).all()


_ACTUALS = """
SELECT l.county_code, l.account, a.kind, sum(l.amount_fen)
  FROM settlement.ledger_legs l
  JOIN settlement.ledger_transactions t ON t.id = l.transaction_id
  JOIN settlement.ledger_accounts a ON a.code = l.account
 WHERE t.posted_on BETWEEN :y0 AND :until AND t.client_id NOT LIKE 'annual-clearing:close:%'
   AND a.kind IN ('income', 'expense') AND l.county_code = ANY(:counties)
 GROUP BY 1, 2, 3
"""


async def actuals(session: AsyncSession, counties: Sequence[str], year: int, until: dt.date) -> Sequence[Any]:
    """(county, account, kind, debit-positive sum) of the income and expense accounts from 1 January to
    ``until``, the transaction closing the year left out (the deposits forfeited at the clearing count)."""
    params = {"counties": list(counties), "y0": dt.date(year, 1, 1), "until": until}
    return (await session.execute(text(_ACTUALS), params)).all()
