"""An import job from upload to counts: one transaction, so a broken connection leaves nothing half-done."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from services.enrollment.imports import payments, persons
from services.enrollment.imports.staging import Tables, copy_upload
from services.enrollment.models import ImportJob
from shared.dates import today
from shared.errors import NotFound
from shared.principal import Principal

RUNNERS = {"persons": persons.run, "payments": payments.run}


async def run_import(
    session: AsyncSession, principal: Principal, request: Request, kind: str, fmt: str
) -> ImportJob:
    await session.execute(text("SET LOCAL statement_timeout = 0"))
    job = ImportJob(
        id=uuid.uuid4(),
        kind=kind,
        format=fmt,
        status="completed",
        client_id=principal.client_id,
        county_codes=principal.county_filter(),
    )
    session.add(job)
    await session.flush()
    tables = Tables(job.id.hex[:12])
    received = await copy_upload(session, request, tables)
    job.content_sha256 = received.sha256
    job.bytes_received = received.bytes
    await RUNNERS[kind](session, principal, job, fmt, today(), tables)
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    await session.refresh(job)
    return job


async def get_job(session: AsyncSession, principal: Principal, job_id: uuid.UUID, kind: str) -> ImportJob:
    job = await session.get(ImportJob, job_id)
    if (
        job is None
        or job.kind != kind
        or (job.client_id != principal.client_id and principal.county_filter() is not None)
    ):
        raise NotFound(f"no import {job_id}", code="IMPORT_NOT_FOUND")
    return job
