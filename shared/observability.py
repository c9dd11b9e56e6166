"""Request ids, access logs, Prometheus metrics, ``/healthz``, ``/readyz`` and ``/metrics``.

One pure-ASGI middleware per app, its outermost layer: it takes ``X-Request-ID`` from the caller (a service)
or makes one (the gateway, always: the gateway's id is the one every service, log line and audit row
names), binds it to the log context, sends it on every answer, and records the request in this app's own
metric registry.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import structlog
from fastapi import APIRouter, FastAPI, Query, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from sqlalchemy import text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import errors
from shared.errors import problem_response
from shared.multiprocess_metrics import exposition

REQUEST_ID_HEADER = "x-request-id"
_REQUEST_ID_RAW = REQUEST_ID_HEADER.encode()
_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_access_log = structlog.get_logger("ltc.access")
_log = structlog.get_logger("shared.errors")

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
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def record(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one answer and observe its duration. The labelled series of a (method, route, status) is
        looked up once and kept: ``labels()`` takes a lock and builds its key on every call."""
        key = (method, route, status)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (
                self.requests.labels(self.service, method, route, str(status)),
                self.latency.labels(self.service, method, route),
            )
        children[0].inc()
        children[1].observe(seconds)


def current_request_id() -> str | None:
    return errors.current_request_id()


class _Exchange:
    """What one request's middleware has seen of its response so far."""

    __slots__ = ("client_gone", "completed", "replaced", "started", "status")

    def __init__(self) -> None:
        self.status = 500
        self.started = False
        self.completed = False
        self.replaced = False
        self.client_gone = False


class RequestContextMiddleware:
    """The outermost layer of every app (outside Starlette's error and body-limit layers, see
    ``shared.app.ServiceApp``), so that every answer — a 500, a 413 — carries the request id, and every log
    line of the request, the 500's included, names it.

    ``own_request_ids`` (the gateway): the id is always made here; a valid id the client sent is kept as
    ``client_request_id`` beside it. Otherwise (the services) the id the caller sent is used.
    A plain-text error the framework sends by itself (Starlette's 413) is replaced by problem+json, and a
    request whose client went away before the answer is logged as 499 at info level.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics, own_request_ids: bool = False) -> None:
        self.app = app
        self.metrics = metrics
        self.own_request_ids = own_request_ids

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, _REQUEST_ID_RAW)
        valid = incoming if incoming and _REQUEST_ID_OK.match(incoming) else None
        # 128 random bits as 32 hex digits, like uuid4().hex at a fifth of its cost
        request_id = valid if valid and not self.own_request_ids else os.urandom(16).hex()
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        context = {"request_id": request_id}
        if self.own_request_ids and valid:
            state["client_request_id"] = context["client_request_id"] = valid
        tokens = structlog.contextvars.bind_contextvars(**context)
        exchange = _Exchange()
        started = time.perf_counter()

        async def receive_watching() -> Message:
            message = await receive()
            if message["type"] == "http.disconnect" and not exchange.started:
                exchange.client_gone = state["client_gone"] = True
            return message

        async def send_with_id(message: Message) -> None:
            if exchange.replaced:
                return
            if message["type"] == "http.response.start":
                exchange.status = message["status"]
                if exchange.status >= 400 and _plain_text(message):
                    exchange.replaced = exchange.started = exchange.completed = True
                    problem = errors.problem_response(
                        exchange.status,
                        errors.code_for_status(exchange.status),
                        _PLAIN_DETAILS.get(exchange.status),
                        headers={REQUEST_ID_HEADER: request_id},
                        instance=scope["path"],
                    )
                    await problem(scope, receive, send)
                    return
                exchange.started = True
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                exchange.completed = True
            await send(message)

        try:
            await self.app(scope, receive_watching, send_with_id)
        except Exception:
            if exchange.started and not exchange.completed:
                raise  # half an answer is out: only the server can end the connection
            if not exchange.started:
                _log.exception("unhandled_error", path=scope["path"])
                await errors.problem_response(
                    500, "INTERNAL_ERROR", errors.INTERNAL_ERROR_DETAIL, instance=scope["path"]
                )(scope, receive, send_with_id)
            # else: the error layer has logged it (with this request id) and answered 500
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            template = state.get("metrics_route") or getattr(route, "path", None) or "unmatched"
            method = scope["method"]
            status = errors.CLIENT_CLOSED_REQUEST if exchange.client_gone else exchange.status
            self.metrics.record(method, template, status, elapsed)
            if template not in _NOT_LOGGED:
                query = scope.get("query_string", b"").decode("latin-1")
                _access_log.info(
                    "client_disconnected" if exchange.client_gone else "request",
                    method=method,
                    path=scope["path"] + (f"?{query}" if query else ""),
                    route=template,
                    status=status,
                    duration_ms=round(elapsed * 1000, 2),
                )
            structlog.contextvars.reset_contextvars(**tokens)


_NOT_LOGGED = frozenset({"/healthz", "/readyz", "/metrics"})  # probes and scrapes: counted, not logged
_PLAIN_DETAILS = {413: "the request body is larger than this route accepts"}


def _plain_text(start: Message) -> bool:
    for key, value in start.get("headers", []):
        if key.lower() == b"content-type":
            return bytes(value).lower().startswith(b"text/plain")
    return False


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
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
    async def readyz(
        request: Request,
        scope: Annotated[
            Literal["self"] | None,
            Query(description="`self`: this process only, not the services it calls (the gateway's own)"),
        ] = None,
    ) -> Any:
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
        return Response(exposition(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return router


def install_observability(app: FastAPI, service: str, checks: list[ReadinessCheck]) -> Metrics:
    """Metrics and the operations routes; the caller puts :class:`RequestContextMiddleware` outermost."""
    metrics = Metrics(service)
    app.state.metrics = metrics
    app.include_router(operations_router(metrics, checks))
    return metrics
