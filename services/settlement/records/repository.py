"""Service records' reads: the records list with its filters, an import job and its error lines (the
staging, checks and merge are ``intake.py``'s one statement; the checks' SQL is ``checks.py``'s)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.records import results

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


def records_stmt(
    *,
    scope: ColumnElement[bool],
    institution_id: str | None,
    county_code: str | None,
    month_bounds: tuple[dt.date, dt.date] | None,
    check: str | None,
) -> Select[models.ServiceRecord]:
    """The records a list shows: within ``scope`` (the caller's), then the filters. ``check`` is a reason code
    or one of ``passed``, ``deducted``, ``unchecked``, ``sampled``, ``rejected``."""
    record = models.ServiceRecord
    current = results.Current
    stmt = select(record).where(scope)
    if institution_id is not None:
        stmt = stmt.where(record.institution_id == institution_id)
    if county_code is not None:
        stmt = stmt.where(record.county_code == county_code)
    if month_bounds is not None:
        stmt = stmt.where(record.service_date >= month_bounds[0], record.service_date < month_bounds[1])
    if check == "passed":
        stmt = stmt.where(results.has_current(current.deducted_fen == 0))
    elif check == "deducted":
        stmt = stmt.where(results.has_current(current.deducted_fen > 0))
    elif check == "unchecked":
        stmt = stmt.where(~results.has_current())
    elif check == "sampled":
        stmt = stmt.where(record.sampled_for_review.is_not(None))
    elif check == "rejected":
        stmt = stmt.where(func.coalesce(record.second_review, record.first_review) == "rejected")
    elif check is not None:
        stmt = stmt.where(results.has_current(current.reason_codes.contains([check])))
    return stmt
