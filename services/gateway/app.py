"""The gateway's ASGI app (``uvicorn services.gateway.app:create_app --factory``).

The gateway reads oversight's feed (contract changes): a contractor client bound to its contractor writes
only while a contract in force covers its counties (``contracts``).

Order of work for a public call: request id and metrics → audit of a mutating call (its row is written
before the answer leaves) → rate limits and the bearer key (``auth.AuthenticationMiddleware``) → a service's
JSON call straight to the owning service (``proxy.DirectProxy``), else the routes: the gateway's own (API
clients, audit log, docs) and the spooled uploads; the principal and the body's digest signed into the
headers of whatever is passed on. ``/readyz`` is ready only when every service is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from services.gateway.api_clients.router import router as api_clients_router
from services.gateway.audit.recorder import AuditMiddleware
from services.gateway.audit.router import router as audit_router
from services.gateway.auth import Authenticated, AuthenticationMiddleware, KeyAuthenticator
from services.gateway.console.router import STATIC_DIR
from services.gateway.console.router import router as console_router
from services.gateway.contracts.consumer import OversightContractsConsumer
from services.gateway.openapi import MergedOpenApi
from services.gateway.proxy import PROXY_METHODS, DirectProxy, forward_call
from services.gateway.ratelimit import RateLimits
from services.gateway.routing import UPLOAD_PATHS
from services.gateway.staff.router import router as staff_router
from services.gateway.transports import AiohttpTransport, Transport
from services.gateway.upstream import Upstreams, upstreams_ready
from shared.app import create_service_app, install_offline_docs
from shared.consumer import consumers_lifespan
from shared.openapi_codes import add_route_codes
from shared.settings import MAX_UPLOAD_BYTES, Settings, get_settings

DESCRIPTION = """
The public API of the long-term-care insurance (长期护理保险) fund platform.

Authenticate with `Authorization: Bearer <api key>`. Errors are RFC 9457 `application/problem+json` with a
stable `code`; lists are keyset-paginated (`limit`, `cursor` → `{items, next_cursor}`); money is integer fen.
"""


def attach_state(
    app: FastAPI,
    engine: AsyncEngine | None,
    sessionmaker: async_sessionmaker[AsyncSession],
    transport: Transport,
) -> None:
    """Everything a request needs, on ``app.state`` (the lifespan does this; tests do it themselves)."""
    settings: Settings = app.state.settings
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.authenticator = KeyAuthenticator(sessionmaker, settings.api_key_cache_seconds)
    app.state.rate_limits = RateLimits(settings)
    app.state.upstreams = Upstreams(transport, settings)
    app.state.openapi_doc = MergedOpenApi()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    contract_feed = consumers_lifespan("gateway", OversightContractsConsumer)

    @asynccontextmanager
    async def upstream_client(app: FastAPI) -> AsyncIterator[None]:
        # made here, not at import: an aiohttp session belongs to the event loop that serves
        transport = AiohttpTransport.for_settings(settings)
        try:
            attach_state(app, app.state.engine, app.state.sessionmaker, transport)
            async with app.state.authenticator.listening(app.state.engine.url), contract_feed(app):
                yield
        finally:
            await transport.aclose()

    app = create_service_app(
        name="gateway",
        title="Long-term-care insurance platform API",
        description=DESCRIPTION,
        routers=[api_clients_router, audit_router, staff_router],
        settings=settings,
        extra_lifespan=upstream_client,
        readiness_checks=[upstreams_ready],
        verify_principal=False,
        inner_middleware=[DirectProxy, AuthenticationMiddleware],  # the first is the innermost
        outer_middleware=[AuditMiddleware],
        own_request_ids=True,
        builtin_docs=False,
    )

    def own_openapi() -> dict[str, Any]:
        from fastapi.openapi.utils import get_openapi

        return add_route_codes(
            get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes),
            app,
        )

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_json(request: Request) -> JSONResponse:
        doc = await request.app.state.openapi_doc.document(own_openapi(), request.app.state.upstreams)
        return JSONResponse(doc)

    install_offline_docs(app, openapi_url="/openapi.json", title="LTC platform API")
    # the console: pages for people signed in with a staff account, its assets served by the platform
    app.include_router(console_router)
    app.mount("/console/static", StaticFiles(directory=STATIC_DIR), name="console-static")

    async def proxy(request: Request, principal: Authenticated) -> Response:
        return await forward_call(request, principal, spool=False)

    async def proxy_upload(request: Request, principal: Authenticated) -> Response:
        return await forward_call(request, principal, spool=True)

    # File uploads (…-imports, the expert pool's import), raw or multipart/form-data, are spooled as they
    # come, with their own, larger body limit (routing.UPLOAD_PATHS); everything else is JSON.
    for upload in UPLOAD_PATHS:
        app.add_api_route(
            upload,
            proxy_upload,
            methods=list(PROXY_METHODS),
            include_in_schema=False,
            max_body_size=MAX_UPLOAD_BYTES,
        )
    app.add_api_route("/api/{path:path}", proxy, methods=list(PROXY_METHODS), include_in_schema=False)

    return app
