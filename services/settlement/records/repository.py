"""The service-record intake's reads: an import job and its error lines (the staging, checks and merge
are ``intake.py``'s one statement)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models

INLINE_ERRORS = 1000  # the error lines an import's answer carries


async def first_errors(
    session: AsyncSession, job_id: uuid.UUID, limit: int = INLINE_ERRORS
) -> Sequence[models.ImportError_]:
    return (
        await session.scalars(
            select(models.ImportError_)
            .where(models.ImportError_.job_id == job_id)
            .order_by(models.ImportError_.row_number, models.ImportError_.code)
            .limit(limit)
        )
    ).all()


async def find_import(
    session: AsyncSession, job_id: uuid.UUID
) -> tuple[models.ImportJob, models.Institution] | None:
    """The job and its institution."""
    job = await session.get(models.ImportJob, job_id)
    institution = await session.get(models.Institution, job.institution_id) if job is not None else None
    return None if job is None or institution is None else (job, institution)
