"""Forwarding a public call to the service that owns it, with the principal and the body's digest signed
into the headers.

One pooled ``httpx.AsyncClient`` made in the lifespan; explicit connect/read timeouts (longer for uploads).
The body of every method is passed on (a GET or DELETE may carry one), with a length and a SHA-256
``Content-Digest`` computed here: a JSON body (≤ ``LTC_MAX_BODY_BYTES``) is read whole; an upload is
spooled to a temporary file as it arrives (memory up to 1 MiB, then disk, never held whole) and sent from
there once its digest is known — the service checks the same digest as the bytes reach it. Spooling costs
a write and a read of the file and ends the overlap of upload and import (see README, Trust).
Responses stream back. Transport failures become problem+json: 503 (service unreachable), 504 (service
too slow), 502 (broken answer).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import tempfile
import time
from collections.abc import AsyncIterator
from typing import IO, Any

import httpx
import structlog
from fastapi import Request
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse

from services.gateway.routing import LONG_RUNNING
from shared.errors import problem_response
from shared.principal import (
    SIGNED_HEADERS,
    Principal,
    content_digest,
    digest_header,
    raw_target,
    sign_request,
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
    {"connection", "keep-alive", "transfer-encoding", "upgrade", "x-request-id", "server", "date"}
)
SERVICES = ("enrollment", "assessment", "settlement")
_SPOOL_MEMORY_BYTES = 1024 * 1024
_SPOOL_CHUNK_BYTES = 1024 * 1024


def make_client(settings: Settings) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(
            settings.upstream_read_timeout_seconds,
            connect=settings.upstream_connect_timeout_seconds,
            pool=settings.upstream_connect_timeout_seconds,
        ),
        limits=httpx.Limits(
            max_connections=settings.upstream_pool_size,
            max_keepalive_connections=settings.upstream_pool_size,
        ),
    )


class Upstreams:
    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.base_urls = {s: settings.service_url(s) for s in SERVICES}
        self._health: tuple[float, dict[str, str]] | None = None

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
            response = await self.client.get(self.base_urls[service] + "/readyz", timeout=timeout)
        except httpx.TimeoutException:
            return f"no answer within {timeout:g} s"
        except httpx.TransportError as exc:
            return f"unreachable ({type(exc).__name__})"
        if response.status_code == 200:
            return "ready"
        try:
            detail = response.json().get("detail")
        except ValueError:
            detail = None
        return f"not ready ({response.status_code}{': ' + str(detail) if detail else ''})"

    def _secret(self) -> str:
        return self.settings.internal_secret.get_secret_value()

    def _timeout(self, path: str) -> httpx.Timeout:
        read = (
            self.settings.upstream_upload_timeout_seconds
            if LONG_RUNNING.search(path)
            else self.settings.upstream_read_timeout_seconds
        )
        connect = self.settings.upstream_connect_timeout_seconds
        return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)

    async def forward(
        self, request: Request, service: str, principal: Principal, *, spool: bool = False
    ) -> Response:
        """Pass the call on with the target exactly as the client sent it and its body, signed over both.
        ``spool``: the body may be large (an upload route): spool it instead of reading it into memory."""
        raw_path, query = raw_target(request.scope)
        problem = non_canonical(raw_path, query)
        if problem is not None:
            return problem_response(400, "PATH_NOT_CANONICAL", problem, instance=request.url.path)
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _DROP_REQUEST_HEADERS]
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            headers.append(("x-request-id", request_id))
        headers.append(("x-forwarded-for", request.client.host if request.client else ""))
        spooled: IO[bytes] | None = None
        content: bytes | AsyncIterator[bytes]
        if spool:
            spooled, size, digest = await spool_body(request, self.settings)
            content = read_spool(spooled)
            headers.append(("content-length", str(size)))
        else:
            content = await request.body()
            digest = content_digest(content)
        try:
            upstream_request = self.client.build_request(
                request.method,
                self.base_urls[service] + raw_path + (f"?{query}" if query else ""),
                headers=headers,
                content=content,
                timeout=self._timeout(raw_path),
            )
            sign_request(upstream_request, self._secret(), principal, digest=digest)
            upstream = await self.client.send(upstream_request, stream=True)
        except httpx.TransportError as exc:
            return transport_problem(service, exc)
        finally:
            if spooled is not None:
                spooled.close()
        response_headers = {
            k: v for k, v in upstream.headers.items() if k.lower() not in _DROP_RESPONSE_HEADERS
        }
        return StreamingResponse(
            upstream.aiter_raw(),
            status_code=upstream.status_code,
            headers=response_headers,
            background=BackgroundTask(upstream.aclose),
        )

    async def get_json(self, service: str, path: str, principal: Principal | None = None) -> Any:
        """A small internal GET (signed when a principal is given); raises on transport or HTTP errors."""
        request = self.client.build_request("GET", self.base_urls[service] + path)
        if principal is not None:
            sign_request(request, self._secret(), principal)
        response = await self.client.send(request)
        response.raise_for_status()
        return response.json()


async def upstreams_ready(request: Request) -> str | None:
    """Readiness check of the gateway: every service it routes to is ready, else which are not and why."""
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


def transport_problem(service: str, exc: httpx.TransportError) -> Response:
    _log.warning("upstream_failed", service=service, error=repr(exc))
    if isinstance(exc, httpx.ConnectError | httpx.PoolTimeout | httpx.ConnectTimeout):
        return problem_response(
            503,
            "UPSTREAM_UNAVAILABLE",
            f"the {service} service cannot be reached; try again shortly",
            headers={"Retry-After": "5"},
            service=service,
        )
    if isinstance(exc, httpx.TimeoutException):
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
