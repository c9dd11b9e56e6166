"""Text uploads read in the character set the client declares: UTF-8 unless it says GB18030 (or GBK, its
subset, as Excel writes a "CSV" on Chinese Windows) — ``charset=`` in the Content-Type of the request or of
the multipart file part, or a form field ``charset`` (``shared/uploads.py``). Nothing is guessed.

A UTF-8 byte-order mark ("CSV UTF-8" in Excel) is dropped. A line that is not text in the declared set makes
the upload a 422 ``ENCODING_INVALID`` naming the line (for an undeclared file, with how to declare it);
UTF-16 (Excel's "Unicode text") and any other declared set is a 422 ``ENCODING_UNSUPPORTED``. UTF-8 goes on
as it came (checked, never re-encoded); only a GB18030 upload is converted.

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
ENCODINGS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
}
UNDECLARED_HINT = (
    "; a file saved as GBK/GB18030 (Excel's CSV on Chinese Windows) must say so: "
    "Content-Type: text/csv; charset=gb18030, or the form field charset=gb18030"
)


def declared_encoding(charset: str | None, where: str = "the Content-Type") -> str:
    """``utf-8`` or ``gb18030`` for a declared character set (none declared: UTF-8); any other is a 422."""
    if charset is None or not charset.strip():
        return "utf-8"
    encoding = ENCODINGS.get(charset.strip().strip('"').lower())
    if encoding is None:
        raise Unprocessable(
            f"{where} declares charset {charset[:40]!r}; uploads are UTF-8 (the default) or GB18030 (GBK)",
            code="ENCODING_UNSUPPORTED",
            field="charset",
        )
    return encoding


def encoding_invalid(line: int, detail: str | None = None) -> Unprocessable:
    return Unprocessable(
        detail or f"line {line} is not UTF-8 text" + UNDECLARED_HINT,
        code="ENCODING_INVALID",
        line=line,
        field="body",
    )


def copy_encoding_error(context: str | None) -> Unprocessable:
    """PostgreSQL's COPY refused a byte sequence of a UTF-8 upload: the same 422, naming the line its error
    context names (``COPY table, line N``)."""
    found = re.search(r"line (\d+)", context or "")
    line = int(found.group(1)) if found else 0
    return encoding_invalid(line, None if found else "a line of the file is not UTF-8 text" + UNDECLARED_HINT)


class UploadDecoder:
    """Reads one upload block by block in its declared ``encoding`` (``utf-8`` or ``gb18030``)."""

    def __init__(self, encoding: str = "utf-8") -> None:
        self.encoding = ENCODINGS.get(encoding.lower(), encoding)
        self.lines = 0  # line ends read so far
        self.started = False

    def text(self, block: bytes) -> str:
        """The block's lines as text."""
        block = self._begin(block)
        text = block.decode("ascii") if block.isascii() else self._decode(block)
        self.lines += block.count(b"\n")
        return text

    def utf8(self, block: bytes, *, check: bool = True) -> bytes:
        """The block's lines as UTF-8 bytes: the block itself when the upload is UTF-8 (``check=False``
        leaves checking that to the reader, as PostgreSQL's COPY does), converted when it is GB18030."""
        block = self._begin(block)
        if block.isascii() or (not check and self.encoding == "utf-8"):  # the same bytes in either set
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
        if self.started:
            return block
        self.started = True
        if block.startswith(UTF16_BOMS):
            raise Unprocessable(
                "the file is UTF-16 (Excel's Unicode text); save it as CSV (UTF-8, or the Windows default "
                "declared as charset=gb18030)",
                code="ENCODING_UNSUPPORTED",
                field="body",
            )
        if block.startswith(UTF8_BOM):
            if self.encoding != "utf-8":
                raise encoding_invalid(
                    1, "the file starts with a UTF-8 byte-order mark but is declared GB18030: declare utf-8"
                )
            return block[len(UTF8_BOM) :]
        return block

    def _decode(self, block: bytes) -> str:
        try:
            return block.decode(self.encoding)
        except UnicodeDecodeError as exc:
            line = self.lines + block.count(b"\n", 0, exc.start) + 1
            raise encoding_invalid(
                line,
                None if self.encoding == "utf-8" else f"line {line} is not GB18030 (GBK) text as declared",
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
        if not check and decoder.encoding == "utf-8" and decoder.started:
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
