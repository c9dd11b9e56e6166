"""The level imports' reads: their jobs and the levels they brought in (the import's own SQL stays with
its checks and merge in ``service.py``, as the intake kit lays an import out)."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import Conclusion, LevelImport
from shared.pagination import PageParams, paginate


async def find_job(session: AsyncSession, job_id: uuid.UUID) -> LevelImport | None:
    return await session.get(LevelImport, job_id)


async def jobs_by_id(session: AsyncSession, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, LevelImport]:
    return {j.id: j for j in await session.scalars(select(LevelImport).where(LevelImport.id.in_(ids)))}


async def migrated_page(
    session: AsyncSession,
    page: PageParams,
    *,
    counties: list[str] | None,
    county_code: str | None,
    import_job_id: uuid.UUID | None,
    migration_ref: str | None,
) -> tuple[list[Conclusion], str | None]:
    """A page of the levels of origin ``migrated`` (in ``counties`` unless None), by id."""
    stmt = select(Conclusion).where(Conclusion.origin == "migrated")
    if counties is not None:
        stmt = stmt.where(Conclusion.county_code.in_(counties))
    if county_code is not None:
        stmt = stmt.where(Conclusion.county_code == county_code)
    if import_job_id is not None:
        stmt = stmt.where(Conclusion.import_job_id == import_job_id)
    if migration_ref is not None:
        stmt = stmt.where(Conclusion.migration_ref == migration_ref)
    rows, cursor = await paginate(session, stmt, [Conclusion.id], page, key=lambda r: [str(r.id)])
    return list(rows), cursor
