"""Where enrollment's imports keep their rows: the job, its error rows, the staging tables' names."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import ImportJob
from shared.intake.staging import Tables

CSV_FIELDS = "enrollment.csv_fields"  # the schema's SQL function that reads one quoted CSV line
ERRORS = "enrollment.import_errors"


def tables(job: ImportJob) -> Tables:
    return Tables("enrollment", job.id.hex[:12])


async def add_job(session: AsyncSession, job: ImportJob) -> ImportJob:
    session.add(job)
    await session.flush()
    return job


async def find_job(session: AsyncSession, job_id: uuid.UUID) -> ImportJob | None:
    return await session.get(ImportJob, job_id)
