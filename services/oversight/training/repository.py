"""The training register's SQL: courses, sessions, results and their import, certificates."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import (
    TrainingCertificate,
    TrainingCourse,
    TrainingResult,
    TrainingResultImport,
    TrainingSession,
)


async def course(session: AsyncSession, code: str) -> TrainingCourse | None:
    return await session.get(TrainingCourse, code)


def courses() -> Select[TrainingCourse]:
    return select(TrainingCourse)


async def exam_session(session: AsyncSession, session_id: uuid.UUID) -> TrainingSession | None:
    return await session.get(TrainingSession, session_id)


def sessions(course_code: str | None) -> Select[TrainingSession]:
    stmt = select(TrainingSession)
    if course_code is not None:
        stmt = stmt.where(TrainingSession.course_code == course_code)
    return stmt


def results(session_id: uuid.UUID) -> Select[TrainingResult]:
    return select(TrainingResult).where(TrainingResult.session_id == session_id)


async def result(session: AsyncSession, session_id: uuid.UUID, id_number: str) -> TrainingResult | None:
    return await session.get(TrainingResult, (session_id, id_number))


async def result_import(session: AsyncSession, job_id: uuid.UUID) -> TrainingResultImport | None:
    return await session.get(TrainingResultImport, job_id)


async def certificate(
    session: AsyncSession, certificate_id: uuid.UUID, *, lock: bool = False
) -> TrainingCertificate | None:
    stmt = select(TrainingCertificate).where(TrainingCertificate.id == certificate_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def certificate_numbered(session: AsyncSession, number: str) -> TrainingCertificate | None:
    return (
        await session.scalars(select(TrainingCertificate).where(TrainingCertificate.number == number))
    ).first()


async def lock_certificate_number(session: AsyncSession, number: str) -> None:
    """Two issues of one number take turns to their commit: the second sees the first's row."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('oversight.certificate-number'), hashtext(:n))"),
        {"n": number},
    )


async def lock_session_issue(session: AsyncSession, session_id: uuid.UUID) -> None:
    """Two bulk issues of one session take turns to their commit: the second sees the first's certificates."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('oversight.certificate-bulk'), hashtext(:s))"),
        {"s": str(session_id)},
    )


async def passed_without_certificate(
    session: AsyncSession, session_id: uuid.UUID
) -> tuple[list[TrainingResult], int, int]:
    """The session's passed results whose holder has no certificate of the session (by ID number), how many
    passed holders do hold one, and how many certificates the session has."""
    holding = select(TrainingCertificate.holder_id_number).where(TrainingCertificate.session_id == session_id)
    waiting = (
        await session.scalars(
            select(TrainingResult)
            .where(
                TrainingResult.session_id == session_id,
                TrainingResult.passed.is_(True),
                TrainingResult.holder_id_number.not_in(holding),
            )
            .order_by(TrainingResult.holder_id_number)
        )
    ).all()
    held = await session.scalar(
        select(func.count())
        .select_from(TrainingResult)
        .where(
            TrainingResult.session_id == session_id,
            TrainingResult.passed.is_(True),
            TrainingResult.holder_id_number.in_(holding),
        )
    )
    issued = await session.scalar(
        select(func.count())
        .select_from(TrainingCertificate)
        .where(TrainingCertificate.session_id == session_id)
    )
    return list(waiting), int(held or 0), int(issued or 0)


async def numbers_taken(session: AsyncSession, numbers: list[str]) -> list[str]:
    return list(
        (
            await session.scalars(
                select(TrainingCertificate.number).where(TrainingCertificate.number.in_(numbers))
            )
        ).all()
    )


def certificates(
    holder_id_number: str | None, course_code: str | None, status: str | None
) -> Select[TrainingCertificate]:
    stmt = select(TrainingCertificate)
    if holder_id_number is not None:
        stmt = stmt.where(TrainingCertificate.holder_id_number == holder_id_number)
    if course_code is not None:
        stmt = stmt.where(TrainingCertificate.course_code == course_code)
    if status is not None:
        stmt = stmt.where(TrainingCertificate.status == status)
    return stmt


# -- the results' import: staged rows checked in one statement, then merged ----------------------------------


async def create_checked(
    session: AsyncSession, checked: str, staged: str, codes: str, failed: str, params: dict[str, Any]
) -> None:
    """The staged rows with what the checks read (``score_value``, ``passed_value``, ``occurrence``, the
    result recorded before: ``same_before`` / ``other_before``), their ``codes`` and ``failed``."""
    sql = f"""
        CREATE TEMP TABLE {checked} ON COMMIT DROP AS
        SELECT c.*, {failed} FROM (
          SELECT k.*, {codes} FROM (
            SELECT s.*,
                   CASE WHEN s.score ~ '^[0-9]{{1,3}}$' AND s.score::int <= 100 THEN s.score::int END
                       AS score_value,
                   CASE WHEN lower(s.passed) IN ('true', '1') THEN true
                        WHEN lower(s.passed) IN ('false', '0') THEN false END AS passed_value,
                   row_number() OVER (PARTITION BY s.malformed IS NULL, s.id_norm ORDER BY s.line_no)
                       AS occurrence,
                   r.holder_id_number IS NOT NULL AS recorded_before,
                   r.holder_name AS name_before, r.score AS score_before, r.passed AS passed_before
              FROM {staged} s
              LEFT JOIN oversight.training_results r
                     ON r.session_id = :session AND r.holder_id_number = s.id_norm
          ) k
        ) c
    """
    await session.execute(text(sql), params)


def same_before() -> str:
    """A row whose result was recorded before with the same content: unchanged."""
    return (
        "recorded_before AND name_before = name AND score_before = score_value "
        "AND passed_before = passed_value"
    )


async def merge_results(session: AsyncSession, checked: str, params: dict[str, Any]) -> int:
    """Record the good rows not recorded before; the number recorded."""
    inserted = await session.execute(
        text(
            f"""
            INSERT INTO oversight.training_results
                   (session_id, holder_id_number, holder_name, score, passed, import_job_id)
            SELECT :session, id_norm, name, score_value, passed_value, :job
              FROM {checked} WHERE NOT failed AND NOT recorded_before
            """
        ),
        params,
    )
    return int(inserted.rowcount or 0)  # type: ignore[attr-defined]


async def counts(session: AsyncSession, checked: str) -> tuple[int, int, int]:
    """Rows, failed rows, and good rows recorded before unchanged."""
    row = (
        await session.execute(
            text(
                f"SELECT count(*), count(*) FILTER (WHERE failed), "
                f"count(*) FILTER (WHERE NOT failed AND {same_before()}) FROM {checked}"
            )
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
