"""Request ids, access logs, Prometheus metrics, ``/healthz``, ``/readyz`` and ``/metrics``.

One pure-ASGI middleware per app: it takes ``X-Request-ID`` from the caller (or makes one), binds it to the
log context, echoes it on the response, and records the request in this app's own metric registry.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from sqlalchemy import text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import problem_response

REQUEST_ID_HEADER = "x-request-id"
_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_access_log = structlog.get_logger("ltc.access")

ReadinessCheck = Callable[[Request], Awaitable[str | None]]


@dataclass(frozen=True)
class Readiness:
    """A part of ``/readyz`` beyond pass or fail (e.g. the feed consumers): its ``details`` go into the body;
    anything in ``degraded`` makes the status ``degraded`` (still 200), or 503 when ``fail`` is set."""

    details: dict[str, Any]
    degraded: list[str] = field(default_factory=list)
    fail: bool = False


ReadinessReport = Callable[[Request], Awaitable[Readiness]]
"""Kept in ``app.state.readiness_reports`` (by name) by whatever starts in the lifespan."""


class Metrics:
    """The metrics of one app, in a registry of its own (several apps may share a test process)."""

    def __init__(self, service: str) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "ltc_http_requests",
            "HTTP requests handled",
            ["service", "method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "ltc_http_request_duration_seconds",
            "time from request to the end of the response",
            ["service", "method", "route"],
            registry=self.registry,
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.service = service


def current_request_id() -> str | None:
    value = structlog.contextvars.get_contextvars().get("request_id")
    return value if isinstance(value, str) else None


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, REQUEST_ID_HEADER)
        request_id = incoming if incoming and _REQUEST_ID_OK.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        status_holder = [500]
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            template = (
                scope.get("state", {}).get("metrics_route") or getattr(route, "path", None) or "unmatched"
            )
            method = scope["method"]
            status = status_holder[0]
            self.metrics.requests.labels(self.metrics.service, method, template, str(status)).inc()
            self.metrics.latency.labels(self.metrics.service, method, template).observe(elapsed)
            if template not in ("/healthz", "/readyz", "/metrics"):
                query = scope.get("query_string", b"").decode("latin-1")
                _access_log.info(
                    "request",
                    method=method,
                    path=scope["path"] + (f"?{query}" if query else ""),
                    route=template,
                    status=status,
                    duration_ms=round(elapsed * 1000, 2),
                )
            structlog.contextvars.unbind_contextvars("request_id")


def _header(scope: Scope, name: str) -> str | None:
    raw = name.encode()
    for key, value in scope.get("headers", []):
        if key == raw:
            return str(value.decode("latin-1"))
    return None


async def database_ready(request: Request) -> str | None:
    """None when the service's database answers, else why not."""
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        return "database engine not started"
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:
        return f"database unreachable: {type(exc).__name__}"
    return None


def operations_router(metrics: Metrics, checks: list[ReadinessCheck]) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="Readiness: the database (and what else this service needs) answers")
    async def readyz(request: Request) -> Any:
        failures = [reason for check in checks if (reason := await check(request)) is not None]
        reports: dict[str, ReadinessReport] = getattr(request.app.state, "readiness_reports", {})
        details: dict[str, Any] = {}
        degraded: list[str] = []
        for report in [await r(request) for r in reports.values()]:
            details.update(report.details)
            (failures if report.fail else degraded).extend(report.degraded)
        if failures:
            return problem_response(503, "NOT_READY", "; ".join(failures), **details)
        if degraded:
            return {"status": "degraded", "degraded": degraded, **details}
        return {"status": "ready", **details}

    @router.get("/metrics", summary="Prometheus metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return router


def install_observability(app: FastAPI, service: str, checks: list[ReadinessCheck]) -> Metrics:
    metrics = Metrics(service)
    app.state.metrics = metrics
    app.add_middleware(RequestContextMiddleware, metrics=metrics)
    app.include_router(operations_router(metrics, checks))
    return metrics
