"""A small file import's rows, read as they arrive: CSV with a header line, or JSON lines.

For imports whose rows are checked in a few statements per chunk (levels and balances migrated from an old
system): the upload (``shared/uploads.py``: the raw body or a multipart form; UTF-8 unless GB18030 is
declared) is read block by block of whole lines, each line parsed on its own, and the rows handed on in
chunks — nothing but the current chunk is held. Blank lines are skipped; line numbers are the file's (a CSV
header is line 1). A line that cannot be read is a row with ``malformed`` set, never an error of the whole
file; a CSV header that lacks a required column is a 422 ``IMPORT_HEADER_INVALID``, an empty CSV file a 422
``IMPORT_EMPTY``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.errors import Unprocessable
from shared.uploads import FileUpload


@dataclass(frozen=True)
class Row:
    line_no: int
    values: dict[str, str | None]
    malformed: str | None = None


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value) if isinstance(value, list | dict) else None
    if text is None:
        text = str(value).lower() if isinstance(value, bool) else str(value)
    text = text.strip()
    return text or None


async def _lines(upload: FileUpload) -> AsyncIterator[tuple[int, str]]:
    number = 0
    async for block in upload.utf8_lines():
        text = block.decode()
        parts = text.split("\n")
        if text.endswith("\n"):
            parts.pop()
        for line in parts:
            number += 1
            line = line.rstrip("\r").replace("\x00", "")
            if line.strip():
                yield number, line


async def rows(upload: FileUpload, columns: Sequence[str], required: Sequence[str]) -> AsyncIterator[Row]:
    """Every data row of the upload (raw or a form: ``shared/uploads.py``), with a value (or None) for each
    of ``columns``."""
    lines = _lines(upload)
    if upload.format == "jsonl":
        async for number, line in lines:
            try:
                item = json.loads(line)
            except (ValueError, RecursionError):
                yield Row(number, dict.fromkeys(columns), "the line is not valid JSON")
                continue
            if not isinstance(item, dict):
                yield Row(number, dict.fromkeys(columns), "the line is not a JSON object")
                continue
            yield Row(number, {c: _text(item.get(c)) for c in columns})
        return
    header: list[str] | None = None
    async for number, line in lines:
        try:
            fields = next(csv.reader([line]))
        except csv.Error as exc:
            if header is None:
                raise Unprocessable(
                    f"the CSV header cannot be read: {exc}", code="IMPORT_HEADER_INVALID"
                ) from exc
            yield Row(number, dict.fromkeys(columns), f"not a readable CSV line: {exc}")
            continue
        if header is None:
            header = [f.strip().lstrip("\ufeff").lower() for f in fields]
            missing = [c for c in required if c not in header]
            if missing:
                raise Unprocessable(
                    f"the header lacks {', '.join(missing)}; expected columns: {', '.join(columns)}",
                    code="IMPORT_HEADER_INVALID",
                )
            continue
        if len(fields) != len(header):
            yield Row(number, dict.fromkeys(columns), f"{len(fields)} fields, the header has {len(header)}")
            continue
        by_name = dict(zip(header, fields, strict=True))
        yield Row(number, {c: _text(by_name.get(c)) for c in columns})
    if header is None:
        raise Unprocessable("the file is empty; a CSV upload starts with a header line", code="IMPORT_EMPTY")


async def chunked(source: AsyncIterator[Row], size: int) -> AsyncIterator[list[Row]]:
    """The rows in lists of at most ``size``."""
    chunk: list[Row] = []
    async for row in source:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Enrich = Callable[[list[Row]], Awaitable[list[tuple[Any, ...]]]]


async def stage_rows(
    session: AsyncSession,
    table: str,
    upload: FileUpload,
    columns: Sequence[str],
    required: Sequence[str],
    *,
    chunk_rows: int,
    extra: Sequence[tuple[str, str]] = (),
    enrich: Enrich | None = None,
) -> None:
    """Stage the upload's rows in a temporary table dropped at commit: ``line_no``, ``malformed``, each of
    ``columns`` as text, then the ``extra`` ``(name, SQL type)`` columns, COPYed ``chunk_rows`` rows at a
    time. ``enrich`` turns a chunk into its records when the extra columns need work per chunk (one call to
    another service for the chunk's persons); without it a record is the line number, ``malformed`` and
    the columns' values."""
    await session.execute(
        text(
            f"CREATE TEMP TABLE {table} (line_no bigint, malformed text, "
            + ", ".join(f"{c} text" for c in columns)
            + "".join(f", {name} {kind}" for name, kind in extra)
            + ") ON COMMIT DROP"
        )
    )
    raw: Any = (await (await session.connection()).get_raw_connection()).driver_connection
    names = ["line_no", "malformed", *columns, *(name for name, _ in extra)]
    async for chunk in chunked(rows(upload, columns, required), chunk_rows):
        records = (
            await enrich(chunk)
            if enrich is not None
            else [(r.line_no, r.malformed, *(r.values[c] for c in columns)) for r in chunk]
        )
        await raw.copy_records_to_table(table, records=records, columns=names)
