"""Evaluation schemes' SQL."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import EvaluationScheme


async def get(session: AsyncSession, scheme_id: uuid.UUID, *, lock: bool = False) -> EvaluationScheme | None:
    stmt = select(EvaluationScheme).where(EvaluationScheme.id == scheme_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def next_version(session: AsyncSession, code: str) -> int:
    """The next version of ``code``; versions of one code are drafted one at a time (a transaction lock)."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('oversight.scheme-version'), hashtext(:code))"),
        {"code": code},
    )
    latest = await session.scalar(
        select(func.max(EvaluationScheme.version)).where(EvaluationScheme.code == code)
    )
    return (latest or 0) + 1


def listing(code: str | None, subject_kind: str | None, status: str | None) -> Select[EvaluationScheme]:
    stmt = select(EvaluationScheme)
    if code is not None:
        stmt = stmt.where(EvaluationScheme.code == code)
    if subject_kind is not None:
        stmt = stmt.where(EvaluationScheme.subject_kind == subject_kind)
    if status is not None:
        stmt = stmt.where(EvaluationScheme.status == status)
    return stmt
