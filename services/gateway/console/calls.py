"""How the console calls the public API: in-process, through the gateway's whole ASGI stack.

A call is an ordinary HTTP exchange with the gateway app itself: request id, audit of a change, rate limits,
authentication, the proxy to the owning service with the signed principal, the service's own authorization
and scope checks. The only difference from an API client's call is where the principal comes from: the
console puts the signed-in person (:class:`~services.gateway.auth.StaffCaller`) in the scope's state, where
no request from outside can put anything, instead of an ``Authorization`` header. No privileged shortcut:
a bureau officer sees in the console exactly what a bureau API key would get.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.types import ASGIApp, Message

from services.gateway.auth import StaffCaller


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass(frozen=True)
class Api:
    """The public API as one signed-in person calls it (``await api.get("/api/v1/counties")``)."""

    app: ASGIApp
    caller: StaffCaller
    client: tuple[str, int] | None
    request_id: str | None = None

    async def get(
        self, path: str, params: dict[str, Any] | None = None, accept: str = "application/json"
    ) -> Answer:
        return await self.call("GET", path, params=params, accept=accept)

    async def post(
        self, path: str, body: Any = None, method: str = "POST", *, headers: dict[str, str] | None = None
    ) -> Answer:
        return await self.call(method, path, body=body, headers=headers)

    async def send(
        self,
        path: str,
        content: bytes,
        content_type: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        method: str = "POST",
    ) -> Answer:
        """A raw body (a month's CSV, a photo) as it is, under its own media type."""
        return await self.call(
            method, path, params=params, content=content, content_type=content_type, headers=headers
        )

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        accept: str = "application/json",
        content: bytes | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """``body`` is sent as JSON; ``content`` as it is under ``content_type``. ``headers`` adds a call's
        own (``Idempotency-Key``, ``If-Match``)."""
        if content is None:
            content = b"" if body is None else json.dumps(body).encode()
            content_type = "application/json" if body is not None else None
        query = urlencode({k: v for k, v in (params or {}).items() if v is not None}, doseq=True)
        sent_headers = [(b"host", b"console.internal"), (b"accept", accept.encode())]
        if content_type is not None:
            sent_headers += [
                (b"content-type", content_type.encode()),
                (b"content-length", str(len(content)).encode()),
            ]
        for name, value in (headers or {}).items():
            sent_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
        if self.request_id:
            sent_headers.append((b"x-request-id", self.request_id.encode()))
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": sent_headers,
            "client": self.client,
            "server": ("console.internal", 80),
            "state": {"staff": self.caller},
        }
        done = asyncio.Event()
        sent = False
        status = 500
        answer_headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": content, "more_body": False}
            await done.wait()
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for key, value in message.get("headers", []):
                    answer_headers[bytes(key).decode("latin-1").lower()] = bytes(value).decode("latin-1")
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    done.set()

        try:
            await self.app(scope, receive, send)
        finally:
            done.set()
        return Answer(status, b"".join(chunks), answer_headers)


class ApiFailed(Exception):
    """The API refused or failed a call the page needs (its answer is kept to show the code)."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        body = answer.json() if answer.headers.get("content-type", "").endswith("json") else None
        self.code = body.get("code", str(answer.status)) if isinstance(body, dict) else str(answer.status)
        super().__init__(f"{answer.status} {self.code}")


async def fetch(api: Api, path: str, params: dict[str, Any] | None = None) -> Any:
    answer = await api.get(path, params)
    if not answer.ok:
        raise ApiFailed(answer)
    return answer.json()
