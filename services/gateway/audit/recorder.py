"""Records every mutating call under ``/api/`` — refused and unauthenticated ones included — before its
answer leaves the gateway.

:class:`AuditMiddleware` is one of the gateway's outermost layers (outside Starlette's error and body-limit
layers), so it sees the status the client gets, a 413 or a 500 included. It holds the response start (and a
small body, up to 64 KiB, to read the created object's ``id`` or the problem's ``code``), writes the row,
and only then lets the response out: once a client has any byte of an answer, its audit row is committed.
The row is one INSERT (``repository.insert_event``) on a pooled connection's driver connection, outside a
transaction (it commits itself, one round trip), written after the owning service has committed, so no
database connection is held across the upstream call. If it cannot be written (twice), the row's content
goes to the log as an error and the answer goes out: the change behind it has happened.
The table refuses UPDATE and DELETE.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import anyio
import structlog
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.audit.repository import insert_event
from services.gateway.models import AuditOutcome
from services.gateway.routing import service_for
from shared.errors import CLIENT_CLOSED_REQUEST
from shared.identifiers import mask_id_numbers_in_text
from shared.principal import Principal

_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_READ_BODY_BYTES = 64 * 1024
_log = structlog.get_logger("gateway.audit")


# the members bound once: an enum member's attribute lookup costs about 100 ns a call on the hot path
_SUCCESS, _REJECTED, _FAILED = AuditOutcome.SUCCESS, AuditOutcome.REJECTED, AuditOutcome.FAILED


def outcome_of(status: int) -> AuditOutcome:
    if status < 400:
        return _SUCCESS
    return _REJECTED if status < 500 else _FAILED


def object_of(path: str, status: int, body: Any) -> str | None:
    """The object a call touched: the ``id`` of what a successful call answered with (the created object,
    or the first nested object with one), else the path's identifier after the collection
    (``/api/v1/persons/{id}/…``)."""
    if 200 <= status < 300 and isinstance(body, dict):
        nested = (v for v in body.values() if isinstance(v, dict) and "id" in v)
        created = body["id"] if "id" in body else next(nested, {}).get("id")
        if isinstance(created, str | int) and not isinstance(created, bool):
            return mask_id_numbers_in_text(str(created))
    segments = path.split("/")
    if len(segments) > 4 and segments[4]:
        return mask_id_numbers_in_text(segments[4].split(":")[0])
    return None


def _json_of(start: Message, body: bytes) -> Any:
    content_type = next(
        (bytes(v).decode("latin-1") for k, v in start.get("headers", []) if k.lower() == b"content-type"),
        "",
    )
    if "json" not in content_type or not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


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
        held: list[Message] = []
        held_bytes = 0
        recorded = False

        async def release(body: Any) -> None:
            nonlocal recorded
            recorded = True
            await self._record(scope, held[0]["status"], body)
            for message in held:
                await send(message)
            held.clear()

        async def audit_send(message: Message) -> None:
            nonlocal held_bytes
            if recorded:
                await send(message)
                return
            held.append(message)
            if message["type"] != "http.response.body":
                return
            held_bytes += len(message.get("body", b""))
            if held_bytes > _READ_BODY_BYTES:
                await release(None)
            elif not message.get("more_body", False):
                body = b"".join(m.get("body", b"") for m in held[1:])
                await release(_json_of(held[0], body))

        try:
            await self.app(scope, receive, audit_send)
        except BaseException:
            if not recorded:
                with anyio.CancelScope(shield=True):
                    if held:
                        await release(None)
                    else:
                        recorded = True
                        await self._record(scope, 500, None)
            raise
        if not recorded and held:
            await release(None)

    async def _record(self, scope: Scope, status: int, body: Any) -> None:
        state = scope.get("state", {})
        if state.get("client_gone"):
            status = CLIENT_CLOSED_REQUEST
        principal = state.get("principal")
        client = scope.get("client")
        path = scope["path"]
        row = {
            "client_id": uuid.UUID(principal.client_id) if isinstance(principal, Principal) else None,
            "client_name": principal.name if isinstance(principal, Principal) else None,
            "role": principal.role.value if isinstance(principal, Principal) else None,
            "key_prefix": state.get("key_prefix"),
            "source_address": str(client[0]) if client else None,
            "method": scope["method"],
            "path": mask_id_numbers_in_text(path),
            "object_id": object_of(path, status, body),
            "status": status,
            "outcome": outcome_of(status),
            "code": str(body.get("code")) if status >= 400 and isinstance(body, dict) else None,
            "request_id": state.get("request_id", ""),
            "client_request_id": state.get("client_request_id"),
            "service": service_for(path) or "gateway",
            "staff_user_id": state.get("staff_user_id"),
        }
        engine: AsyncEngine = scope["app"].state.engine
        with anyio.CancelScope(shield=True):
            for attempt in (1, 2):
                try:
                    await insert_event(engine, row)
                    return
                except Exception as exc:
                    if attempt == 2:
                        fields = {k: str(v) for k, v in row.items()}
                        _log.error("audit_write_failed", error=repr(exc), **fields)
