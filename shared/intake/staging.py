"""Staging by lines: the upload COPYed verbatim into a one-column table, cut into fields in SQL.

For the largest files (a city's persons, millions of lines): every line of the upload goes as it is into
``<lines>(line_no, line)`` with ``COPY`` (nothing but the current chunk in memory), and the cutting into
fields, the checks and the merge then run as a few set-based statements that parallel workers share. A file
saved in GBK (Excel on Chinese Windows) is converted on the way (``shared/text_upload.py``); a UTF-8 file goes
in unread, PostgreSQL checking it and naming the line it stops at.

Line numbers are the file's (a CSV header is line 1; blank lines count but are not rows).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import AsyncIterator, Mapping, Sequence
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
BULK_SETTINGS: Mapping[str, str] = {
    "statement_timeout": "0",
    "work_mem": "'256MB'",
    "parallel_setup_cost": "0",
    "parallel_tuple_cost": "0.001",
}


@dataclass(frozen=True)
class Tables:
    """Names of one import's tables (unique per job: two imports may share a transaction).

    The staging tables (``staging``) are UNLOGGED tables of the service's ``schema``, created and dropped
    inside the import's transaction (no other transaction ever sees them; a rollback or crash takes them
    away): unlike temporary tables they can be read by parallel workers. Any other name is a temporary
    table dropped at commit, for what is read just before the commit (the outbox statement).
    """

    schema: str
    suffix: str
    prefix: str = "import"
    staging: tuple[str, ...] = STAGING

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        if name in self.staging:
            return f"{self.schema}.{self.prefix}_{name}_{self.suffix}"
        return f"{self.prefix}_{name}_{self.suffix}"


async def bulk_settings(session: AsyncSession, settings: Mapping[str, str] = BULK_SETTINGS) -> None:
    """One import is one long transaction over millions of rows: no statement timeout, sorts and hashes
    in memory, and the per-row parsing and checking spread over parallel workers."""
    for setting, value in settings.items():
        await session.execute(text(f"SET LOCAL {setting} = {value}"))


async def take_turns(session: AsyncSession, name: str) -> None:
    """Imports of one kind take turns from here to their commit (a transaction lock): the same file sent
    twice at once is applied once, the second finding the first's rows unchanged."""
    await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name), 0)"), {"name": name})


async def drop_staging(session: AsyncSession, tables: Tables) -> None:
    await session.execute(
        text(f"DROP TABLE IF EXISTS {', '.join(getattr(tables, n) for n in tables.staging)}")
    )


@dataclass
class Received:
    sha256: str
    bytes: int


async def copy_lines(session: AsyncSession, upload: FileUpload, tables: Tables) -> Received:
    """Stream the uploaded file (the raw body or a multipart form's file part) into ``tables.lines``;
    nothing but the current chunk is held in memory."""
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
    """The CSV header's names (lower case); an empty file is a 422 ``IMPORT_EMPTY``."""
    first = await session.scalar(text(f"SELECT line FROM {tables.lines} ORDER BY line_no LIMIT 1"))
    if not first:
        raise Unprocessable("the file is empty; a CSV upload starts with a header line", code="IMPORT_EMPTY")
    return [name.strip().lower().lstrip("\ufeff") for name in next(csv.reader(io.StringIO(first)))]


def _csv_field(n: int, csv_fields: str) -> str:
    return (
        f"CASE WHEN strpos(line, '\"') = 0 THEN split_part(line, ',', {n}) ELSE ({csv_fields}(line))[{n}] END"
    )


def column_expressions(
    tables: Tables,
    fmt: str,
    header: Sequence[str],
    columns: Sequence[str],
    required: Sequence[str],
    csv_fields: str,
) -> tuple[str, str]:
    """SQL that turns the lines table into one text column per field: (select list, FROM clause), with
    ``line_no`` and ``malformed`` (``COLUMN_COUNT``, ``MALFORMED_LINE`` or NULL).

    CSV lines are split with ``split_part``, quoted ones by ``csv_fields`` (the service's SQL function
    ``text -> text[]`` that reads one CSV line); a header without a ``required`` column is a 422
    ``IMPORT_HEADER_INVALID``. JSON lines are parsed with ``pg_input_is_valid`` first, so a malformed line is
    an error of that row, not of the file.
    """
    if fmt == "csv":
        missing = [c for c in required if c not in header]
        if missing:
            raise Unprocessable(
                f"the header lacks {', '.join(missing)}; expected columns: {', '.join(columns)}",
                code="IMPORT_HEADER_INVALID",
            )
        select = ", ".join(
            f"nullif(btrim({_csv_field(header.index(c) + 1, csv_fields)}), '') AS {c}"
            if c in header
            else f"NULL::text AS {c}"
            for c in columns
        )
        count = (
            "CASE WHEN strpos(line, '\"') = 0 THEN length(line) - length(replace(line, ',', '')) + 1 "
            f"ELSE cardinality({csv_fields}(line)) END"
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
    session: AsyncSession,
    errors_table: str,
    checked: str,
    checks: Sequence[RowCheck],
    params: Mapping[str, Any],
    *,
    templates: bool = True,
) -> None:
    """One error row ``(job_id, row_number, field, code, message)`` in ``errors_table`` per failed (line,
    field) of the ``checked`` table (``line_no``, ``codes``, ``failed``; bind ``:job``): the first check of a
    field that failed; only the failed rows are looked at. ``templates``: fill the checks' message
    templates from the row (``shared.row_checks.message_sql``), else the checks' messages as they are."""
    message = message_sql("k") if templates else "x.message"
    await session.execute(
        text(
            f"""
            INSERT INTO {errors_table} (job_id, row_number, field, code, message)
            SELECT DISTINCT ON (line_no, x.field) :job, line_no, x.field, x.code, {message}
            FROM {checked} k, {unnest_codes("k.codes")}
            WHERE failed AND x.code IS NOT NULL
            ORDER BY line_no, x.field, x.n
            """
        ),
        {**params, **check_params(checks)},
    )
