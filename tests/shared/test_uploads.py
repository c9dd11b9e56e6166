"""A multipart upload is read as it arrives, as a raw body is: the file's first bytes reach the import
before its last ones have been received, and nothing but the current chunk is held."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.requests import Request

from shared.errors import Unprocessable
from shared.uploads import IMPORT_FORMATS, receive_upload

BOUNDARY = "----ltc-test-boundary"


class Body:
    """An ASGI ``receive`` handing out the body a chunk at a time and counting what it handed out."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.sent = 0

    async def __call__(self) -> dict[str, Any]:
        chunk = self.chunks[self.sent]
        self.sent += 1
        return {"type": "http.request", "body": chunk, "more_body": self.sent < len(self.chunks)}


def request(body: Body, content_type: str) -> Request:
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/v1/enrollment-imports",
        "headers": [(b"content-type", content_type.encode())],
        "query_string": b"",
    }
    return Request(scope, body)


def form(file: bytes, *, fields: dict[str, str] | None = None, filename: str = "persons.csv") -> bytes:
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in (fields or {}).items()
    ]
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode()
        + file
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    return b"".join(parts)


def cut(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


async def test_a_multipart_file_streams_chunk_by_chunk() -> None:
    line = "330302199001011234,张三,retiree,330302,,2022-01-01\n".encode()
    file = b"id_number,name,category,county_code,employer_credit_code,enrolled_on\n" + line * 20_000
    body = Body(cut(form(file, fields={"charset": "utf-8"}), 64 * 1024))
    upload = await receive_upload(request(body, f"multipart/form-data; boundary={BOUNDARY}"), IMPORT_FORMATS)
    assert (upload.format, upload.encoding, upload.filename) == ("csv", "utf-8", "persons.csv")
    received: list[int] = []
    largest = 0
    seen = b""
    async for chunk in upload.chunks:
        received.append(body.sent)
        largest = max(largest, len(chunk))
        seen += chunk
    assert seen == file
    assert received[0] <= 2 < len(body.chunks)  # the first bytes came while the rest was still on its way
    assert largest <= 64 * 1024


async def test_a_raw_body_declares_its_charset_in_the_content_type() -> None:
    body = Body(["id\n张三\n".encode("gbk")])
    upload = await receive_upload(request(body, "text/csv; charset=GBK"), IMPORT_FORMATS)
    assert (upload.format, upload.encoding) == ("csv", "gb18030")
    assert b"".join([b async for b in upload.utf8_lines()]) == "id\n张三\n".encode()


async def drain(body: bytes) -> None:
    upload = await receive_upload(request(Body([body]), "multipart/form-data; boundary=x"), IMPORT_FORMATS)
    async for _ in upload.chunks:
        pass


@pytest.mark.parametrize(
    "body",
    [b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid\n', b"not a form"],
)
async def test_a_form_cut_short_or_not_a_form_is_a_422(body: bytes) -> None:
    with pytest.raises(Unprocessable) as caught:
        await drain(body)
    assert caught.value.code == "UPLOAD_FORM_INVALID"
    assert caught.value.errors is not None
    assert caught.value.errors[0].field == "body"
