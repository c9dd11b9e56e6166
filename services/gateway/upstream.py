"""Forwarding a public call to the service that owns it, with the principal signed into the headers.

One pooled ``httpx.AsyncClient`` made in the lifespan; explicit connect/read timeouts (longer for uploads);
bodies streamed both ways so a large upload is never held in memory. Transport failures become
problem+json: 503 (service unreachable), 504 (service too slow), 502 (broken answer).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import structlog
from fastapi import Request
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse

from services.gateway.routing import LONG_RUNNING
from shared.errors import problem_response
from shared.principal import (
    PRINCIPAL_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Principal,
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
        PRINCIPAL_HEADER,
        SIGNATURE_HEADER,
        TIMESTAMP_HEADER,
    }
)
_DROP_RESPONSE_HEADERS = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "upgrade", "x-request-id", "server", "date"}
)
SERVICES = ("enrollment", "assessment", "settlement")


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

    async def forward(self, request: Request, service: str, principal: Principal) -> Response:
        """Pass the call on with the target exactly as the client sent it, signed over those bytes."""
        raw_path, query = raw_target(request.scope)
        problem = non_canonical(raw_path, query)
        if problem is not None:
            return problem_response(400, "PATH_NOT_CANONICAL", problem, instance=request.url.path)
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _DROP_REQUEST_HEADERS]
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            headers.append(("x-request-id", request_id))
        headers.append(("x-forwarded-for", request.client.host if request.client else ""))
        has_body = request.method not in ("GET", "HEAD", "DELETE", "OPTIONS")
        upstream_request = self.client.build_request(
            request.method,
            self.base_urls[service] + raw_path + (f"?{query}" if query else ""),
            headers=headers,
            content=request.stream() if has_body else None,
            timeout=self._timeout(raw_path),
        )
        sign_request(upstream_request, self._secret(), principal)
        try:
            upstream = await self.client.send(upstream_request, stream=True)
        except httpx.TransportError as exc:
            return transport_problem(service, exc)
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
