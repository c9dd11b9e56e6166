"""A file of disability levels in force from the old system, brought in as conclusions of origin
``migrated`` — served to settlement and enrollment exactly as assessed ones (``conclusion.in_force``).

The upload is read as it arrives (``shared/intake/rows.py``) a thousand rows at a time: the persons of each
chunk are asked of enrollment in one call (known, in the caller's counties, covered today), and the chunk is
copied into a staging table. Every row is then checked once in SQL (one ``codes`` array per row, as the other
imports), error rows are written for the failed rows, and the good rows become levels in force in one
statement. The old system's ``reference`` makes a row idempotent: the same reference with the same content
is unchanged, with other content a ``MIGRATION_REF_CONFLICT``. Level files take turns (a transaction lock),
so the same file sent twice at once is imported once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import structlog
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.assessment import ConclusionInForce
from services.assessment.applications.coverage import unavailable
from services.assessment.migrated_levels import repository
from services.assessment.migrated_levels.exceptions import LevelImportNotFound
from services.assessment.migrated_levels.schemas import MigratedLevel, MigratedLevelList
from services.assessment.models import LevelImport, outbox
from services.assessment.reference.units import require_counties
from shared.intake.rows import Row, stage_rows
from shared.intake.staging import FAILED, codes_column, record_row_errors, take_turns
from shared.pagination import PageParams
from shared.principal import Principal
from shared.row_checks import RowCheck
from shared.uploads import FileUpload

COLUMNS = (
    "person",
    "level",
    "valid_from",
    "valid_to",
    "rule_set_version",
    "care_institution_id",
    "reference",
)
REQUIRED = ("person", "level", "valid_from", "valid_to", "rule_set_version", "reference")
CHUNK_ROWS = 1000
MAX_VALIDITY_MONTHS = 120
ERRORS = "assessment.level_import_errors"
_log = structlog.get_logger("assessment.migrated_levels")

_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
CHECKS = (
    RowCheck.when("line", "MALFORMED_LINE", "malformed IS NOT NULL", "the line cannot be read"),
    RowCheck("person", """CASE WHEN malformed IS NULL AND person IS NULL THEN 'REQUIRED'
                             WHEN malformed IS NULL AND person_id IS NULL THEN 'PERSON_NOT_FOUND'
                             WHEN malformed IS NULL AND NOT covered THEN 'NOT_INSURED' END""",
             "an insured person known to enrollment (platform id or ID number), covered today"),
    RowCheck("level", """CASE WHEN malformed IS NULL AND level IS NULL THEN 'REQUIRED'
                            WHEN malformed IS NULL AND lvl IS NULL THEN 'LEVEL_FORMAT'
                            WHEN malformed IS NULL AND rs_known AND NOT level_in_scale
                            THEN 'LEVEL_NOT_IN_SCALE'
                       END""",
             "a whole number 0–5 that the rule set's combination table can give"),
    RowCheck("valid_from", """CASE WHEN malformed IS NULL AND valid_from IS NULL THEN 'REQUIRED'
                                 WHEN malformed IS NULL AND vf IS NULL THEN 'DATE_FORMAT'
                                 WHEN malformed IS NULL AND vf < DATE '2000-01-01' THEN 'DATE_RANGE'
                                 WHEN malformed IS NULL AND overlaps_existing THEN 'LEVEL_OVERLAP'
                                 WHEN malformed IS NULL AND overlaps_in_file THEN 'LEVEL_OVERLAP' END""",
             "a date YYYY-MM-DD; the person has no other level in force in that time"),
    RowCheck("valid_to", f"""CASE WHEN malformed IS NULL AND valid_to IS NULL THEN 'REQUIRED'
                                WHEN malformed IS NULL AND vt IS NULL THEN 'DATE_FORMAT'
                                WHEN malformed IS NULL AND vf IS NOT NULL AND vt < vf THEN 'DATE_RANGE'
                                WHEN malformed IS NULL AND vf IS NOT NULL
                                     AND vt >= vf + interval '{MAX_VALIDITY_MONTHS} months' THEN 'DATE_RANGE'
                                WHEN malformed IS NULL AND vt < :today THEN 'LEVEL_ENDED' END""",
             f"a date YYYY-MM-DD, not before valid_from, within {MAX_VALIDITY_MONTHS} months of it and not "
             "before today (a level that has ended is not in force)"),
    RowCheck("rule_set_version", """CASE WHEN malformed IS NULL AND rule_set_version IS NULL THEN 'REQUIRED'
                                       WHEN malformed IS NULL AND NOT rs_known THEN 'RULE_SET_UNKNOWN' END""",
             "a rule-set (scale) version the platform has (GET /api/v1/rule-sets)"),
    RowCheck.when("care_institution_id", "TOO_LONG", "malformed IS NULL AND length(care_institution_id) > 64",
                  "at most 64 characters"),
    RowCheck("reference", """CASE WHEN malformed IS NULL AND reference IS NULL THEN 'REQUIRED'
                                WHEN malformed IS NULL AND length(reference) > 128 THEN 'TOO_LONG'
                                WHEN malformed IS NULL AND occurrence > 1 THEN 'DUPLICATE_IN_FILE'
                                WHEN malformed IS NULL AND ex_id IS NOT NULL AND NOT same_as_existing
                                THEN 'MIGRATION_REF_CONFLICT' END""",
             "the old system's reference of the level, once; sent again it must say the same"),
)  # fmt: skip


async def resolve(
    client: httpx.AsyncClient | None, persons: list[str], today: dt.date
) -> dict[str, dict[str, Any]]:
    """Enrollment's answer for each person of a chunk: person_id, county_code, covered."""
    if not persons:
        return {}
    if client is None:
        raise unavailable("no enrollment client")
    try:
        response = await client.post(
            "/internal/persons:resolve", json={"on": today.isoformat(), "persons": persons}
        )
    except httpx.TransportError as exc:
        raise unavailable(type(exc).__name__) from None
    if response.status_code != 200:
        raise unavailable(f"HTTP {response.status_code}")
    return {item["person"]: item for item in response.json()["items"]}


def _record(row: Row, answers: dict[str, dict[str, Any]], counties: list[str] | None) -> tuple[Any, ...]:
    v = row.values
    answer = answers.get(v["person"] or "") or {}
    county = answer.get("county_code")
    visible = answer.get("person_id") is not None and (counties is None or county in counties)
    return (
        row.line_no,
        row.malformed,
        *(v[c] for c in COLUMNS),
        answer["person_id"] if visible else None,
        county if visible else None,
        bool(answer.get("covered")) if visible else False,
    )


async def run_import(
    session: AsyncSession,
    principal: Principal,
    upload: FileUpload,
    today: dt.date,
    enrollment: httpx.AsyncClient | None,
) -> LevelImport:
    await session.execute(text("SET LOCAL statement_timeout = 0"))
    # level files take turns from here to their commit: a file sent twice at once is imported once, the
    # second finding every level of the first unchanged
    await take_turns(session, "assessment.level_imports")
    job = LevelImport(
        id=uuid.uuid4(),
        format=upload.format,
        status="completed",
        client_id=principal.client_id,
        imported_by=principal.name,
    )
    session.add(job)
    await session.flush()
    staged, checked = f"level_import_rows_{job.id.hex[:12]}", f"level_import_checked_{job.id.hex[:12]}"
    counties = principal.county_filter()

    async def with_persons(chunk: list[Row]) -> list[tuple[Any, ...]]:
        """Each row with its person, county and coverage, asked of enrollment once per chunk."""
        keys = sorted({r.values["person"] for r in chunk if r.malformed is None and r.values["person"]})
        answers = await resolve(enrollment, [k for k in keys if k is not None], today)
        return [_record(r, answers, counties) for r in chunk]

    await stage_rows(
        session,
        staged,
        upload,
        COLUMNS,
        REQUIRED,
        chunk_rows=CHUNK_ROWS,
        extra=(("person_id", "uuid"), ("county_code", "text"), ("covered", "boolean")),
        enrich=with_persons,
    )
    await session.execute(text(f"CREATE INDEX ON {staged} (person_id)"))
    await session.execute(text(f"ANALYZE {staged}"))
    params: dict[str, Any] = {"today": today, "job": job.id, "who": principal.client_id}
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {checked} ON COMMIT DROP AS
            SELECT c.*, {FAILED} FROM (
              SELECT k.*, {codes_column(CHECKS)} FROM (
                SELECT p.*,
                       rs.version IS NOT NULL AS rs_known,
                       EXISTS (SELECT 1 FROM assessment.rule_set_levels l
                                WHERE l.version = p.rule_set_version AND l.level = p.lvl) AS level_in_scale,
                       row_number() OVER (PARTITION BY p.reference ORDER BY p.line_no) AS occurrence,
                       ex.id AS ex_id,
                       (ex.id IS NOT NULL AND ex.person_id = p.person_id::text AND ex.level = p.lvl
                        AND ex.valid_from = p.vf AND ex.valid_to = p.vt
                        AND ex.rule_set_version = p.rule_set_version
                        AND ex.care_institution_id IS NOT DISTINCT FROM p.care_institution_id)
                           AS same_as_existing,
                       EXISTS (SELECT 1 FROM assessment.conclusions o
                                WHERE o.person_id = p.person_id::text AND o.status = 'in_force'
                                  AND o.migration_ref IS DISTINCT FROM p.reference
                                  AND p.vf <= p.vt AND o.valid_from <= p.vt
                                  AND p.vf <= coalesce(o.ended_on - 1, o.valid_to))
                           AS overlaps_existing,
                       EXISTS (SELECT 1 FROM {staged} e
                                WHERE e.person_id = p.person_id AND e.line_no < p.line_no
                                  AND e.malformed IS NULL
                                  AND e.valid_from ~ '{_DATE}' AND pg_input_is_valid(e.valid_from, 'date')
                                  AND e.valid_to ~ '{_DATE}' AND pg_input_is_valid(e.valid_to, 'date')
                                  AND p.vf <= p.vt AND e.valid_from::date <= p.vt
                                  AND p.vf <= e.valid_to::date)
                           AS overlaps_in_file
                FROM (
                  SELECT s.*,
                         CASE WHEN s.level ~ '^[0-5]$' THEN s.level::int END AS lvl,
                         CASE WHEN s.valid_from ~ '{_DATE}' AND pg_input_is_valid(s.valid_from, 'date')
                              THEN s.valid_from::date END AS vf,
                         CASE WHEN s.valid_to ~ '{_DATE}' AND pg_input_is_valid(s.valid_to, 'date')
                              THEN s.valid_to::date END AS vt
                  FROM {staged} s
                ) p
                LEFT JOIN assessment.rule_sets rs ON rs.version = p.rule_set_version
                LEFT JOIN assessment.conclusions ex ON ex.migration_ref = p.reference
              ) k
            ) c
            """
        ),
        params,
    )
    await record_row_errors(session, ERRORS, checked, CHECKS, params, templates=False)
    created = (
        await session.execute(
            text(
                f"""
                INSERT INTO assessment.conclusions (id, application_id, round, draw_id, origin, migration_ref,
                       import_job_id, care_institution_id, person_id, county_code, computed_level, level,
                       rule_set_version, concluded_on, valid_from, valid_to, status, concluded_by)
                SELECT gen_random_uuid(), NULL, 1, NULL, 'migrated', reference, :job, care_institution_id,
                       person_id::text, county_code, lvl, lvl, rule_set_version, :today, vf, vt,
                       'in_force', :who
                FROM {checked} WHERE NOT failed AND ex_id IS NULL
                ORDER BY line_no
                RETURNING id, person_id, county_code, level, valid_from, valid_to, rule_set_version,
                          care_institution_id, migration_ref
                """
            ),
            params,
        )
    ).all()
    for c in created:
        outbox.publish(
            session,
            ConclusionInForce(
                conclusion_id=c.id,
                application_id=None,
                person_id=uuid.UUID(c.person_id),
                county_code=c.county_code,
                level=c.level,
                valid_from=c.valid_from,
                valid_to=c.valid_to,
                rule_set_version=c.rule_set_version,
                care_institution_id=c.care_institution_id,
                origin="migrated",
                migration_ref=c.migration_ref,
            ),
            aggregate_id=str(c.id),
        )
    counts = (
        await session.execute(
            text(
                f"""SELECT count(*), count(*) FILTER (WHERE NOT failed AND ex_id IS NOT NULL),
                           count(*) FILTER (WHERE failed) FROM {checked}"""
            )
        )
    ).one()
    job.rows_total, job.rows_unchanged, job.rows_failed = (int(n) for n in counts)
    job.rows_created = len(created)
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    _log.info("levels_imported", job_id=str(job.id), rows=job.rows_total, failed=job.rows_failed)
    return job


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> LevelImport:
    job = await repository.find_job(session, job_id)
    if job is None:
        raise LevelImportNotFound(f"no level import {job_id}")
    return job


async def list_migrated(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    *,
    county_code: str | None,
    import_job_id: uuid.UUID | None,
    migration_ref: str | None,
) -> MigratedLevelList:
    """The levels migrated from the old system the caller sees, with the import that brought each in."""
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await repository.migrated_page(
        session,
        page,
        counties=principal.county_filter(),
        county_code=county_code,
        import_job_id=import_job_id,
        migration_ref=migration_ref,
    )
    jobs = await repository.jobs_by_id(session, {c.import_job_id for c in rows if c.import_job_id})
    return MigratedLevelList(
        items=[
            MigratedLevel(
                conclusion_id=c.id,
                person_id=c.person_id,
                county_code=c.county_code,
                level=c.level,
                valid_from=c.valid_from,
                valid_to=c.valid_to,
                status=c.status,
                rule_set_version=c.rule_set_version,
                care_institution_id=c.care_institution_id,
                migration_ref=c.migration_ref or "",
                import_job_id=jobs[c.import_job_id].id,
                imported_by=jobs[c.import_job_id].imported_by,
                imported_at=jobs[c.import_job_id].created_at,
            )
            for c in rows
            if c.import_job_id is not None
        ],
        next_cursor=cursor,
    )
