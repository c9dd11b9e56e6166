"""Text uploads read in the encoding the client saved them in: UTF-8, or GB18030 (GBK) as Excel writes a
"CSV" on Chinese Windows.

The encoding is decided by the upload's first line that is not plain ASCII (the lines before it read the same
either way): UTF-8 when that line is UTF-8, else GB18030. A UTF-8 byte-order mark ("CSV UTF-8" in Excel) is
dropped. A line that is neither, or that breaks the encoding the upload started with, makes the upload a 422
``ENCODING_INVALID`` naming the line; UTF-16 (Excel's "Unicode text") is a 422 ``ENCODING_UNSUPPORTED``.
UTF-8 goes on as it came (checked, never re-encoded); only a GB18030 upload is converted.

Blocks handed to the decoder end at a line end (or at the upload's end): a line feed is never part of a
multi-byte character in either encoding, so a block is always whole characters.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from shared.errors import Unprocessable

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_LINE_BYTES = 16 << 20


def encoding_invalid(line: int, detail: str | None = None) -> Unprocessable:
    return Unprocessable(
        detail or f"line {line} is not UTF-8 text as the lines before it are",
        code="ENCODING_INVALID",
        line=line,
    )


def copy_encoding_error(context: str | None) -> Unprocessable:
    """PostgreSQL's COPY refused a byte sequence of a UTF-8 upload: the same 422, naming the line its error
    context names (``COPY table, line N``)."""
    found = re.search(r"line (\d+)", context or "")
    line = int(found.group(1)) if found else 0
    return encoding_invalid(line, None if found else "a line of the file is not UTF-8 text")


class UploadDecoder:
    """Reads one upload block by block; ``encoding`` is None until a non-ASCII line decides it."""

    def __init__(self) -> None:
        self.encoding: str | None = None
        self.lines = 0  # line ends read so far
        self._started = False

    def text(self, block: bytes) -> str:
        """The block's lines as text."""
        block = self._begin(block)
        if self.encoding is None and block.isascii():
            self.lines += block.count(b"\n")
            return block.decode("ascii")
        text = self._decode(block)
        self.lines += block.count(b"\n")
        return text

    def utf8(self, block: bytes, *, check: bool = True) -> bytes:
        """The block's lines as UTF-8 bytes: the block itself when it is UTF-8 already (``check=False``
        leaves checking that to the reader, as PostgreSQL's COPY does), converted when it is GB18030."""
        block = self._begin(block)
        if block.isascii():  # the same bytes in either encoding
            self.lines += block.count(b"\n")
            return block
        if not check and self._decide(block)[0] == "utf-8":
            self.lines += block.count(b"\n")
            return block
        text = self._decode(block)
        self.lines += block.count(b"\n")
        return block if self.encoding == "utf-8" else text.encode()

    def line_too_long(self) -> Unprocessable:
        line = self.lines + 1
        return Unprocessable(
            f"line {line} is longer than {MAX_LINE_BYTES >> 20} MiB", code="LINE_TOO_LONG", line=line
        )

    def _begin(self, block: bytes) -> bytes:
        if self._started:
            return block
        self._started = True
        if block.startswith(UTF8_BOM):
            self.encoding = "utf-8"
            return block[len(UTF8_BOM) :]
        if block.startswith(UTF16_BOMS):
            raise Unprocessable(
                "the file is UTF-16 (Excel's Unicode text); save it as CSV (UTF-8 or the Windows default)",
                code="ENCODING_UNSUPPORTED",
            )
        return block

    def _decide(self, block: bytes) -> tuple[str, int | None]:
        """The upload's encoding, and the block's line (from 0) that decided it now, if one did."""
        if self.encoding is not None:
            return self.encoding, None
        lines = block.split(b"\n")
        deciding = next(n for n, line in enumerate(lines) if not line.isascii())
        try:
            lines[deciding].decode("utf-8")
        except UnicodeDecodeError:
            self.encoding = "gb18030"  # read with it below, which names the line when it is neither
        else:
            self.encoding = "utf-8"
        return self.encoding, deciding

    def _decode(self, block: bytes) -> str:
        encoding, deciding = self._decide(block)
        try:
            return block.decode(encoding)
        except UnicodeDecodeError as exc:
            in_block = block.count(b"\n", 0, exc.start)
            line = self.lines + in_block + 1
            raise encoding_invalid(
                line,
                f"line {line} is neither UTF-8 nor GB18030 (GBK) text"
                if in_block == deciding
                else f"line {line} is not {encoding.upper()} text as the lines before it are",
            ) from None


async def utf8_lines(
    chunks: AsyncIterator[bytes], decoder: UploadDecoder | None = None, *, check: bool = True
) -> AsyncIterator[bytes]:
    """An upload's body as UTF-8, in blocks of whole lines (a line cut by a chunk's end comes with the next;
    no line is held longer than ``MAX_LINE_BYTES``).

    ``check=False`` is for a reader that checks UTF-8 itself (PostgreSQL's COPY, which names the line it
    stops at; see :func:`copy_encoding_error`): once the upload is known to be UTF-8 its chunks pass on as
    they came, unread."""
    decoder = decoder or UploadDecoder()
    carry = b""
    async for chunk in chunks:
        if not chunk:
            continue
        if not check and decoder.encoding == "utf-8":
            if carry:
                yield carry
                carry = b""
            yield chunk
            continue
        data = carry + chunk if carry else chunk
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            if len(data) > MAX_LINE_BYTES:
                raise decoder.line_too_long()
            carry = data
            continue
        carry = data[cut:]
        yield decoder.utf8(data[:cut], check=check)
    if carry:
        yield decoder.utf8(carry, check=check)
