"""What a multipart/form-data upload costs over the same file as the raw body, at the service: the time to
read a city-scale person file through ``shared.uploads.receive_upload`` into UTF-8 line blocks (what the
import's COPY consumes), and the most Python memory held on the way (tracemalloc, a separate pass).

    python -m bench uploads [--megabytes 178] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import platform
import time
import tracemalloc
from typing import Any

from starlette.requests import Request

from bench.enrollment_import import RESULTS
from shared.uploads import IMPORT_FORMATS, receive_upload

CHUNK = 64 * 1024  # what uvicorn hands the app per receive
BOUNDARY = "----ltc-bench-boundary"
LINE = "330302199001011234,张三,retiree,330302,,2022-01-01\n".encode()
HEADER = b"id_number,name,category,county_code,employer_credit_code,enrolled_on\n"


def _form(file: bytes) -> bytes:
    return (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="charset"\r\n\r\nutf-8\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="persons.csv"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + file
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def _request(body: bytes, content_type: str) -> Request:
    chunks = iter(range(0, len(body), CHUNK))

    async def receive() -> dict[str, Any]:
        at = next(chunks, len(body))
        return {"type": "http.request", "body": body[at : at + CHUNK], "more_body": at + CHUNK < len(body)}

    scope = {"type": "http", "method": "POST", "path": "/", "query_string": b""}
    scope["headers"] = [(b"content-type", content_type.encode())]
    return Request(scope, receive)


async def _read(body: bytes, content_type: str) -> int:
    upload = await receive_upload(_request(body, content_type), IMPORT_FORMATS)
    return sum([len(block) async for block in upload.utf8_lines(check=False)])


def measure(body: bytes, content_type: str) -> tuple[float, float]:
    """(best seconds of three, peak traced MB)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        asyncio.run(_read(body, content_type))
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    asyncio.run(_read(body, content_type))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak / 1e6


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench uploads")
    parser.add_argument("--megabytes", type=int, default=178)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    file = HEADER + LINE * (args.megabytes * 1_000_000 // len(LINE))
    rows = [
        ("raw body (text/csv)", *measure(file, "text/csv")),
        ("multipart/form-data", *measure(_form(file), f"multipart/form-data; boundary={BOUNDARY}")),
    ]
    report = (
        f"### Upload transport: raw body and multipart form — {dt.date.today()}\n\n"
        f"Machine: {platform.node()}, Python {platform.python_version()}; one {len(file) / 1e6:.0f} MB person "
        f"file in {CHUNK // 1024} KiB chunks read through `shared.uploads.receive_upload` into UTF-8 line "
        "blocks (what COPY consumes; the import itself is the same either way). Command: "
        "`python -m bench uploads`.\n\n| body | seconds (best of 3) | peak Python memory MB |\n|---|---|---|\n"
        + "".join(f"| {name} | {seconds:.2f} | {peak:.2f} |\n" for name, seconds, peak in rows)
    )
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0
