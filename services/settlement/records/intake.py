"""Service records in: a JSON batch or a month's file (CSV / JSON lines), streamed with COPY into a
staging table, then checked and merged by the institution's ``record_id`` in one SQL statement (a resend
is a no-op). Good rows are kept whatever happens to bad ones; every bad row gets its error lines.

A CSV line without quotes, CR or NUL and with the header's number of fields goes into the COPY as it is
(PostgreSQL reads it as the csv module would); any other line is read in Python and written out quoted.
Each staged row is checked once (one ``codes`` array per row); error lines are made for failed rows only."""

from __future__ import annotations

import csv
import datetime as dt
import json
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.config import SettlementConfig
from shared.errors import Unprocessable
from shared.row_checks import RowCheck, check_params, codes_array, failed, unnest_codes
from shared.text_upload import UploadDecoder

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
FIELDS_LIMIT = csv.field_size_limit()
BATCH_BLOCK_ROWS = 1_000


class Upload:
    """An upload's rows as CSV text for ``COPY staging (columns) FROM STDIN (FORMAT csv)``: ``columns`` are
    ``row_number``, ``malformed`` and the fields in the order of the text (a field the staging table does not
    know is copied into an ``ignored_<n>`` column). An empty field is NULL, a quoted one text as it is."""

    def __init__(self, fields: list[str], blocks: AsyncIterator[list[str]]) -> None:
        self.columns = ["row_number", "malformed", *fields]
        self.ignored = [f for f in fields if f not in COLUMNS]
        self.finished = False
        self._blocks = blocks

    async def data(self, rows: int) -> AsyncIterator[bytes]:
        """The next blocks of lines, ``rows`` or a block more (fewer at the end, then ``finished``)."""
        sent = 0
        while sent < rows:
            try:
                lines = await anext(self._blocks)
            except StopAsyncIteration:
                self.finished = True
                return
            if lines:
                sent += len(lines)
                yield ("\n".join(lines) + "\n").encode()


def _quoted(value: str | None) -> str:
    return "" if value is None else '"' + value.replace('"', '""') + '"'


def _line(number: int, malformed: str | None, values: Iterable[str | None]) -> str:
    return ",".join([str(number), _quoted(malformed), *(_quoted(v) for v in values)])


def _malformed(values: list[str | None]) -> str | None:
    """Why the values cannot go into text columns, if they cannot."""
    present = [v for v in values if v is not None]
    if any("\x00" in v for v in present):
        return "a value contains a NUL character"
    try:
        "".join(present).encode()
    except UnicodeEncodeError:  # a lone surrogate (JSON "\ud800")
        return "a value is not valid Unicode text"
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _mapping_line(number: int, item: Any) -> str:
    if not isinstance(item, dict):
        return _line(number, "not a JSON object", [None] * len(COLUMNS))
    values = [_text(item.get(c)) for c in COLUMNS]
    malformed = _malformed(values)
    return _line(number, malformed, [None] * len(COLUMNS) if malformed else values)


async def _line_blocks(chunks: AsyncIterator[bytes], encoding: str) -> AsyncIterator[list[str]]:
    """The complete lines of each chunk (a line cut by a chunk's end comes with the next), CR of CRLF cut,
    read as UTF-8 or GB18030 (GBK), as the upload declares (``shared/text_upload.py``)."""
    decoder = UploadDecoder(encoding)
    pending = b""
    async for chunk in chunks:
        pending += chunk
        cut = pending.rfind(b"\n")
        if cut < 0:
            continue
        block = decoder.text(pending[: cut + 1])[:-1]
        pending = pending[cut + 1 :]
        lines = block.split("\n")
        yield [line.rstrip("\r") for line in lines] if "\r" in block else lines
    if pending.strip():
        yield [decoder.text(pending).rstrip("\r")]


def _blank(line: str) -> bool:
    return not line or line.isspace()


def _csv_fields(line: str) -> list[str]:
    return next(csv.reader([line]))


def _csv_line(number: int, line: str, kept: list[bool]) -> str:
    """A line that cannot go into COPY as it is (quotes, NUL, CR, a field above the csv module's limit, or a
    wrong number of fields), read with the csv module; the fields not ``kept`` are left out (NULL)."""
    width = len(kept)
    try:
        fields = _csv_fields(line)
    except csv.Error as exc:
        return _line(number, f"not a readable CSV line: {exc}", [None] * width)
    if len(fields) != width:
        return _line(number, f"{len(fields)} fields, the header has {width}", [None] * width)
    values = [(f or None) if keep else None for f, keep in zip(fields, kept, strict=True)]
    malformed = _malformed(values)
    return _line(number, malformed, [None] * width if malformed else values)


async def _csv_lines(
    kept: list[bool], first: list[str], blocks: AsyncIterator[list[str]]
) -> AsyncIterator[list[str]]:
    commas = len(kept) - 1
    number = 0

    def staged(lines: list[str]) -> list[str]:
        nonlocal number
        out = []
        for line in lines:
            if _blank(line):
                continue
            number += 1
            if (
                line.count(",") == commas
                and '"' not in line
                and "\x00" not in line
                and "\r" not in line
                and len(line) <= FIELDS_LIMIT
            ):
                out.append(f"{number},,{line}")  # read by COPY as the csv module would read it
            else:
                out.append(_csv_line(number, line, kept))
        return out

    yield staged(first)
    async for lines in blocks:
        yield staged(lines)


async def _no_lines() -> AsyncIterator[list[str]]:
    return
    yield


async def csv_upload(chunks: AsyncIterator[bytes], encoding: str = "utf-8") -> Upload:
    """A CSV file with a header line; the header is read before anything is staged."""
    blocks = _line_blocks(chunks, encoding)
    async for lines in blocks:
        for n, line in enumerate(lines):
            if _blank(line):
                continue
            try:
                header = [h.strip().lstrip("\ufeff") for h in _csv_fields(line)]
            except csv.Error as exc:  # a field above csv.field_size_limit
                raise Unprocessable(f"the CSV header cannot be read: {exc}", code="INVALID_FILE") from exc
            last = {name: i for i, name in enumerate(header)}  # a name given twice: the last one counts
            fields = [h if h in COLUMNS and last[h] == i else f"ignored_{i}" for i, h in enumerate(header)]
            kept = [f in COLUMNS for f in fields]
            return Upload(fields, _csv_lines(kept, lines[n + 1 :], blocks))
    return Upload(list(COLUMNS), _no_lines())


async def _jsonl_lines(chunks: AsyncIterator[bytes], encoding: str) -> AsyncIterator[list[str]]:
    number = 0
    async for lines in _line_blocks(chunks, encoding):
        out = []
        for line in lines:
            if _blank(line):
                continue
            number += 1
            try:
                item = json.loads(line)
            except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
                out.append(_line(number, "not valid JSON", [None] * len(COLUMNS)))
                continue
            out.append(_mapping_line(number, item))
        yield out


def jsonl_upload(chunks: AsyncIterator[bytes], encoding: str = "utf-8") -> Upload:
    return Upload(list(COLUMNS), _jsonl_lines(chunks, encoding))


async def _batch_lines(items: list[Any]) -> AsyncIterator[list[str]]:
    for start in range(0, len(items), BATCH_BLOCK_ROWS):
        block = items[start : start + BATCH_BLOCK_ROWS]
        yield [_mapping_line(start + i, item) for i, item in enumerate(block, start=1)]


def batch_upload(items: list[Any]) -> Upload:
    return Upload(list(COLUMNS), _batch_lines(items))


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
        "coalesce(s.care_mode, '') NOT IN ('home_visit', 'elderly_care_bed', 'medical_bed', 'family_care')",
        "care_mode must be home_visit, elderly_care_bed, medical_bed or family_care",
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
    """Stage the upload (a COPY per ``import_chunk_rows`` rows, so no statement lasts as long as a slow
    client), check and merge it in one statement; returns the finished job."""
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
    if upload.ignored:
        await session.execute(
            text(
                f"ALTER TABLE {STAGING} "
                + ", ".join(f"ADD COLUMN IF NOT EXISTS {c} text" for c in upload.ignored)
            )
        )
    raw = (await (await session.connection()).get_raw_connection()).driver_connection
    assert raw is not None
    total = 0
    while not upload.finished:
        status = await raw.copy_to_table(
            STAGING, source=upload.data(config.import_chunk_rows), columns=upload.columns, format="csv"
        )
        total += int(status.split()[-1])
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
