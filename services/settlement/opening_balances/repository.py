"""The opening-balance imports' reads: their jobs and the balances they posted (the import's checks and
postings stay in ``service.py``)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import OpeningBalance, OpeningBalanceImport
from shared.pagination import PageParams, paginate


async def find_job(session: AsyncSession, job_id: uuid.UUID) -> OpeningBalanceImport | None:
    return await session.get(OpeningBalanceImport, job_id)


async def balances_page(
    session: AsyncSession, page: PageParams, *, county_code: str | None, import_job_id: uuid.UUID | None
) -> tuple[list[OpeningBalance], str | None]:
    """A page of the posted balances, by reference."""
    stmt = select(OpeningBalance)
    if county_code is not None:
        stmt = stmt.where(OpeningBalance.county_code == county_code)
    if import_job_id is not None:
        stmt = stmt.where(OpeningBalance.import_job_id == import_job_id)
    rows, cursor = await paginate(
        session, stmt, [OpeningBalance.reference], page, key=lambda r: [r.reference]
    )
    return list(rows), cursor
