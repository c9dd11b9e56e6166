"""Staging by fields: the upload read line by line in Python and COPYed into a table of one text column per
field, PostgreSQL's CSV reader doing the cutting.

For files of up to a few million rows whose checks and merge are one statement (a month of service records)
and for JSON batches sent in a request's body. A CSV line without quotes, CR or NUL and with the header's
number of fields goes into the COPY as it is (PostgreSQL reads it as the csv module would); any other line is
read in Python and written out quoted. A JSON line (or a batch's item) is an object whose keys are the
columns. Rows are numbered 1, 2, … in the order of the file, blank lines skipped; a row that cannot be read
is staged with ``malformed`` set (its fields NULL), never an error of the whole file.

The staging table is ``(row_number bigint, malformed text, <columns> text)``, temporary, dropped at commit;
a CSV column it does not know is staged as ``ignored_<n>`` (and never read). The COPY runs per
``chunk_rows`` rows, so no statement lasts as long as a slow client.
"""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.errors import Unprocessable
from shared.text_upload import UploadDecoder

FIELDS_LIMIT = csv.field_size_limit()
BATCH_BLOCK_ROWS = 1_000
READ_ERROR = "not a readable CSV line"  # how a ``malformed`` the csv module could not read starts


class Upload:
    """An upload's rows as CSV text for ``COPY staging (columns) FROM STDIN (FORMAT csv)``: ``columns`` are
    ``row_number``, ``malformed`` and the fields in the order of the text (a field the staging table does not
    know is copied into an ``ignored_<n>`` column). An empty field is NULL, a quoted one text as it is."""

    def __init__(
        self,
        known: Sequence[str],
        fields: list[str],
        blocks: AsyncIterator[list[str]],
        header: list[str] | None = None,
    ) -> None:
        self.known = tuple(known)
        self.header = header  # a CSV file's header as read (None: JSON, or an empty file)
        self.columns = ["row_number", "malformed", *fields]
        self.ignored = [f for f in fields if f not in known]
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


def _mapping_line(number: int, item: Any, columns: Sequence[str]) -> str:
    if not isinstance(item, dict):
        return _line(number, "not a JSON object", [None] * len(columns))
    values = [_text(item.get(c)) for c in columns]
    malformed = _malformed(values)
    return _line(number, malformed, [None] * len(columns) if malformed else values)


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


def _csv_line(number: int, line: str, kept: list[bool], ragged: bool = False) -> str:
    """A line that cannot go into COPY as it is (quotes, NUL, CR, a field above the csv module's limit, or a
    wrong number of fields), read with the csv module; the fields not ``kept`` are left out (NULL).
    ``ragged``: a line with fewer fields than the header has the others empty, one with more has the extra
    ones dropped (as ``csv.DictReader`` reads it), instead of being malformed."""
    width = len(kept)
    try:
        fields = _csv_fields(line)
    except csv.Error as exc:
        return _line(number, f"{READ_ERROR}: {exc}", [None] * width)
    if ragged:
        fields = (fields + [""] * width)[:width]
    if len(fields) != width:
        return _line(number, f"{len(fields)} fields, the header has {width}", [None] * width)
    values = [(f or None) if keep else None for f, keep in zip(fields, kept, strict=True)]
    malformed = _malformed(values)
    return _line(number, malformed, [None] * width if malformed else values)


async def _csv_lines(
    kept: list[bool], first: list[str], blocks: AsyncIterator[list[str]], ragged: bool
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
                out.append(_csv_line(number, line, kept, ragged))
        return out

    yield staged(first)
    async for lines in blocks:
        yield staged(lines)


async def _no_lines() -> AsyncIterator[list[str]]:
    return
    yield


async def csv_upload(
    chunks: AsyncIterator[bytes], columns: Sequence[str], encoding: str = "utf-8", *, ragged: bool = False
) -> Upload:
    """A CSV file with a header line; the header is read before anything is staged (an unreadable one is a
    422 ``INVALID_FILE``; a column missing from it is NULL in every row, for the checks to refuse). See
    :func:`_csv_line` for ``ragged``."""
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
            fields = [h if h in columns and last[h] == i else f"ignored_{i}" for i, h in enumerate(header)]
            kept = [f in columns for f in fields]
            return Upload(columns, fields, _csv_lines(kept, lines[n + 1 :], blocks, ragged), header)
    return Upload(columns, list(columns), _no_lines())


async def _jsonl_lines(
    chunks: AsyncIterator[bytes], columns: Sequence[str], encoding: str
) -> AsyncIterator[list[str]]:
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
                out.append(_line(number, "not valid JSON", [None] * len(columns)))
                continue
            out.append(_mapping_line(number, item, columns))
        yield out


def jsonl_upload(chunks: AsyncIterator[bytes], columns: Sequence[str], encoding: str = "utf-8") -> Upload:
    """A JSON-lines file: one object a line, keyed by the columns (a list is joined with ``|``)."""
    return Upload(columns, list(columns), _jsonl_lines(chunks, columns, encoding))


async def _batch_lines(items: list[Any], columns: Sequence[str]) -> AsyncIterator[list[str]]:
    for start in range(0, len(items), BATCH_BLOCK_ROWS):
        block = items[start : start + BATCH_BLOCK_ROWS]
        yield [_mapping_line(start + i, item, columns) for i, item in enumerate(block, start=1)]


def batch_upload(items: list[Any], columns: Sequence[str]) -> Upload:
    """A batch already in memory (a request's JSON body), staged as a file's rows are."""
    return Upload(columns, list(columns), _batch_lines(items, columns))


async def stage(session: AsyncSession, table: str, upload: Upload, chunk_rows: int) -> int:
    """Create (or empty) the temporary staging ``table`` and COPY the upload into it, ``chunk_rows`` rows a
    statement; the number of rows staged."""
    await session.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {table} (row_number bigint, malformed text, "
            + ", ".join(f"{c} text" for c in upload.known)
            + ") ON COMMIT DROP"
        )
    )
    await session.execute(text(f"TRUNCATE {table}"))
    if upload.ignored:
        await session.execute(
            text(
                f"ALTER TABLE {table} "
                + ", ".join(f"ADD COLUMN IF NOT EXISTS {c} text" for c in upload.ignored)
            )
        )
    raw = (await (await session.connection()).get_raw_connection()).driver_connection
    assert raw is not None
    total = 0
    while not upload.finished:
        status = await raw.copy_to_table(
            table, source=upload.data(chunk_rows), columns=upload.columns, format="csv"
        )
        total += int(status.split()[-1])
    return total
