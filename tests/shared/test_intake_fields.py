"""The intake kit's reader by fields: what a file's lines become as CSV for COPY (no database needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from shared.errors import Unprocessable
from shared.intake import fields

COLUMNS = ("code", "name", "amount")


async def _chunks(body: bytes, size: int = 7) -> AsyncIterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


async def _staged(upload: fields.Upload) -> list[str]:
    return [line for block in [b async for b in upload.data(10_000)] for line in block.decode().splitlines()]


class TestCsvByFields:
    async def test_plain_lines_pass_as_they_are_and_odd_ones_are_quoted(self) -> None:
        body = b'code,name,extra,amount\nA,x,1,5\n\nB,"y, z",2,6\nC,only-two\n'
        upload = await fields.csv_upload(_chunks(body), COLUMNS)
        assert upload.header == ["code", "name", "extra", "amount"]
        assert upload.columns == ["row_number", "malformed", "code", "name", "ignored_2", "amount"]
        assert await _staged(upload) == [
            "1,,A,x,1,5",
            '2,,"B","y, z",,"6"',
            '3,"2 fields, the header has 4",,,,',
        ]

    async def test_a_ragged_line_is_read_as_csv_dictreader_reads_it(self) -> None:
        upload = await fields.csv_upload(_chunks(b"code,name,amount\nC,only-two\n"), COLUMNS, ragged=True)
        assert await _staged(upload) == ['1,,"C","only-two",']

    async def test_an_empty_file_has_no_header_and_no_rows(self) -> None:
        upload = await fields.csv_upload(_chunks(b"\n\n"), COLUMNS)
        assert upload.header is None
        assert await _staged(upload) == []

    async def test_an_unreadable_header_refuses_the_file(self) -> None:
        with pytest.raises(Unprocessable) as refused:
            await fields.csv_upload(_chunks(b"code," + b"x" * 140_000 + b"\n"), COLUMNS)
        assert refused.value.code == "INVALID_FILE"


class TestJsonByFields:
    async def test_each_line_is_an_object_or_a_malformed_row(self) -> None:
        body = b'{"code": "A", "amount": 5, "other": 1}\n[1]\nnot json\n'
        upload = fields.jsonl_upload(_chunks(body), COLUMNS)
        assert await _staged(upload) == [
            '1,,"A",,"5"',
            '2,"not a JSON object",,,',
            '3,"not valid JSON",,,',
        ]
