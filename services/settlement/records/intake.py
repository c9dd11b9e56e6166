"""Service records in: a JSON batch or a month's file (CSV / JSON lines), staged by fields with the intake
kit (``shared/intake``: ``fields.stage``, a COPY per ``settlement_import_chunk_rows`` rows), then checked and
merged by the institution's ``record_id`` in one SQL statement (a resend is a no-op). Good rows are kept
whatever happens to bad ones; every bad row gets its error lines. Each staged row is checked once (one
``codes`` array per row); error lines are made for failed rows only."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.config import SettlementConfig
from services.settlement.models import CARE_MODES
from shared.intake import fields
from shared.intake.fields import Upload
from shared.row_checks import RowCheck, check_params, codes_array, failed, unnest_codes

COLUMNS = (
    "record_id",
    "person_id",
    "caregiver_code",
    "care_mode",
    "service_date",
    "start_time",
    "end_time",
    "items",
    "checkin_lat",
    "checkin_lon",
    "amount_claimed_fen",
)
STAGING = "staging_service_records"
TIME_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"  # not 24:00, which Python cannot read
_CARE_MODES_SQL = ", ".join(f"'{mode}'" for mode in CARE_MODES)


async def csv_upload(chunks: AsyncIterator[bytes], encoding: str = "utf-8") -> Upload:
    """A CSV file with a header line (``shared.intake.fields.csv_upload``)."""
    return await fields.csv_upload(chunks, COLUMNS, encoding)


def jsonl_upload(chunks: AsyncIterator[bytes], encoding: str = "utf-8") -> Upload:
    return fields.jsonl_upload(chunks, COLUMNS, encoding)


def batch_upload(items: list[Any]) -> Upload:
    return fields.batch_upload(items, COLUMNS)


# Each a check of a staged row ``s`` that is not malformed (``r``: the first row of a repeated record_id).
CHECKS = (
    RowCheck.when("record_id", "REQUIRED", "coalesce(s.record_id, '') = ''", "record_id is required"),
    RowCheck.when(
        "record_id", "TOO_LONG", "length(s.record_id) > 100", "record_id has at most 100 characters"
    ),
    RowCheck.when(
        "caregiver_code",
        "TOO_LONG",
        "length(s.caregiver_code) > 64",
        "caregiver_code has at most 64 characters",
    ),
    RowCheck.when(
        "record_id",
        "DUPLICATE_IN_FILE",
        "s.record_id <> '' AND s.row_number > r.first_row",
        "the same record_id appears earlier in this file",
    ),
    RowCheck.when(
        "person_id",
        "INVALID_PERSON_ID",
        "NOT coalesce(pg_input_is_valid(s.person_id, 'uuid'), false)",
        "person_id must be a UUID",
    ),
    RowCheck.when(
        "care_mode",
        "NOT_ALLOWED",
        f"coalesce(s.care_mode, '') NOT IN ({_CARE_MODES_SQL})",
        f"care_mode must be {', '.join(CARE_MODES[:-1])} or {CARE_MODES[-1]}",
    ),
    RowCheck.when(
        "service_date",
        "INVALID_DATE",
        "NOT coalesce(s.service_date ~ '^\\d{4}-\\d{2}-\\d{2}$' "
        "AND pg_input_is_valid(s.service_date, 'date') "
        "AND s.service_date BETWEEN '2000-01-01' AND '2099-12-31', false)",
        "service_date must be YYYY-MM-DD",
    ),
    RowCheck.when(
        "start_time",
        "INVALID_TIME",
        "NOT (s.start_time ~ :time_pattern)",
        "start_time must be HH:MM, 00:00 to 23:59",
    ),
    RowCheck.when(
        "end_time",
        "INVALID_TIME",
        "NOT (s.end_time ~ :time_pattern)",
        "end_time must be HH:MM, 00:00 to 23:59",
    ),
    RowCheck.when(
        "end_time",
        "TIME_ORDER",
        "CASE WHEN pg_input_is_valid(s.start_time, 'time') AND pg_input_is_valid(s.end_time, 'time') "
        "THEN s.end_time::time <= s.start_time::time END",
        "end_time must be after start_time",
    ),
    RowCheck.when(
        "amount_claimed_fen",
        "INVALID_AMOUNT",
        "NOT coalesce(s.amount_claimed_fen ~ '^[0-9]{1,12}$', false)",
        "amount_claimed_fen must be a whole number of fen, >= 0",
    ),
    RowCheck.when(
        "checkin_lat",
        "INVALID_LOCATION",
        "(s.checkin_lat IS NULL) <> (s.checkin_lon IS NULL) OR (s.checkin_lat IS NOT NULL AND NOT coalesce("
        "CASE WHEN pg_input_is_valid(s.checkin_lat, 'float8') AND pg_input_is_valid(s.checkin_lon, 'float8') "
        "THEN s.checkin_lat::float8 BETWEEN -90 AND 90 AND s.checkin_lon::float8 BETWEEN -180 AND 180 END, "
        "false))",
        "check-in needs both latitude (-90..90) and longitude (-180..180) as numbers",
    ),
)
CODES = codes_array(CHECKS)
PASSED = f"c.malformed IS NULL AND NOT {failed('c.codes')}"

# One statement: every staged row checked once (its ``codes``), error lines written for the rows that
# failed (the first field of each code: start and end time both wrong are one INVALID_TIME line), the rows
# that passed merged; a record_id received before is left as it is.
INGEST = f"""
WITH repeated AS (
    SELECT record_id, min(row_number) AS first_row
      FROM {STAGING} WHERE record_id <> '' GROUP BY record_id HAVING count(*) > 1
), checked AS MATERIALIZED (
    SELECT s.row_number, s.malformed, s.record_id, s.person_id, s.caregiver_code, s.care_mode,
           s.service_date, s.start_time, s.end_time, s.items, s.checkin_lat, s.checkin_lon,
           s.amount_claimed_fen, CASE WHEN s.malformed IS NULL THEN {CODES} END AS codes
      FROM {STAGING} s LEFT JOIN repeated r ON r.record_id = s.record_id
), errors AS (
    INSERT INTO settlement.service_record_import_errors (job_id, row_number, code, record_id, field, message)
    SELECT cast(:job AS uuid), c.row_number, 'MALFORMED_ROW', c.record_id, NULL, c.malformed
      FROM checked c WHERE c.malformed IS NOT NULL
    UNION ALL
    (SELECT DISTINCT ON (c.row_number, x.code)
            cast(:job AS uuid), c.row_number, x.code, c.record_id, x.field, x.message
       FROM checked c, {unnest_codes("c.codes")}
      WHERE {failed("c.codes")} AND x.code IS NOT NULL
      ORDER BY c.row_number, x.code, x.n)
), typed AS MATERIALIZED (
    SELECT c.row_number, c.record_id, c.person_id::uuid AS person_id, c.caregiver_code, c.care_mode,
           c.service_date::date AS service_date, c.start_time::time AS start_time,
           c.end_time::time AS end_time, coalesce(string_to_array(nullif(c.items, ''), '|'), '{{}}') AS items,
           c.checkin_lat::float8 AS checkin_lat, c.checkin_lon::float8 AS checkin_lon,
           c.amount_claimed_fen::bigint AS amount_claimed_fen
      FROM checked c
     WHERE {PASSED}
), merged AS (
    INSERT INTO settlement.service_records (institution_id, record_id, county_code, person_id, caregiver_code,
            care_mode, service_date, start_time, end_time, items, checkin_lat, checkin_lon,
            amount_claimed_fen, import_job_id)
    SELECT :institution, t.record_id, coalesce(p.county_code, :institution_county), t.person_id,
           t.caregiver_code, t.care_mode, t.service_date, t.start_time, t.end_time, t.items, t.checkin_lat,
           t.checkin_lon, t.amount_claimed_fen, :job
      FROM typed t
      LEFT JOIN settlement.insured_persons p ON p.person_id = t.person_id
     ORDER BY t.row_number
        ON CONFLICT (institution_id, record_id) DO NOTHING
    RETURNING 1
)
SELECT (SELECT count(*) FROM checked c WHERE NOT ({PASSED})) AS rejected,
       (SELECT count(*) FROM merged) AS accepted
"""


async def ingest(
    session: AsyncSession,
    institution: models.Institution,
    upload: Upload,
    source: str,
    config: SettlementConfig,
) -> models.ImportJob:
    """Stage the upload (a COPY per ``settlement_import_chunk_rows`` rows, so no statement lasts as long as a
    slow client), check and merge it in one statement; returns the finished job."""
    job = models.ImportJob(id=uuid.uuid4(), institution_id=institution.id, source=source, status="running")
    session.add(job)
    await session.flush()
    total = await fields.stage(session, STAGING, upload, config.settlement_import_chunk_rows)
    counts = (
        await session.execute(
            text(INGEST),
            {
                "job": job.id,
                "institution": institution.id,
                "institution_county": institution.county_code,
                "time_pattern": TIME_PATTERN,
                **check_params(CHECKS),
            },
        )
    ).one()
    rejected, accepted = int(counts.rejected), int(counts.accepted)
    job.rows_total = total
    job.rows_rejected = rejected
    job.rows_accepted = accepted
    job.rows_already_received = total - rejected - accepted
    job.status = "refused" if total and rejected == total else "completed"
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return job
