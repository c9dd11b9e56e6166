"""SQL of the county finance's receipts and of what each county's finance owes (``finance_receivable``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import FinanceReceipt
from shared.pagination import PageParams, paginate

RECEIVABLE = "finance_receivable"


async def lock_county(session: AsyncSession, county_code: str) -> None:
    """Receipts of one county take turns (to the transaction's end): what is owed is read, then reduced."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('settlement.finance_receipts'), hashtext(:county))"),
        {"county": county_code},
    )


async def by_reference(session: AsyncSession, county_code: str, reference: str) -> FinanceReceipt | None:
    return (
        await session.scalars(
            select(FinanceReceipt).where(
                FinanceReceipt.county_code == county_code, FinanceReceipt.reference == reference
            )
        )
    ).first()


async def get(session: AsyncSession, receipt_id: Any) -> FinanceReceipt | None:
    return await session.get(FinanceReceipt, receipt_id)


async def page(
    session: AsyncSession, params: PageParams, where: Sequence[ColumnElement[bool]]
) -> tuple[list[FinanceReceipt], str | None]:
    return await paginate(
        session,
        select(FinanceReceipt).where(*where),
        [FinanceReceipt.received_on, FinanceReceipt.id],
        params,
        key=lambda r: [r.received_on, r.id],
        descending=True,
    )


_OWED = f"""
SELECT u.code,
       coalesce(sum(l.amount_fen) FILTER (WHERE l.amount_fen > 0), 0) AS booked,
       coalesce(-sum(l.amount_fen) FILTER (WHERE l.amount_fen < 0), 0) AS received,
       coalesce(sum(l.amount_fen), 0) AS owed
  FROM unnest(cast(:counties AS text[])) AS u(code)
  LEFT JOIN settlement.ledger_legs l ON l.county_code = u.code AND l.account = '{RECEIVABLE}'
 GROUP BY u.code ORDER BY u.code
"""


async def owed(session: AsyncSession, counties: Sequence[str]) -> Sequence[Any]:
    """(county, booked, received, owed) of the finance receivable, per county."""
    return (await session.execute(text(_OWED), {"counties": list(counties)})).all()
