"""An import job from upload to counts: one transaction, so a broken connection leaves nothing half-done."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.imports import payments, persons, repository
from services.enrollment.imports.exceptions import EnrollmentImportNotFound
from services.enrollment.models import ImportJob
from shared.dates import today
from shared.intake.staging import bulk_settings, copy_lines, drop_staging
from shared.principal import Principal
from shared.uploads import FileUpload

_log = structlog.get_logger("enrollment.imports")
RUNNERS = {"persons": persons.run, "payments": payments.run}


async def run_import(
    session: AsyncSession, principal: Principal, upload: FileUpload, kind: str, fmt: str
) -> ImportJob:
    await bulk_settings(session)  # one long transaction over millions of rows, parsed by parallel workers
    job = ImportJob(
        id=uuid.uuid4(),
        kind=kind,
        format=fmt,
        status="completed",
        client_id=principal.client_id,
        county_codes=principal.county_filter(),
    )
    await repository.add_job(session, job)
    tables = repository.tables(job)
    started = time.perf_counter()
    received = await copy_lines(session, upload, tables)
    job.content_sha256 = received.sha256
    job.bytes_received = received.bytes
    received_at = time.perf_counter()
    await RUNNERS[kind](session, principal, job, fmt, today(), tables)
    await drop_staging(session, tables)
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    await session.refresh(job)
    _log.info(
        "import_processed",
        job_id=str(job.id),
        kind=kind,
        rows=job.rows_total,
        failed=job.rows_failed,
        upload_s=round(received_at - started, 3),
        checks_and_merge_s=round(time.perf_counter() - received_at, 3),
    )
    return job


async def get_job(session: AsyncSession, principal: Principal, job_id: uuid.UUID, kind: str) -> ImportJob:
    job = await repository.find_job(session, job_id)
    if (
        job is None
        or job.kind != kind
        or (job.client_id != principal.client_id and principal.county_filter() is not None)
    ):
        raise EnrollmentImportNotFound(f"no import {job_id}")
    return job
