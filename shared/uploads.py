"""A file upload as every import route receives it: the raw body (``Content-Type: text/csv``…) or a
``multipart/form-data`` form (``curl -F file=@persons.csv``: one file part, plus optional form fields),
read as a stream either way — nothing but the current chunk is held in memory.

An import route asks for :func:`receive_upload` and gets a :class:`FileUpload`: the file's format (from an
explicit ``format``, else the media type of the body or of the file part, else the file name's extension),
its declared character set (``utf-8`` unless the request's or the part's ``Content-Type`` says
``charset=gb18030``/``gbk``, or a form field ``charset`` does; see ``shared/text_upload.py``) and its bytes as
they arrive. ``UPLOAD_OPENAPI`` (or :func:`upload_openapi`) documents both request bodies.

    @router.post("/things-imports", openapi_extra=upload_openapi(IMPORT_FORMATS), responses=UPLOAD_RESPONSES)
    async def upload(request: Request, ...) -> Job:
        upload = await receive_upload(request, IMPORT_FORMATS)
        async for block in upload.utf8_lines(): ...

Form fields (``charset``, ``format``) come before the file part, as ``curl -F`` and browsers send them in
the order given: the file is read as it arrives, so a field after it would come too late (a 422).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from shared.errors import DomainError, FieldError, Unprocessable, problem_responses
from shared.text_upload import UploadDecoder, declared_encoding, utf8_lines

CSV_TYPES = frozenset({"text/csv", "application/csv"})
JSONL_TYPES = frozenset(
    {
        "application/x-ndjson",
        "application/jsonl",
        "application/json-lines",
        "application/x-jsonlines",
        "application/ndjson",
    }
)
IMPORT_FORMATS: Mapping[str, frozenset[str]] = {"csv": CSV_TYPES, "jsonl": JSONL_TYPES}
CSV_ONLY: Mapping[str, frozenset[str]] = {"csv": CSV_TYPES}
CANONICAL_TYPES = {"csv": "text/csv", "jsonl": "application/x-ndjson"}
_EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
FORM_FIELDS = ("charset", "format")
MULTIPART = "multipart/form-data"
_MAX_FIELD_BYTES = 1024


class UnsupportedMediaType(DomainError):
    status_code = 415
    code = "UNSUPPORTED_MEDIA_TYPE"


def form_invalid(detail: str, field: str = "body") -> Unprocessable:
    return Unprocessable(
        detail,
        code="UPLOAD_FORM_INVALID",
        errors=[FieldError(field=field, code="UPLOAD_FORM_INVALID", message=detail)],
    )


@dataclass
class FileUpload:
    """One uploaded file: ``format`` (a key of the route's formats), ``encoding`` (``utf-8`` or
    ``gb18030``), ``media_type`` (the format's canonical one) and its bytes, once, as they arrive."""

    format: str
    encoding: str
    chunks: AsyncIterator[bytes]
    media_type: str
    filename: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def decoder(self) -> UploadDecoder:
        return UploadDecoder(self.encoding)

    def utf8_lines(self, *, check: bool = True) -> AsyncIterator[bytes]:
        """The file as UTF-8 in blocks of whole lines (``shared.text_upload.utf8_lines``)."""
        return utf8_lines(self.chunks, self.decoder(), check=check)

    async def read(self) -> bytes:
        """The whole file (for small uploads that are read whole anyway, as the expert pool)."""
        return b"".join([chunk async for chunk in self.chunks])


def parse_media_type(value: str | None) -> tuple[str, dict[str, str]]:
    media, options = parse_options_header(value or "")
    return media.decode("latin-1").strip().lower(), {
        k.decode("latin-1").lower(): v.decode("latin-1") for k, v in options.items()
    }


def _format(
    formats: Mapping[str, frozenset[str]], explicit: str | None, media: str, filename: str | None
) -> str | None:
    if explicit is not None:
        if explicit not in formats:
            raise UnsupportedMediaType(f"format {explicit!r} is not taken here; send {_expected(formats)}")
        return explicit
    for name, types in formats.items():
        if media in types:
            return name
    if filename:
        by_name = _EXTENSIONS.get(filename[filename.rfind(".") :].lower()) if "." in filename else None
        if by_name in formats:
            return by_name
    return None


def _expected(formats: Mapping[str, frozenset[str]]) -> str:
    return " or ".join(f"{CANONICAL_TYPES[f]} ({f})" for f in formats)


async def receive_upload(
    request: Request,
    formats: Mapping[str, frozenset[str]] = IMPORT_FORMATS,
    explicit_format: str | None = None,
) -> FileUpload:
    """The upload of this request, raw or as a multipart form; 415 when its format cannot be told, 422
    ``ENCODING_UNSUPPORTED`` for a character set other than UTF-8 and GB18030 (GBK)."""
    media, options = parse_media_type(request.headers.get("content-type"))
    if media == MULTIPART:
        return await _multipart(request, options, formats, explicit_format)
    fmt = _format(formats, explicit_format, media, None)
    if fmt is None:
        raise UnsupportedMediaType(
            f"send the file as {_expected(formats)}, or as a multipart/form-data form with a `file` part "
            "(curl -F file=@persons.csv)"
            + (" (or say ?format=…)" if len(formats) > 1 and explicit_format is None else "")
        )
    return FileUpload(
        format=fmt,
        encoding=declared_encoding(options.get("charset"), "the Content-Type"),
        chunks=request.stream(),
        media_type=CANONICAL_TYPES[fmt],
    )


class _Parts:
    """python-multipart's streaming parser over the request body, as a queue of events."""

    def __init__(self, request: Request, boundary: str) -> None:
        self.events: deque[tuple[str, Any]] = deque()
        self.ended = False
        self._body = request.stream().__aiter__()
        self._header = [b"", b""]
        self.parser = MultipartParser(
            boundary,
            {
                "on_part_begin": lambda: self.events.append(("begin", None)),
                "on_part_data": lambda data, start, end: self.events.append(("data", bytes(data[start:end]))),
                "on_part_end": lambda: self.events.append(("end_part", None)),
                "on_header_field": lambda data, start, end: self._add(0, data[start:end]),
                "on_header_value": lambda data, start, end: self._add(1, data[start:end]),
                "on_header_end": self._header_end,
                "on_headers_finished": lambda: self.events.append(("headers_done", None)),
                "on_end": self._end,
            },
        )

    def _add(self, which: int, data: bytes) -> None:
        self._header[which] += data

    def _header_end(self) -> None:
        name, value = self._header
        self.events.append(("header", (name.decode("latin-1").lower(), value.decode("latin-1"))))
        self._header = [b"", b""]

    def _end(self) -> None:
        self.ended = True

    async def next(self) -> tuple[str, Any]:
        while not self.events:
            try:
                chunk = await self._body.__anext__()
            except StopAsyncIteration:
                if not self.ended:
                    raise form_invalid("the multipart body ends before its closing boundary") from None
                return ("done", None)
            try:
                self.parser.write(chunk)
            except MultipartParseError as exc:
                raise form_invalid(f"the multipart body cannot be read: {exc}") from None
        return self.events.popleft()


async def _multipart(
    request: Request,
    options: dict[str, str],
    formats: Mapping[str, frozenset[str]],
    explicit_format: str | None,
) -> FileUpload:
    part = await file_part(request, options, FORM_FIELDS)
    fields, filename = part.fields, part.filename
    media, part_options = part.media_type, part.options
    fmt = _format(formats, fields.get("format") or explicit_format, media, filename)
    if fmt is None and len(formats) == 1:
        fmt = next(iter(formats))
    if fmt is None:
        raise UnsupportedMediaType(
            f"the file part is {media or 'untyped'} and its name {filename or '(none)'} does not tell "
            "the format; "
            f"give the part the type {_expected(formats)}, name the file …{'/…'.join(_EXTENSIONS)}, "
            "or send the form field format"
        )
    encoding = _charset(fields.get("charset"), part_options.get("charset"))
    return FileUpload(
        format=fmt,
        encoding=encoding,
        chunks=part.chunks,
        media_type=CANONICAL_TYPES[fmt],
        filename=filename,
        fields=fields,
    )


@dataclass(frozen=True)
class FilePart:
    """The file part of a ``multipart/form-data`` form: its form name, file name, media type and options
    (charset …), the form fields sent before it, and its bytes as they arrive."""

    name: str | None
    filename: str | None
    media_type: str
    options: dict[str, str]
    fields: dict[str, str]
    chunks: AsyncIterator[bytes]


async def file_part(
    request: Request, options: Mapping[str, str], form_fields: tuple[str, ...] = ()
) -> FilePart:
    """Read a multipart form (``options``: its Content-Type's) up to its file part — the part with a file name
    or named ``file`` —, taking the ``form_fields`` sent before it; any other field is refused 422
    ``UPLOAD_FORM_INVALID``, as is a form without a file part or a second part after it."""
    boundary = options.get("boundary")
    if not boundary:
        raise form_invalid("a multipart/form-data Content-Type needs its boundary parameter")
    parts = _Parts(request, boundary)
    fields: dict[str, str] = {}
    while True:  # the form fields before the file, then the file part's headers
        headers = await _part_headers(parts)
        if headers is None:
            raise form_invalid("the form has no file part; send the file as `file` (curl -F file=@…)", "file")
        disposition, part_type = headers
        name, filename = disposition.get("name"), disposition.get("filename")
        if filename is not None or name == "file":
            break
        if name not in form_fields:
            takes = f"a file and {', '.join(form_fields)}" if form_fields else "one part, the file"
            raise form_invalid(f"unknown form field {name!r}; the form takes {takes}", str(name))
        fields[name] = await _field_value(parts, name)
    media, part_options = parse_media_type(part_type)
    return FilePart(name, filename, media, part_options, fields, _file_data(parts))


def _charset(from_field: str | None, from_part: str | None) -> str:
    field_encoding = declared_encoding(from_field, "the form field charset") if from_field else None
    part_encoding = declared_encoding(from_part, "the file part's Content-Type") if from_part else None
    if field_encoding and part_encoding and field_encoding != part_encoding:
        raise Unprocessable(
            f"the form field charset says {from_field} and the file part's Content-Type {from_part}",
            code="ENCODING_CONFLICT",
            field="charset",
        )
    return field_encoding or part_encoding or "utf-8"


async def _part_headers(parts: _Parts) -> tuple[dict[str, str], str | None] | None:
    """The next part's Content-Disposition options and Content-Type, or None at the form's end."""
    disposition: dict[str, str] = {}
    part_type: str | None = None
    while True:
        kind, value = await parts.next()
        if kind == "done":
            return None
        if kind == "header":
            name, text = value
            if name == "content-disposition":
                disposition = parse_media_type(text)[1]
            elif name == "content-type":
                part_type = text
        elif kind == "headers_done":
            if "name" not in disposition:
                raise form_invalid('a form part without a Content-Disposition name (form-data; name="…")')
            return disposition, part_type


async def _field_value(parts: _Parts, name: str) -> str:
    value = b""
    while True:
        kind, data = await parts.next()
        if kind == "data":
            value += data
            if len(value) > _MAX_FIELD_BYTES:
                raise form_invalid(f"the form field {name} is longer than {_MAX_FIELD_BYTES} bytes", name)
        elif kind == "end_part":
            return value.decode("utf-8", errors="replace").strip()
        else:
            raise form_invalid(f"the form field {name} is cut off", name)


async def _file_data(parts: _Parts) -> AsyncIterator[bytes]:
    """The file part's bytes as they arrive; then the rest of the form, which may hold nothing more."""
    while True:
        kind, data = await parts.next()
        if kind == "data":
            yield data
        elif kind == "end_part":
            break
        elif kind == "done":
            raise form_invalid("the file part is cut off")
    headers = await _part_headers(parts)
    if headers is not None:
        name = headers[0].get("name")
        raise form_invalid(
            "one file per upload, and form fields before it"
            if name not in FORM_FIELDS
            else f"the form field {name} comes after the file; send it before the file part "
            f"(curl -F {name}=… -F file=@…)",
            name or "body",
        )


def upload_openapi(formats: Mapping[str, frozenset[str]] = IMPORT_FORMATS) -> dict[str, Any]:
    """``openapi_extra`` of an import route: the raw body in each format and the multipart form."""
    binary = {"type": "string", "format": "binary"}
    content: dict[str, Any] = {CANONICAL_TYPES[f]: {"schema": binary} for f in formats}
    content[MULTIPART] = {
        "schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "charset": {
                    "type": "string",
                    "enum": ["utf-8", "gb18030", "gbk"],
                    "description": "the file's character set; default UTF-8 (or the file part's charset)",
                },
                "format": {
                    "type": "string",
                    "enum": list(formats),
                    "description": "default: the file part's Content-Type, else the file name's extension",
                },
                "file": {**binary, "description": "the file (fields before it, as curl -F sends them)"},
            },
        },
        "encoding": {"file": {"contentType": ", ".join([*(CANONICAL_TYPES[f] for f in formats), "*/*"])}},
    }
    return {
        "requestBody": {
            "required": True,
            "description": "The file as the body (`charset=gb18030` in the Content-Type for a GBK file), or "
            "a multipart/form-data form with the file as `file` (`curl -F file=@persons.csv`); UTF-8 "
            "unless declared otherwise.",
            "content": content,
        }
    }


UPLOAD_OPENAPI = upload_openapi(IMPORT_FORMATS)
UPLOAD_RESPONSES = problem_responses(413, 415)
