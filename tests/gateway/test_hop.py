"""The hop as the running gateway makes it: aiohttp over real sockets to a uvicorn server. The server is a
small stand-in service behind the services' own signature check (``PrincipalMiddleware``: principal,
target and body digest verified), so what it echoes is what a service would have accepted; it also
answers slowly, hangs, breaks off, or streams without end on the paths that say so."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from fastapi import FastAPI
from starlette.types import Message, Receive, Scope, Send

from services.gateway.transports import AiohttpTransport
from services.gateway.upstream import Upstreams
from shared.principal import PrincipalMiddleware, raw_target
from shared.settings import Settings
from tests.conftest import TEST_SECRET, bearer
from tests.gateway.conftest import _free_port, client_of, served

READ_TIMEOUT = 0.5
BIG = bytes(range(256)) * 4096 * 6  # 6 MiB, larger than any answer read whole
CHUNK = 64 * 1024


class StandIn:
    """Echoes what reached it (after the signature check), or misbehaves on request."""

    def __init__(self) -> None:
        self.client_gone = threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        if path.endswith("/hang"):
            while (await receive())["type"] != "http.disconnect":
                pass
            return
        if path.endswith("/broken"):
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]}
            )
            await send({"type": "http.response.body", "body": b"0123456789", "more_body": True})
            raise RuntimeError("the service falls over in the middle of its answer")
        if path.endswith("/big"):
            await send({"type": "http.response.start", "status": 200, "headers": []})
            for start in range(0, len(BIG), CHUNK):
                await send(
                    {"type": "http.response.body", "body": BIG[start : start + CHUNK], "more_body": True}
                )
            await send({"type": "http.response.body", "body": b""})
            return
        if path.endswith("/endless"):
            await self._endless(receive, send)
            return
        body = b""
        message: Message = {"more_body": True}
        while message.get("more_body"):
            message = await receive()
            body += message.get("body", b"")
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        raw_path, query = raw_target(scope)
        echo = {
            "method": scope["method"],
            "target": raw_path + (f"?{query}" if query else ""),
            "sha256": hashlib.sha256(body).hexdigest(),
            "headers": headers,
        }
        answer = json.dumps(echo).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"x-stand-in", b"yes")],
            }
        )
        await send({"type": "http.response.body", "body": answer})

    async def _endless(self, receive: Receive, send: Send) -> None:
        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            self.client_gone.set()

        watcher = asyncio.create_task(watch())
        await send({"type": "http.response.start", "status": 200, "headers": []})
        while not self.client_gone.is_set():
            await send({"type": "http.response.body", "body": b"x" * CHUNK, "more_body": True})
            await asyncio.sleep(0.01)
        await watcher


@pytest.fixture(scope="module")
def stand_in() -> Iterator[tuple[StandIn, str]]:
    service = StandIn()
    app = PrincipalMiddleware(service, lambda: [TEST_SECRET], max_age_seconds=30)
    with served(app, "stand-in") as url:
        yield service, url


@pytest.fixture
async def hop(
    gateway_app: FastAPI, settings: Settings, stand_in: tuple[StandIn, str]
) -> AsyncIterator[FastAPI]:
    """The in-process gateway, its enrollment calls going to the stand-in through the aiohttp transport,
    with a short read timeout."""
    quick = settings.model_copy(update={"upstream_read_timeout_seconds": READ_TIMEOUT})
    transport = AiohttpTransport.for_settings(quick)
    previous = gateway_app.state.upstreams
    gateway_app.state.upstreams = Upstreams(transport, quick)
    gateway_app.state.upstreams.base_urls["enrollment"] = stand_in[1]
    try:
        yield gateway_app
    finally:
        gateway_app.state.upstreams = previous
        await transport.aclose()


async def test_a_get_reaches_the_service_signed_with_its_target_verbatim(
    hop: FastAPI, keys: dict[str, str]
) -> None:
    target = "/api/v1/counties?q=%E9%B9%BF%E5%9F%8E+a%2Bb&x=1&x=2&empty="
    async with client_of(hop) as client:
        response = await client.get(
            target, headers={**bearer(keys["bureau"]), "X-Request-ID": "hop-1", "Accept": "text/csv"}
        )
    assert response.status_code == 200
    echo = response.json()
    assert echo["target"] == target
    assert echo["headers"]["x-request-id"] == response.headers["x-request-id"]
    assert echo["headers"]["accept"] == "text/csv"
    assert "authorization" not in echo["headers"]
    assert echo["headers"]["user-agent"].startswith("python-httpx")  # the client's, not aiohttp's
    assert "content-length" not in echo["headers"]
    assert response.headers["x-stand-in"] == "yes"


async def test_a_json_post_arrives_whole_with_its_digest(hop: FastAPI, keys: dict[str, str]) -> None:
    body = json.dumps({"name": "鹿城区", "n": list(range(1000))}).encode()
    async with client_of(hop) as client:
        response = await client.post(
            "/api/v1/persons",
            content=body,
            headers={**bearer(keys["admin"]), "content-type": "application/json", "Idempotency-Key": "k-1"},
        )
    assert response.status_code == 200
    echo = response.json()
    assert (echo["method"], echo["sha256"]) == ("POST", hashlib.sha256(body).hexdigest())
    assert echo["headers"]["content-length"] == str(len(body))
    assert echo["headers"]["content-type"] == "application/json"
    assert echo["headers"]["idempotency-key"] == "k-1"
    assert "expect" not in echo["headers"]


async def test_a_large_answer_streams_back_byte_for_byte(hop: FastAPI, keys: dict[str, str]) -> None:
    async with client_of(hop) as client:
        response = await client.get("/api/v1/counties/big", headers=bearer(keys["bureau"]))
    assert response.status_code == 200
    assert hashlib.sha256(response.content).digest() == hashlib.sha256(BIG).digest()


def _multipart(boundary: str, filename: str, data: bytes) -> bytes:
    return (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: text/csv\r\n\r\n".encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )


@pytest.mark.parametrize("form", [False, True], ids=["raw", "multipart"])
async def test_an_upload_is_spooled_and_sent_with_its_length_and_digest(
    hop: FastAPI, keys: dict[str, str], form: bool
) -> None:
    csv = b"id_number,name\n" + b"330302199001011234,\xe9\xb9\xbf\n" * 120_000  # ~3.7 MB: spooled to disk
    body, content_type = csv, "text/csv"
    if form:
        body = _multipart("b0und4ry", "persons.csv", csv)
        content_type = "multipart/form-data; boundary=b0und4ry"
    async with client_of(hop) as client:
        response = await client.post(
            "/api/v1/enrollment-imports",
            content=body,
            headers={**bearer(keys["contractor"]), "content-type": content_type},
        )
    assert response.status_code == 200
    echo = response.json()
    assert echo["sha256"] == hashlib.sha256(body).hexdigest()  # the service's digest check passed, too
    assert echo["headers"]["content-length"] == str(len(body))
    assert "transfer-encoding" not in echo["headers"]
    assert echo["headers"]["content-type"] == content_type


async def _problem(app: FastAPI, path: str, keys: dict[str, str]) -> httpx.Response:
    async with client_of(app) as client:
        response = await client.get(path, headers=bearer(keys["bureau"]))
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["service"] == "enrollment"
    return response


async def test_a_service_that_is_down_is_a_503_to_retry(hop: FastAPI, keys: dict[str, str]) -> None:
    hop.state.upstreams.base_urls["enrollment"] = f"http://127.0.0.1:{_free_port()}"
    response = await _problem(hop, "/api/v1/counties", keys)
    assert (response.status_code, response.json()["code"]) == (503, "UPSTREAM_UNAVAILABLE")
    assert response.headers["retry-after"] == "5"


async def test_a_service_that_hangs_is_a_504_after_the_read_timeout(
    hop: FastAPI, keys: dict[str, str]
) -> None:
    response = await _problem(hop, "/api/v1/counties/hang", keys)
    assert (response.status_code, response.json()["code"]) == (504, "UPSTREAM_TIMEOUT")


async def test_a_service_that_breaks_off_is_a_502(hop: FastAPI, keys: dict[str, str]) -> None:
    response = await _problem(hop, "/api/v1/counties/broken", keys)
    assert (response.status_code, response.json()["code"]) == (502, "UPSTREAM_ERROR")


async def test_the_service_answer_is_closed_when_the_client_goes_away(
    hop: FastAPI, keys: dict[str, str], stand_in: tuple[StandIn, str]
) -> None:
    service, _ = stand_in
    service.client_gone.clear()
    received: list[Message] = []

    async def receive() -> Message:
        if not received:
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client sends nothing more
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        received.append(message)
        if message["type"] == "http.response.body" and len(received) > 3:
            raise OSError("the client went away")  # what a server's send does once the peer is gone

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/api/v1/counties/endless",
        "raw_path": b"/api/v1/counties/endless",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"gateway.test"), (b"authorization", f"Bearer {keys['bureau']}".encode())],
        "client": ("127.0.0.1", 40000),
        "server": ("gateway.test", 80),
    }
    with contextlib.suppress(OSError):
        await hop(scope, receive, send)
    assert received[0]["status"] == 200
    assert await asyncio.to_thread(service.client_gone.wait, 10)
