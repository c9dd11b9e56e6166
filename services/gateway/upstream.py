"""Forwarding a public call to the service that owns it, with the principal and the body's digest signed
into the headers.

The hop goes through a :class:`~services.gateway.transports.Transport` (aiohttp in the running gateway, one
session made in the lifespan); explicit connect/read timeouts (longer for uploads and bulk operations).
The body of every method is passed on (a GET or DELETE may carry one), with a length and a SHA-256
``Content-Digest`` computed here: a JSON body (≤ ``LTC_MAX_BODY_BYTES``) is read whole; an upload is
spooled to a temporary file as it arrives (memory up to 1 MiB, then disk, never held whole) and sent from
there once its digest is known — the service checks the same digest as the bytes reach it. Spooling costs
a write and a read of the file and ends the overlap of upload and import (see README, Trust).
Small answers come back in one piece, large ones stream. Transport failures become problem+json: 503
(service unreachable), 504 (service too slow), 502 (broken answer).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import re
import secrets
import tempfile
import time
from collections.abc import AsyncIterator
from typing import IO, Any

import structlog
from fastapi import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from services.gateway.routing import LONG_RUNNING
from services.gateway.transports import (
    Answer,
    Body,
    Broken,
    Deadlines,
    RawHeaders,
    TooSlow,
    Transport,
    Unreachable,
    UpstreamFailure,
)
from shared.errors import problem_response
from shared.principal import (
    SIGNED_HEADERS,
    Principal,
    content_digest,
    digest_header,
    raw_target,
    signed_headers,
)
from shared.settings import Settings

_log = structlog.get_logger("gateway.upstream")

_DROP_REQUEST_HEADERS = frozenset(
    {
        "host",
        "authorization",
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "x-request-id",
        "content-length",
        "expect",
        *SIGNED_HEADERS,
    }
)
_DROP_RESPONSE_HEADERS = frozenset(
    {b"connection", b"keep-alive", b"transfer-encoding", b"upgrade", b"x-request-id", b"server", b"date"}
)
SERVICES = ("enrollment", "assessment", "settlement", "oversight")
_SPOOL_MEMORY_BYTES = 1024 * 1024
_SPOOL_CHUNK_BYTES = 1024 * 1024


# An answer of known length up to this size is read whole and sent as one message (cheaper than streaming,
# and a service that breaks off in the middle still becomes a 502); larger or open-ended ones stream.
_WHOLE_ANSWER_BYTES = 256 * 1024


class ForwardedResponse(Response):
    """The service's answer on its way back: its status and headers as they came (hop-by-hop ones
    dropped), then the body — one message when it was read whole, else streamed chunk by chunk with the
    upstream answer (and the spooled upload it answers) closed whatever happens: at the end, on a failure,
    or when the client goes away."""

    def __init__(
        self, status: int, headers: RawHeaders, whole: bytes | None, stream: Answer, spooled: IO[bytes] | None
    ) -> None:
        self.status_code = status
        self.raw_headers = headers
        self.body = whole if whole is not None else b""
        self.background = None
        self._stream = stream if whole is None else None
        self._spooled = spooled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await send(
                {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
            )
            if self._stream is None:
                await send({"type": "http.response.body", "body": self.body})
            else:
                async for chunk in self._stream.chunks():
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b""})
        except UpstreamFailure as exc:
            _log.warning("upstream_broke_off", error=repr(exc))
            raise
        finally:
            if self._stream is not None:
                await _close(self._stream, self._spooled)
        if self.background is not None:
            await self.background()


async def _close(answer: Answer, spooled: IO[bytes] | None) -> None:
    """The answer first: that stops the client's writer, which may still be sending the spooled upload (a
    service can answer before it has read the whole body), then the spool."""
    try:
        await answer.close()
    finally:
        if spooled is not None:
            spooled.close()


class Nonces:
    """Unique signature nonces without a system call per call: a random prefix drawn once and a counter.
    A nonce only has to be unique (it sits inside the HMAC), not unpredictable. Drawn per :class:`Upstreams`,
    which each process makes in its lifespan, so two workers never share a prefix."""

    def __init__(self) -> None:
        self._prefix = secrets.token_urlsafe(12)
        self._count = itertools.count()

    def __call__(self) -> str:
        return f"{self._prefix}.{next(self._count):x}"


class Upstreams:
    def __init__(self, transport: Transport, settings: Settings) -> None:
        self.transport = transport
        self.settings = settings
        self.base_urls = {s: settings.service_url(s) for s in SERVICES}
        self._health: tuple[float, dict[str, str]] | None = None
        connect = settings.upstream_connect_timeout_seconds
        self._deadlines = Deadlines(connect, settings.upstream_read_timeout_seconds)
        self._long_deadlines = Deadlines(connect, settings.upstream_upload_timeout_seconds)
        health = settings.upstream_health_timeout_seconds
        self._health_deadlines = Deadlines(health, health)
        self._secret = settings.internal_secret.get_secret_value()
        self._nonce = Nonces()

    async def health(self) -> dict[str, str]:
        """Each service's readiness as its ``/readyz`` says (``ready``, or why not), asked in parallel with
        a short timeout and remembered for ``LTC_UPSTREAM_HEALTH_CACHE_SECONDS``."""
        now = time.monotonic()
        if self._health is not None and now - self._health[0] < self.settings.upstream_health_cache_seconds:
            return self._health[1]
        answers = await asyncio.gather(*(self._ready(service) for service in SERVICES))
        health = dict(zip(SERVICES, answers, strict=True))
        self._health = (now, health)
        return health

    async def _ready(self, service: str) -> str:
        timeout = self.settings.upstream_health_timeout_seconds
        try:
            status, body = await self._get(service, "/readyz", [], self._health_deadlines)
        except TooSlow:
            return f"no answer within {timeout:g} s"
        except UpstreamFailure as exc:
            return f"unreachable ({type(exc.__cause__ or exc).__name__})"
        if status == 200:
            return "ready"
        try:
            detail = json.loads(body).get("detail")
        except (ValueError, AttributeError):
            detail = None
        return f"not ready ({status}{': ' + str(detail) if detail else ''})"

    async def _get(
        self, service: str, path: str, headers: list[tuple[str, str]], deadlines: Deadlines
    ) -> tuple[int, bytes]:
        answer = await self.transport.send("GET", self.base_urls[service] + path, headers, None, deadlines)
        try:
            return answer.status, await answer.read()
        finally:
            await answer.close()

    def deadlines(self, path: str) -> Deadlines:
        """Connect and read timeouts of a call: uploads and bulk operations get the long read timeout."""
        return self._long_deadlines if LONG_RUNNING.search(path) else self._deadlines

    async def forward(
        self, request: Request, service: str, principal: Principal, *, spool: bool = False
    ) -> Response:
        """Pass the call on with the target exactly as the client sent it and its body, signed over both.
        ``spool``: the body may be large (an upload route): spool it instead of reading it into memory."""
        raw_path, query = raw_target(request.scope)
        problem = non_canonical(raw_path, query)
        if problem is not None:
            return problem_response(400, "PATH_NOT_CANONICAL", problem, instance=request.scope["path"])
        headers: list[tuple[str, str]] = []
        for raw_name, raw_value in request.scope["headers"]:
            name = raw_name.decode("latin-1").lower()
            if name not in _DROP_REQUEST_HEADERS:
                headers.append((name, raw_value.decode("latin-1")))
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            headers.append(("x-request-id", request_id))
        headers.append(("x-forwarded-for", request.client.host if request.client else ""))
        spooled: IO[bytes] | None = None
        body: Body | None
        if spool:
            spooled, size, digest = await spool_body(request, self.settings)
            body = read_spool(spooled) if size else None
            headers.append(("content-length", str(size)))
        else:
            content = await request.body()
            digest = content_digest(content)
            body = content or None
        headers.extend(
            signed_headers(
                self._secret, principal, request.method, raw_path, query, digest=digest, nonce=self._nonce()
            ).items()
        )
        try:
            answer = await self.transport.send(
                request.method,
                self.base_urls[service] + raw_path + (f"?{query}" if query else ""),
                headers,
                body,
                self.deadlines(raw_path),
            )
        except BaseException as exc:
            if spooled is not None:
                spooled.close()
            if isinstance(exc, UpstreamFailure):
                return transport_problem(service, exc)
            raise
        response_headers = [(k, v) for k, v in answer.headers if k not in _DROP_RESPONSE_HEADERS]
        if answer.content_length is None or answer.content_length > _WHOLE_ANSWER_BYTES:
            return ForwardedResponse(answer.status, response_headers, None, answer, spooled)
        try:
            whole = await answer.read()
        except UpstreamFailure as exc:
            return transport_problem(service, exc)
        finally:
            await _close(answer, spooled)
        return ForwardedResponse(answer.status, response_headers, whole, answer, None)

    async def get_json(self, service: str, path: str, principal: Principal | None = None) -> Any:
        """A small internal GET (signed when a principal is given); raises :class:`UpstreamFailure` on a
        transport failure or an answer other than 2xx."""
        headers: list[tuple[str, str]] = []
        if principal is not None:
            target, _, query = path.partition("?")
            headers.extend(
                signed_headers(self._secret, principal, "GET", target, query, nonce=self._nonce()).items()
            )
        request_id = structlog.contextvars.get_contextvars().get("request_id")
        if isinstance(request_id, str):
            headers.append(("x-request-id", request_id))
        status, body = await self._get(service, path, headers, self._deadlines)
        if not 200 <= status < 300:
            raise Broken(f"GET {path} answered {status}")
        return json.loads(body)


async def upstreams_ready(request: Request) -> str | None:
    """Readiness check of the gateway: every service it routes to is ready, else which are not and why.

    ``/readyz?scope=self`` leaves the services out: what an orchestrator asks before sending traffic to this
    gateway replica (one service down must not take every gateway, and with it the other services' routes,
    out of rotation); plain ``/readyz`` is what a person or a monitor asks."""
    if request.query_params.get("scope") == "self":
        return None
    upstreams: Upstreams | None = getattr(request.app.state, "upstreams", None)
    if upstreams is None:
        return "upstream client not started"
    down = [f"{service} {state}" for service, state in (await upstreams.health()).items() if state != "ready"]
    return "upstream " + "; upstream ".join(down) if down else None


async def spool_body(request: Request, settings: Settings) -> tuple[IO[bytes], int, str]:
    """The request body in a temporary file (in memory up to 1 MiB), its size and ``Content-Digest``.
    Disk writes happen off the event loop, a megabyte at a time."""
    spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by the caller
        max_size=_SPOOL_MEMORY_BYTES,
        dir=str(settings.upload_spool_dir) if settings.upload_spool_dir else None,
    )
    running = hashlib.sha256()
    size = 0
    pending = bytearray()
    try:
        async for chunk in request.stream():
            running.update(chunk)
            size += len(chunk)
            pending += chunk
            if len(pending) >= _SPOOL_CHUNK_BYTES:
                await asyncio.to_thread(spool.write, bytes(pending))
                pending.clear()
        await asyncio.to_thread(spool.write, bytes(pending))
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return spool, size, digest_header(running.digest())


async def read_spool(spool: IO[bytes]) -> AsyncIterator[bytes]:
    while chunk := await asyncio.to_thread(spool.read, _SPOOL_CHUNK_BYTES):
        yield chunk


_NOT_CANONICAL = re.compile(r"%2[fF]|%5[cC]|%3[fF]|%23|%2[eE]|(^|/)\.\.?(/|$)|//")


def non_canonical(raw_path: str, query: str) -> str | None:
    """Why a target would not reach the service as the client wrote it (and so could not be trusted), or
    None. Encoded slashes, backslashes, ``?``/``#``, dot segments and raw non-ASCII are refused."""
    if _NOT_CANONICAL.search(raw_path):
        return "the path has encoded separators or dot segments; send it in its plain form"
    if not (raw_path + query).isascii():
        return "the path and query must be percent-encoded ASCII"
    return None


def transport_problem(service: str, exc: UpstreamFailure) -> Response:
    _log.warning("upstream_failed", service=service, error=repr(exc.__cause__ or exc))
    if isinstance(exc, Unreachable):
        return problem_response(
            503,
            "UPSTREAM_UNAVAILABLE",
            f"the {service} service cannot be reached; try again shortly",
            headers={"Retry-After": "5"},
            service=service,
        )
    if isinstance(exc, TooSlow):
        return problem_response(
            504,
            "UPSTREAM_TIMEOUT",
            f"the {service} service did not answer in time; the outcome is unknown — "
            "retry with the same Idempotency-Key",
            service=service,
        )
    return problem_response(
        502, "UPSTREAM_ERROR", f"the {service} service gave a broken answer", service=service
    )
