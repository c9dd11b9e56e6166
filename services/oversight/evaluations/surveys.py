"""Beneficiary satisfaction surveys (满意度调查) imported as a file, through the intake kit
(``shared/intake``): rows read as they arrive (``shared/intake/rows.py``), staged, every row checked once in
SQL, the failed rows' errors written (JSON or CSV report), the good rows kept. A respondent answers an
indicator once: the same row again is unchanged, the same file twice changes nothing (files of one
evaluation take turns)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.evaluations import service
from services.oversight.models import Evaluation as EvaluationRow
from services.oversight.models import IndicatorSource, SurveyImport
from shared.intake.rows import stage_rows
from shared.intake.staging import FAILED, codes_column, record_row_errors, take_turns
from shared.principal import Principal
from shared.row_checks import RowCheck
from shared.uploads import FileUpload

COLUMNS = ("respondent_ref", "indicator_code", "score", "surveyed_on", "comment")
REQUIRED = ("respondent_ref", "indicator_code", "score", "surveyed_on")
CHUNK_ROWS = 1000
ERRORS = "oversight.survey_import_errors"
MESSAGES = {
    "MALFORMED_LINE": "the line cannot be read",
    "REQUIRED": "required",
    "TOO_LONG": "at most 100 characters",
    "INDICATOR_UNKNOWN": "not a survey indicator of the evaluation's scheme",
    "SCORE_FORMAT": "a whole number 0–100",
    "DATE_FORMAT": "a date YYYY-MM-DD",
    "DATE_OUTSIDE_PERIOD": "the survey date lies outside the evaluated period",
    "DUPLICATE_IN_FILE": "the same respondent answers the same indicator earlier in this file",
}


def _check(field: str, sql: str, *codes: str) -> RowCheck:
    return RowCheck(field, sql, MESSAGES[codes[-1]], {c: MESSAGES[c] for c in codes})


CHECKS = (
    RowCheck.when("line", "MALFORMED_LINE", "malformed IS NOT NULL", MESSAGES["MALFORMED_LINE"]),
    _check("respondent_ref", """CASE WHEN malformed IS NULL AND respondent_ref IS NULL THEN 'REQUIRED'
                                    WHEN malformed IS NULL AND length(respondent_ref) > 100 THEN 'TOO_LONG'
                                    WHEN malformed IS NULL AND occurrence > 1 THEN 'DUPLICATE_IN_FILE' END""",
           "REQUIRED", "TOO_LONG", "DUPLICATE_IN_FILE"),
    _check("indicator_code", """CASE WHEN malformed IS NULL AND indicator_code IS NULL THEN 'REQUIRED'
                                    WHEN malformed IS NULL
                                         AND NOT (indicator_code = ANY(cast(:indicators AS text[])))
                                    THEN 'INDICATOR_UNKNOWN' END""",
           "REQUIRED", "INDICATOR_UNKNOWN"),
    _check("score", """CASE WHEN malformed IS NULL AND score IS NULL THEN 'REQUIRED'
                           WHEN malformed IS NULL AND points IS NULL THEN 'SCORE_FORMAT' END""",
           "REQUIRED", "SCORE_FORMAT"),
    _check("surveyed_on", """CASE WHEN malformed IS NULL AND surveyed_on IS NULL THEN 'REQUIRED'
                                 WHEN malformed IS NULL AND day IS NULL THEN 'DATE_FORMAT'
                                 WHEN malformed IS NULL AND (day < :period_from OR day > :period_to)
                                 THEN 'DATE_OUTSIDE_PERIOD' END""",
           "REQUIRED", "DATE_FORMAT", "DATE_OUTSIDE_PERIOD"),
)  # fmt: skip


async def run_import(
    session: AsyncSession, row: EvaluationRow, principal: Principal, upload: FileUpload
) -> SurveyImport:
    await take_turns(session, f"oversight.survey_imports/{row.id}")
    document = await service._scheme_document(session, row)
    indicators = [i.code for i in document.indicators if i.source == IndicatorSource.SURVEY.value]
    job = SurveyImport(
        id=uuid.uuid4(),
        evaluation_id=row.id,
        format=upload.format,
        imported_by=principal.client_id,
        rows_total=0,
        rows_created=0,
        rows_unchanged=0,
        rows_failed=0,
    )
    session.add(job)
    await session.flush()
    staged, checked = f"survey_rows_{job.id.hex[:12]}", f"survey_checked_{job.id.hex[:12]}"
    await stage_rows(session, staged, upload, COLUMNS, REQUIRED, chunk_rows=CHUNK_ROWS)
    params: dict[str, Any] = {
        "job": job.id,
        "evaluation": row.id,
        "indicators": indicators,
        "period_from": row.period_from,
        "period_to": row.period_to,
    }
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {checked} ON COMMIT DROP AS
            SELECT c.*, {FAILED} FROM (
              SELECT k.*, {codes_column(CHECKS)} FROM (
                SELECT s.*,
                       CASE WHEN s.score ~ '^[0-9]{{1,3}}$' AND s.score::int <= 100
                            THEN s.score::int END AS points,
                       CASE WHEN s.surveyed_on ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
                                 AND pg_input_is_valid(s.surveyed_on, 'date')
                            THEN s.surveyed_on::date END AS day,
                       row_number() OVER (PARTITION BY s.malformed IS NULL, s.respondent_ref, s.indicator_code
                                          ORDER BY s.line_no) AS occurrence
                FROM {staged} s
              ) k
            ) c
            """
        ),
        params,
    )
    await record_row_errors(session, ERRORS, checked, CHECKS, params)
    counts = (
        await session.execute(text(f"SELECT count(*), count(*) FILTER (WHERE failed) FROM {checked}"))
    ).one()
    created = await session.scalar(
        text(
            f"""
            WITH added AS (
              INSERT INTO oversight.evaluation_survey_responses
                (evaluation_id, indicator_code, respondent_ref, score, surveyed_on, comment, import_job_id)
              SELECT :evaluation, indicator_code, respondent_ref, points, day, comment, :job
              FROM {checked} WHERE NOT failed
              ON CONFLICT DO NOTHING
              RETURNING 1
            ) SELECT count(*) FROM added
            """
        ),
        params,
    )
    job.rows_total, job.rows_failed = int(counts[0]), int(counts[1])
    job.rows_created = int(created or 0)
    job.rows_unchanged = job.rows_total - job.rows_failed - job.rows_created
    await service.apply_surveys(session, row, principal)
    await session.flush()
    await session.refresh(job)
    return job
