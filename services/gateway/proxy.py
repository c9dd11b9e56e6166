"""Handing an authenticated public call to the service that owns it.

Most calls through the gateway are a service's JSON routes. They take a short way: :class:`DirectProxy`
sits right inside the authentication middleware and forwards them itself, without the router's matching
over every gateway route, the dependency resolution and the send wrappers of a FastAPI route — together
about a quarter of the gateway's CPU per proxied call under load (pyinstrument, issue 13). Everything it
does not take (file uploads with their larger body limit, the gateway's own routes, paths no service owns)
goes on to the routes as before, where the same :func:`forward_call` serves the upload routes and the
catch-all answers 404 for an unknown path.
"""

from __future__ import annotations

import structlog
from fastapi import Request
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.routing import compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

from services.gateway.routing import UPLOAD_PATHS, service_for
from services.gateway.upstream import Upstreams
from shared.errors import NotFound
from shared.principal import Principal

PROXY_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_UPLOADS = tuple(compile_path(path)[0] for path in UPLOAD_PATHS)
_CLIENT_CLOSED_REQUEST = 499
_log = structlog.get_logger("gateway.proxy")


async def forward_call(request: Request, principal: Principal, *, spool: bool) -> Response:
    """What the proxy routes do (uploads, spooled); 404 for a path no service owns."""
    service = service_for(request.scope["path"])
    if service is None:
        raise NotFound(f"no resource at {request.scope['path']}")
    return await _forward(request, service, principal, spool=spool)


async def _forward(request: Request, service: str, principal: Principal, *, spool: bool) -> Response:
    request.scope.setdefault("state", {})["metrics_route"] = f"proxy:{service}"
    upstreams: Upstreams = request.app.state.upstreams
    return await upstreams.forward(request, service, principal, spool=spool)


class DirectProxy:
    """Forwards a service's JSON call straight from the middleware stack (see the module's doc)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"] if scope["type"] == "http" else ""
        principal = scope.get("state", {}).get("principal") if path.startswith("/api/") else None
        service = service_for(path) if isinstance(principal, Principal) else None
        if service is None or scope["method"] not in PROXY_METHODS or any(u.match(path) for u in _UPLOADS):
            await self.app(scope, receive, send)
            return
        assert isinstance(principal, Principal)
        request = Request(scope, receive)
        try:
            response = await _forward(request, service, principal, spool=False)
        except ClientDisconnect:
            # what the routes' handler does (shared.errors): nothing to answer, the access line says 499
            _log.info("client_disconnected", path=path)
            response = Response(status_code=_CLIENT_CLOSED_REQUEST)
        await response(scope, receive, send)
