"""Records every authenticated mutating call once its response has started (status known).

The row is written in its own short transaction, after the owning service has committed its change, so it
never holds a database connection across the upstream call. The table refuses UPDATE and DELETE.
"""

from __future__ import annotations

import uuid

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.models import AuditEvent
from services.gateway.routing import service_for
from shared.identifiers import mask_id_numbers_in_text
from shared.principal import Principal

_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_log = structlog.get_logger("gateway.audit")


def outcome_of(status: int) -> str:
    if status < 400:
        return "success"
    return "rejected" if status < 500 else "failed"


class AuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in _MUTATING
            or not scope["path"].startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        status = [500]

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            state = scope.get("state", {})
            principal = state.get("principal")
            if isinstance(principal, Principal):
                await self._record(scope, principal, status[0], state.get("request_id", ""))

    async def _record(self, scope: Scope, principal: Principal, status: int, request_id: str) -> None:
        app = scope["app"]
        try:
            async with app.state.sessionmaker() as session:
                session.add(
                    AuditEvent(
                        client_id=uuid.UUID(principal.client_id),
                        client_name=principal.name,
                        role=principal.role.value,
                        method=scope["method"],
                        path=mask_id_numbers_in_text(scope["path"]),
                        status=status,
                        outcome=outcome_of(status),
                        request_id=request_id,
                        service=service_for(scope["path"]) or "gateway",
                    )
                )
                await session.commit()
        except Exception as exc:
            _log.error("audit_write_failed", path=scope["path"], status=status, error=repr(exc))
