"""Service records in: a JSON batch or a month's file (CSV / JSON lines), streamed in chunks into a COPY
staging table, validated set-based in SQL, merged by the institution's ``record_id`` (a resend is a no-op).
Good rows are kept whatever happens to bad ones; every bad row gets its error lines."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.config import SettlementConfig
from shared.errors import Unprocessable

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


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _checked(number: int, values: list[str | None]) -> tuple[Any, ...]:
    """The staged row, or a malformed one when a value cannot go into a text column (a NUL character)."""
    if any(v is not None and "\x00" in v for v in values):
        return (number, "a value contains a NUL character", *([None] * len(COLUMNS)))
    return (number, None, *values)


def row_from_mapping(number: int, item: Any) -> tuple[Any, ...]:
    if not isinstance(item, dict):
        return (number, "not a JSON object", *([None] * len(COLUMNS)))
    return _checked(number, [_text(item.get(c)) for c in COLUMNS])


async def _lines(chunks: AsyncIterator[bytes]) -> AsyncIterator[str]:
    pending = b""
    async for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            yield line.decode("utf-8", errors="replace").rstrip("\r")
    if pending.strip():
        yield pending.decode("utf-8", errors="replace").rstrip("\r")


async def rows_from_csv(chunks: AsyncIterator[bytes]) -> AsyncIterator[tuple[Any, ...]]:
    header: list[str] | None = None
    number = 0
    async for line in _lines(chunks):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader(io.StringIO(line)))
        except csv.Error as exc:  # a field above csv.field_size_limit, a NUL in the header
            if header is None:
                raise Unprocessable(f"the CSV header cannot be read: {exc}", code="INVALID_FILE") from exc
            number += 1
            yield (number, f"not a readable CSV line: {exc}", *([None] * len(COLUMNS)))
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in fields]
            continue
        number += 1
        if len(fields) != len(header):
            yield (number, f"{len(fields)} fields, the header has {len(header)}", *([None] * len(COLUMNS)))
            continue
        values = dict(zip(header, fields, strict=True))
        yield _checked(number, [values.get(c) or None for c in COLUMNS])


async def rows_from_jsonl(chunks: AsyncIterator[bytes]) -> AsyncIterator[tuple[Any, ...]]:
    number = 0
    async for line in _lines(chunks):
        if not line.strip():
            continue
        number += 1
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
            yield (number, "not valid JSON", *([None] * len(COLUMNS)))
            continue
        yield row_from_mapping(number, item)


async def _aiter(rows: Iterable[tuple[Any, ...]]) -> AsyncIterator[tuple[Any, ...]]:
    for row in rows:
        yield row


def batch_rows(items: list[Any]) -> AsyncIterator[tuple[Any, ...]]:
    return _aiter(row_from_mapping(i, item) for i, item in enumerate(items, start=1))


def _chunks(rows: list[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


VALIDATE = """
INSERT INTO settlement.service_record_import_errors (job_id, row_number, code, record_id, field, message)
SELECT :job, s.row_number, e.code, s.record_id, e.field, e.message
  FROM (SELECT s.*, row_number() OVER (PARTITION BY s.record_id ORDER BY s.row_number) AS nth
          FROM staging_service_records s) s
 CROSS JOIN LATERAL (VALUES
    (s.malformed IS NOT NULL, 'MALFORMED_ROW', NULL, s.malformed),
    (s.malformed IS NULL AND coalesce(s.record_id, '') = '', 'REQUIRED', 'record_id',
        'record_id is required'),
    (s.malformed IS NULL AND length(s.record_id) > 100, 'TOO_LONG', 'record_id',
        'record_id has at most 100 characters'),
    (s.malformed IS NULL AND length(s.caregiver_code) > 64, 'TOO_LONG', 'caregiver_code',
        'caregiver_code has at most 64 characters'),
    (s.malformed IS NULL AND s.record_id <> '' AND s.nth > 1, 'DUPLICATE_IN_FILE', 'record_id',
        'the same record_id appears earlier in this file'),
    (s.malformed IS NULL AND NOT coalesce(pg_input_is_valid(s.person_id, 'uuid'), false),
        'INVALID_PERSON_ID', 'person_id', 'person_id must be a UUID'),
    (s.malformed IS NULL AND coalesce(s.care_mode, '') NOT IN
        ('home_visit', 'elderly_care_bed', 'medical_bed', 'family_care'),
        'NOT_ALLOWED', 'care_mode',
        'care_mode must be home_visit, elderly_care_bed, medical_bed or family_care'),
    (s.malformed IS NULL AND NOT coalesce(s.service_date ~ '^\\d{4}-\\d{2}-\\d{2}$'
        AND pg_input_is_valid(s.service_date, 'date')
        AND s.service_date BETWEEN '2000-01-01' AND '2099-12-31', false),
        'INVALID_DATE', 'service_date', 'service_date must be YYYY-MM-DD'),
    (s.malformed IS NULL AND s.start_time IS NOT NULL AND NOT (s.start_time ~ :time_pattern),
        'INVALID_TIME', 'start_time', 'start_time must be HH:MM, 00:00 to 23:59'),
    (s.malformed IS NULL AND s.end_time IS NOT NULL AND NOT (s.end_time ~ :time_pattern),
        'INVALID_TIME', 'end_time', 'end_time must be HH:MM, 00:00 to 23:59'),
    (s.malformed IS NULL AND pg_input_is_valid(s.start_time, 'time') AND pg_input_is_valid(s.end_time, 'time')
        AND CASE WHEN pg_input_is_valid(s.start_time, 'time') AND pg_input_is_valid(s.end_time, 'time')
                 THEN s.end_time::time <= s.start_time::time END,
        'TIME_ORDER', 'end_time', 'end_time must be after start_time'),
    (s.malformed IS NULL AND NOT coalesce(s.amount_claimed_fen ~ '^[0-9]{1,12}$', false),
        'INVALID_AMOUNT', 'amount_claimed_fen', 'amount_claimed_fen must be a whole number of fen, >= 0'),
    (s.malformed IS NULL AND ((s.checkin_lat IS NULL) <> (s.checkin_lon IS NULL)
        OR (s.checkin_lat IS NOT NULL AND NOT (pg_input_is_valid(s.checkin_lat, 'float8')
            AND pg_input_is_valid(s.checkin_lon, 'float8')
            AND CASE WHEN pg_input_is_valid(s.checkin_lat, 'float8')
                          AND pg_input_is_valid(s.checkin_lon, 'float8')
                     THEN s.checkin_lat::float8 BETWEEN -90 AND 90
                          AND s.checkin_lon::float8 BETWEEN -180 AND 180
                END))),
        'INVALID_LOCATION', 'checkin_lat',
        'check-in needs both latitude (-90..90) and longitude (-180..180) as numbers')
 ) AS e(failed, code, field, message)
 WHERE e.failed
    ON CONFLICT DO NOTHING  -- two fields failing with one code (start and end time): one error line
"""

MERGE = """
WITH typed AS (
    SELECT g.row_number, g.record_id, CASE WHEN g.malformed IS NULL THEN g.person_id::uuid END AS person_id,
           g.caregiver_code, g.care_mode, g.service_date::date AS service_date,
           g.start_time::time AS start_time, g.end_time::time AS end_time,
           coalesce(string_to_array(nullif(g.items, ''), '|'), '{}') AS items,
           g.checkin_lat::float8 AS checkin_lat, g.checkin_lon::float8 AS checkin_lon,
           g.amount_claimed_fen::bigint AS amount_claimed_fen
      FROM staging_service_records g
)
INSERT INTO settlement.service_records (institution_id, record_id, county_code, person_id, caregiver_code,
        care_mode, service_date, start_time, end_time, items, checkin_lat, checkin_lon, amount_claimed_fen,
        import_job_id)
SELECT :institution, t.record_id, coalesce(p.county_code, :institution_county), t.person_id, t.caregiver_code,
       t.care_mode, t.service_date, t.start_time, t.end_time, t.items, t.checkin_lat, t.checkin_lon,
       t.amount_claimed_fen, :job
  FROM typed t
  LEFT JOIN settlement.insured_persons p ON p.person_id = t.person_id
 ORDER BY t.row_number
    ON CONFLICT (institution_id, record_id) DO NOTHING
"""


async def ingest(
    session: AsyncSession,
    institution: models.Institution,
    rows: AsyncIterator[tuple[Any, ...]],
    source: str,
    config: SettlementConfig,
) -> models.ImportJob:
    """Stage ``rows`` chunk by chunk with COPY, validate in SQL, merge; returns the finished job."""
    job = models.ImportJob(id=uuid.uuid4(), institution_id=institution.id, source=source, status="running")
    session.add(job)
    await session.flush()
    await session.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {STAGING} (row_number bigint, malformed text, "
            + ", ".join(f"{c} text" for c in COLUMNS)
            + ") ON COMMIT DROP"
        )
    )
    await session.execute(text(f"TRUNCATE {STAGING}"))
    raw = (await (await session.connection()).get_raw_connection()).driver_connection
    assert raw is not None
    columns = ["row_number", "malformed", *COLUMNS]
    buffer: list[tuple[Any, ...]] = []
    total = 0
    async for row in rows:
        buffer.append(row)
        if len(buffer) >= config.import_chunk_rows:
            await raw.copy_records_to_table(STAGING, records=buffer, columns=columns)
            total += len(buffer)
            buffer = []
    if buffer:
        await raw.copy_records_to_table(STAGING, records=buffer, columns=columns)
        total += len(buffer)
    await session.execute(text(f"ANALYZE {STAGING}"))
    await session.execute(text(VALIDATE), {"job": job.id, "time_pattern": TIME_PATTERN})
    rejected = int(
        await session.scalar(
            text(
                "SELECT count(DISTINCT row_number) FROM settlement.service_record_import_errors "
                "WHERE job_id = :job"
            ),
            {"job": job.id},
        )
        or 0
    )
    await session.execute(
        text(
            f"DELETE FROM {STAGING} s USING settlement.service_record_import_errors e "
            "WHERE e.job_id = :job AND e.row_number = s.row_number"
        ),
        {"job": job.id},
    )
    merged = await session.execute(
        text(MERGE),
        {"job": job.id, "institution": institution.id, "institution_county": institution.county_code},
    )
    accepted = int(merged.rowcount or 0)  # type: ignore[attr-defined]
    job.rows_total = total
    job.rows_rejected = rejected
    job.rows_accepted = accepted
    job.rows_already_received = total - rejected - accepted
    job.status = "completed"
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return job
