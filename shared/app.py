"""Building a service app: lifespan (engine, sessionmaker, clients, consumers), error rendering,
observability and the signed-principal check — the same for every service.

Layers of a request, outermost first: request context (id, access log, metrics) → the caller's
``outer_middleware`` (the gateway's audit) → Starlette's error and body-limit layers → the signed-principal
check → ``inner_middleware`` → routes. No app redirects a trailing slash: a redirect would name the host and
port the service was reached at, which behind the gateway is internal; such a path is a 404 problem.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import fastapi_offline
import httpx
from fastapi import APIRouter, Depends, FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.telemetry import TelemetryConfig
from starlette.types import ASGIApp

from shared.codescan import scan as code_scan
from shared.db import create_engine, create_sessionmaker
from shared.errors import PROBLEM_RESPONSES, install_problem_handlers
from shared.logging import configure_logging
from shared.observability import (
    ReadinessCheck,
    RequestContextMiddleware,
    database_ready,
    install_observability,
)
from shared.openapi_codes import install as document_problem_codes
from shared.permissions import annotate_routes, api_routes
from shared.principal import PrincipalMiddleware, ReplayGuard, SignedPrincipalAuth, service_principal
from shared.query_params import precompute as precompute_query_parameters
from shared.query_params import refuse_unknown_query_parameters
from shared.route_index import install as index_routes
from shared.settings import Settings, get_settings

ExtraLifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]
OuterMiddleware = Callable[[ASGIApp], ASGIApp]


class ServiceApp(FastAPI):
    """A FastAPI app with layers of ours outside Starlette's own error and body-limit layers, which are
    otherwise outermost: so a 500 or a 413 the framework sends still gets the request id and the audit.

    ``max_body_size`` is the app's body-limit layer only. FastAPI would also hand it to the app's router and
    from there to every route, so each request went through the same limit three times (app, router,
    route), a layer and a responder each (issue 13). The app's layer alone counts every byte of every
    request; a route (or router) that sets a limit of its own — the upload routes' larger one — still sets
    it on that same counter when it is reached, and an oversized body is the same 413 problem."""

    def __init__(
        self,
        *,
        outer_middleware: Sequence[OuterMiddleware] = (),
        max_body_size: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.outer_middleware = list(outer_middleware)  # outermost first
        super().__init__(**kwargs)
        self.max_body_size = max_body_size  # read when the middleware stack is built, not by the router

    def build_middleware_stack(self) -> ASGIApp:
        app = super().build_middleware_stack()
        for wrap in reversed(self.outer_middleware):
            app = wrap(app)
        return app


# FastAPI's own OpenTelemetry layer asks, on every request, whether a tracer, meter or logger provider is
# configured — with no provider set, each question is an ``os.environ`` lookup (~4 % of a service's CPU under
# load, issue 13). The platform's metrics, request ids and access log are its own (shared.observability), and
# no OpenTelemetry provider is set up anywhere: the framework's layer is switched off, not asked per request.
NO_FRAMEWORK_TELEMETRY: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}

DOCS_ASSETS_URL = "/docs-assets"
# Swagger UI's and ReDoc's files as the ``fastapi-offline`` wheel ships them (swagger-ui-bundle.js,
# swagger-ui.css, redoc.standalone.js, favicon.png): served by every app itself, so /docs and /redoc work with
# no internet. Its ``FastAPIOffline`` factory builds a plain FastAPI; our apps are ``ServiceApp``s and the
# gateway's document is merged, so the same routes are made here from the same files.
DOCS_ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"


def operation_id(route: APIRoute) -> str:
    """An operation's ``operationId``: its endpoint's name (``enrol_person``, ``draw_panel``), which a client
    generator makes the method's name; a route whose name another service's route has too names itself with
    ``operation_id=`` (``settle_county_month``). Stable as long as the endpoint's name is; unique across the
    merged document (tests/clients/test_document.py)."""
    return route.name


def install_offline_docs(app: FastAPI, *, openapi_url: str, title: str) -> None:
    """``/docs`` (Swagger UI) and ``/redoc`` over ``openapi_url``, every asset served from
    ``/docs-assets/``: no CDN, no web font, no validator badge calling out."""
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=DOCS_ASSETS_DIR), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} — Swagger UI",
            swagger_js_url=f"{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} — ReDoc",
            redoc_js_url=f"{DOCS_ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )


def resolve_database_url(settings: Settings) -> str:
    """``LTC_DATABASE_URL`` if set, else the embedded server under ``LTC_DATA_DIR``."""
    if settings.database_url:
        return settings.database_url
    from shared.embedded_db import embedded_url, start_embedded

    return embedded_url(start_embedded(settings.data_dir))


def require_secret(settings: Settings) -> None:
    """Refuse to start without the internal secret: every signed call would fail (or pass unchecked)."""
    if not settings.internal_secret.get_secret_value():
        raise RuntimeError("LTC_INTERNAL_SECRET is not set; the gateway and every service need the same one")


def internal_client(
    settings: Settings, caller: str, target: str, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """A pooled client for service-to-service calls, signed as the calling service.

    Made in the caller's lifespan; ``transport`` lets tests put the target app in-process.
    """
    return httpx.AsyncClient(
        transport=transport,
        base_url=settings.service_url(target),
        auth=SignedPrincipalAuth(
            lambda: settings.internal_secret.get_secret_value(), service_principal(caller)
        ),
        timeout=httpx.Timeout(
            settings.upstream_read_timeout_seconds, connect=settings.upstream_connect_timeout_seconds
        ),
        limits=httpx.Limits(max_connections=settings.upstream_pool_size),
    )


def create_service_app(
    *,
    name: str,
    title: str,
    description: str,
    routers: Sequence[APIRouter],
    settings: Settings | None = None,
    extra_lifespan: ExtraLifespan | None = None,
    readiness_checks: Sequence[ReadinessCheck] = (),
    verify_principal: bool = True,
    inner_middleware: Sequence[Callable[[ASGIApp], ASGIApp]] = (),
    outer_middleware: Sequence[OuterMiddleware] = (),
    own_request_ids: bool = False,
    builtin_docs: bool = True,
) -> ServiceApp:
    """A service app. The gateway uses it too, with ``verify_principal=False`` (it authenticates API keys
    itself), its audit as ``outer_middleware``, request ids of its own (``own_request_ids``) and its own
    merged docs (``builtin_docs=False``)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        require_secret(settings)
        database_url = await asyncio.to_thread(resolve_database_url, settings)
        engine = create_engine(settings, database_url, f"ltc-{name}")
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
        warm = asyncio.get_running_loop().run_in_executor(None, code_scan)  # the first /openapi.json is quick
        try:
            if extra_lifespan is not None:
                async with extra_lifespan(app):
                    yield
            else:
                yield
        finally:
            await warm
            await engine.dispose()

    configure_logging(name, settings.log_level, settings.log_json)
    app = ServiceApp(
        outer_middleware=outer_middleware,
        title=title,
        description=description,
        version="1.0.0",
        lifespan=lifespan,
        responses=PROBLEM_RESPONSES,
        max_body_size=settings.max_body_bytes,
        openapi_url="/openapi.json" if builtin_docs else None,
        docs_url=None,  # served offline by install_offline_docs
        redoc_url=None,
        redirect_slashes=False,
        dependencies=[Depends(refuse_unknown_query_parameters)],  # unknown query parameters are a 422
        telemetry=NO_FRAMEWORK_TELEMETRY,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.service_name = name
    install_problem_handlers(app)
    for middleware in inner_middleware:
        app.add_middleware(middleware)
    if verify_principal:
        app.add_middleware(
            PrincipalMiddleware,
            secrets=settings.verification_secrets,
            max_age_seconds=settings.signature_max_age_seconds,
            replay_guard=(
                ReplayGuard(settings.signature_max_age_seconds) if settings.signature_replay_check else None
            ),
        )
    metrics = install_observability(app, name, [database_ready, *readiness_checks])
    app.outer_middleware.insert(
        0, functools.partial(RequestContextMiddleware, metrics=metrics, own_request_ids=own_request_ids)
    )
    if builtin_docs:
        install_offline_docs(app, openapi_url="/openapi.json", title=title)
    for router in routers:
        annotate_routes(router.routes)
        app.include_router(router)
    document_problem_codes(app)
    precompute_query_parameters(route for _, route in api_routes(app.routes))
    index_routes(app.router.routes)
    return app
