"""Getting an upload into PostgreSQL without holding it in memory, and reading it back as columns.

Every line of the upload is copied verbatim into ``import_lines(line_no, line)`` (a temporary table of the
request's transaction) with ``COPY``; parsing, checking and merging then happen in SQL, set-based. A file
saved in GBK (Excel on Chinese Windows) is read as such on the way (``shared/text_upload.py``).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from asyncpg.exceptions import CharacterNotInRepertoireError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.errors import Unprocessable
from shared.row_checks import RowCheck, check_params, codes_array, failed, message_sql, unnest_codes
from shared.text_upload import copy_encoding_error, utf8_lines
from shared.uploads import FileUpload

# NUL cannot be stored; \x01 and \x02 are the COPY delimiter and quote; CR (of CRLF line ends) means nothing
_NEVER_IN_DATA = b"\x00\x01\x02\r"


STAGING = ("lines", "parsed", "rows", "checked")


@dataclass(frozen=True)
class Tables:
    """Names of one import's tables (unique per job: two imports may share a transaction).

    The staging tables (``STAGING``) are UNLOGGED tables of the enrollment schema, created and dropped
    inside the import's transaction (no other transaction ever sees them; a rollback or crash takes them
    away): unlike temporary tables they can be read by parallel workers. Any other name is a temporary
    table dropped at commit, for what is read just before the commit (the outbox statement).
    """

    suffix: str

    def __getattr__(self, name: str) -> str:
        if name in STAGING:
            return f"enrollment.import_{name}_{self.suffix}"
        return f"import_{name}_{self.suffix}"


async def drop_staging(session: AsyncSession, tables: Tables) -> None:
    await session.execute(text(f"DROP TABLE IF EXISTS {', '.join(getattr(tables, n) for n in STAGING)}"))


@dataclass
class Received:
    sha256: str
    bytes: int


async def copy_upload(session: AsyncSession, upload: FileUpload, tables: Tables) -> Received:
    """Stream the uploaded file (the raw body or a multipart form's file part) into the lines table; nothing
    but the current chunk is held in memory."""
    await session.execute(
        text(f"CREATE UNLOGGED TABLE {tables.lines} (line_no bigint GENERATED ALWAYS AS IDENTITY, line text)")
    )
    digest = hashlib.sha256()
    size = 0

    async def received() -> AsyncIterator[bytes]:
        nonlocal size
        async for chunk in upload.chunks:
            digest.update(chunk)
            size += len(chunk)
            yield chunk

    async def chunks() -> AsyncIterator[bytes]:
        # UTF-8 goes into COPY unread (PostgreSQL checks it and names a bad line); GB18030 is converted
        async for block in utf8_lines(received(), upload.decoder(), check=False):
            yield block.translate(None, _NEVER_IN_DATA)

    connection = await session.connection()
    raw: Any = (await connection.get_raw_connection()).driver_connection
    schema, name = tables.lines.split(".")
    try:
        await raw.copy_to_table(
            name,
            schema_name=schema,
            source=chunks(),
            columns=["line"],
            format="csv",
            delimiter="\x01",
            quote="\x02",
        )
    except CharacterNotInRepertoireError as exc:
        raise copy_encoding_error(exc.context) from None
    return Received(sha256=digest.hexdigest(), bytes=size)


async def csv_header(session: AsyncSession, tables: Tables) -> list[str]:
    first = await session.scalar(text(f"SELECT line FROM {tables.lines} ORDER BY line_no LIMIT 1"))
    if not first:
        raise Unprocessable("the file is empty; a CSV upload starts with a header line", code="IMPORT_EMPTY")
    return [name.strip().lower().lstrip("\ufeff") for name in next(csv.reader(io.StringIO(first)))]


def _csv_field(n: int) -> str:
    return (
        f"CASE WHEN strpos(line, '\"') = 0 THEN split_part(line, ',', {n}) "
        f"ELSE (enrollment.csv_fields(line))[{n}] END"
    )


def column_expressions(
    tables: Tables, fmt: str, header: Sequence[str], columns: Sequence[str], required: Sequence[str]
) -> tuple[str, str]:
    """SQL that turns the lines table into one text column per field: (select list, FROM clause).

    CSV lines are split by ``enrollment.csv_fields`` (quoted fields handled); JSON lines are parsed with
    ``pg_input_is_valid`` first, so a malformed line is an error of that row, not of the file.
    """
    if fmt == "csv":
        missing = [c for c in required if c not in header]
        if missing:
            raise Unprocessable(
                f"the header lacks {', '.join(missing)}; expected columns: {', '.join(columns)}",
                code="IMPORT_HEADER_INVALID",
            )
        select = ", ".join(
            f"nullif(btrim({_csv_field(header.index(c) + 1)}), '') AS {c}"
            if c in header
            else f"NULL::text AS {c}"
            for c in columns
        )
        count = (
            "CASE WHEN strpos(line, '\"') = 0 THEN length(line) - length(replace(line, ',', '')) + 1 "
            "ELSE cardinality(enrollment.csv_fields(line)) END"
        )
        malformed = f"CASE WHEN {count} <> {len(header)} THEN 'COLUMN_COUNT' END AS malformed"
        # every field is cut from the line where it is used, so that nothing stops the planner from
        # splitting lines in parallel workers; quoted lines (rare) take the CSV-aware function
        source = (
            f"(SELECT line_no, line FROM {tables.lines} "
            f"WHERE line_no > (SELECT min(line_no) FROM {tables.lines}) "
            "AND btrim(coalesce(line, '')) <> '') s"
        )
        return f"line_no, {select}, {malformed}", source
    select = ", ".join(f"nullif(btrim(d ->> '{c}'), '') AS {c}" for c in columns)
    malformed = "CASE WHEN d IS NULL OR jsonb_typeof(d) <> 'object' THEN 'MALFORMED_LINE' END AS malformed"
    source = (
        "(SELECT line_no, CASE WHEN pg_input_is_valid(line, 'jsonb') THEN line::jsonb END AS d "
        f"FROM {tables.lines} WHERE btrim(coalesce(line, '')) <> '' OFFSET 0) s"
    )
    return f"line_no, {select}, {malformed}", source


def codes_column(checks: Sequence[RowCheck]) -> str:
    """The select-list item ``codes``: one per check, NULL where the row passed it (see ``FAILED``)."""
    return f"{codes_array(checks)} AS codes"


FAILED = f"{failed()} AS failed"


async def record_row_errors(
    session: AsyncSession, tables: Tables, checks: Sequence[RowCheck], params: dict[str, Any]
) -> None:
    """One error row per failed (line, field) of the checked table, read from its ``codes`` (the first check
    of a field that failed); only the failed rows are looked at."""
    await session.execute(
        text(
            f"""
            INSERT INTO enrollment.import_errors (job_id, row_number, field, code, message)
            SELECT DISTINCT ON (line_no, x.field) :job, line_no, x.field, x.code, {message_sql("k")}
            FROM {tables.checked} k, {unnest_codes("k.codes")}
            WHERE failed AND x.code IS NOT NULL
            ORDER BY line_no, x.field, x.n
            """
        ),
        {**params, **check_params(checks)},
    )
