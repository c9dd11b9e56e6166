"""A photo or document as a route receives it: the raw body (``Content-Type: image/jpeg`` or
``application/octet-stream``, ``?filename=``) or a ``multipart/form-data`` form with the file as ``file``
(``curl -F file=@photo.jpg``), parsed as it arrives by the same streaming parser as the imports
(``shared/uploads.py``). The bytes are counted as they come (413 past the limit, without reading the rest),
the media type is told by the first bytes against the allow-list (a declared type must agree), and the
SHA-256 is taken on the way."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from services.oversight.files.exceptions import FileEmpty, FileTooLarge, FileTypeNotAllowed
from services.oversight.models import FileMediaType
from shared.errors import FieldError
from shared.uploads import MULTIPART, file_part, form_invalid, parse_media_type

MAGIC: dict[FileMediaType, bytes] = {
    FileMediaType.JPEG: b"\xff\xd8\xff",
    FileMediaType.PNG: b"\x89PNG\r\n\x1a\n",
    FileMediaType.PDF: b"%PDF-",
}
UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream"})
EXTENSIONS = {FileMediaType.JPEG: "jpg", FileMediaType.PNG: "png", FileMediaType.PDF: "pdf"}
_MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file
_SNIFF = max(len(m) for m in MAGIC.values())


@dataclass(frozen=True)
class ReceivedFile:
    filename: str | None
    media_type: FileMediaType
    content: bytes
    sha256: str


def sniff(head: bytes) -> FileMediaType | None:
    """The allowed type whose signature the bytes begin with (JPEG ``FF D8 FF``, PNG's eight bytes,
    ``%PDF-``)."""
    return next((t for t, magic in MAGIC.items() if head.startswith(magic)), None)


def _allowed() -> str:
    return ", ".join(t.value for t in FileMediaType)


def _declared(media: str) -> FileMediaType | None:
    if media in UNTYPED:
        return None
    try:
        return FileMediaType(media)
    except ValueError:
        raise FileTypeNotAllowed(
            f"{media} is not kept here; send {_allowed()} (or application/octet-stream: the bytes decide)"
        ) from None


async def receive_file(request: Request, max_bytes: int, filename: str | None) -> ReceivedFile:
    """The one file of this request, checked; 413 ``FILE_TOO_LARGE``, 415 ``FILE_TYPE_NOT_ALLOWED``, 422
    ``FILE_EMPTY`` or ``UPLOAD_FORM_INVALID``."""
    media, options = parse_media_type(request.headers.get("content-type"))
    length = request.headers.get("content-length", "")
    slack = _MULTIPART_SLACK if media == MULTIPART else 0
    if length.isdigit() and int(length) > max_bytes + slack:
        raise FileTooLarge(f"the body is {int(length)} bytes; a file may have at most {max_bytes}")
    chunks: AsyncIterator[bytes]
    if media == MULTIPART:
        part = await file_part(request, options)
        if part.name != "file":
            raise form_invalid(f"unknown form field {part.name!r}; the form takes one part, the file", "file")
        filename = _utf8(part.filename) or filename
        declared = _declared(part.media_type)
        chunks = part.chunks
    else:
        declared = _declared(media)
        chunks = request.stream()
    return await _read(chunks, declared, max_bytes, filename)


async def _read(
    chunks: AsyncIterator[bytes], declared: FileMediaType | None, max_bytes: int, filename: str | None
) -> ReceivedFile:
    digest = hashlib.sha256()
    blocks: list[bytes] = []
    head = b""
    size = 0
    kind: FileMediaType | None = None
    async for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise FileTooLarge(f"the file is larger than {max_bytes} bytes")
        if kind is None and len(head) < _SNIFF:
            head += chunk[: _SNIFF - len(head)]
            if len(head) == _SNIFF:
                kind = _judged(head, declared)  # refused at its first bytes, not after the whole file
        digest.update(chunk)
        blocks.append(chunk)
    if size == 0:
        raise FileEmpty(
            "the file is empty", errors=[FieldError(field="body", code="FILE_EMPTY", message="no bytes")]
        )
    if kind is None:
        kind = _judged(head, declared)
    content = b"".join(blocks)
    return ReceivedFile(filename=filename, media_type=kind, content=content, sha256=digest.hexdigest())


def _utf8(header_value: str | None) -> str | None:
    """A part's file name as browsers and curl send it (UTF-8 bytes in the header, read as latin-1 by the
    parser): its UTF-8 reading when it has one."""
    if header_value is None:
        return None
    try:
        return header_value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return header_value


def _judged(head: bytes, declared: FileMediaType | None) -> FileMediaType:
    kind = sniff(head)
    if kind is None:
        raise FileTypeNotAllowed(f"the file's first bytes are not those of {_allowed()}")
    if declared is not None and declared is not kind:
        raise FileTypeNotAllowed(f"the file was sent as {declared.value} but its bytes are {kind.value}")
    return kind


def clean_name(filename: str | None, kind: FileMediaType, fallback: str) -> str:
    """The name a file is kept under: its last path component, at most 200 characters, without control
    characters; ``fallback.<ext>`` when none is left."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()[:200]
    return name or f"{fallback}.{EXTENSIONS[kind]}"


def openapi_body() -> dict[str, Any]:
    """``openapi_extra`` of an upload route: the raw body in each allowed type and the multipart form."""
    binary = {"type": "string", "format": "binary"}
    content: dict[str, Any] = {t.value: {"schema": binary} for t in FileMediaType}
    content["application/octet-stream"] = {"schema": binary}
    content[MULTIPART] = {
        "schema": {"type": "object", "required": ["file"], "properties": {"file": binary}},
        "encoding": {"file": {"contentType": ", ".join(t.value for t in FileMediaType)}},
    }
    return {
        "requestBody": {
            "required": True,
            "description": "A JPEG, PNG or PDF as the body (name it with `?filename=`), or a "
            "multipart/form-data form with the file as `file` (`curl -F file=@photo.jpg`). The first bytes "
            "decide the type; a declared type must agree.",
            "content": content,
        }
    }
