"""Idempotent POSTs: the same ``Idempotency-Key`` with the same body returns the first response again;
with a different body it is a 409 that says so.

The record is written in the request's own transaction, together with the change it describes: either both
are committed or neither is, so a retry after a crash, a timeout or a lost response never doubles anything.
A second request with the same key while the first is still running waits for it (row lock) and then
replays its answer. Keys are scoped by the calling client, so two clients cannot collide.

    @router.post("/things", status_code=201)
    async def create(data: ThingCreate, idempotent: Idempotent) -> JSONResponse:
        return await idempotent.respond(lambda: service.create(session, data), status_code=201)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db import SessionDep
from shared.errors import PROBLEM_CONTENT_TYPE, Conflict, Unprocessable
from shared.principal import Principal, get_principal

HEADER = "idempotency-key"
MAX_KEY_LENGTH = 200
REPLAYED_HEADER = "Idempotent-Replayed"


def idempotency_table(metadata: MetaData) -> Table:
    """``idempotency_records`` of one service's schema."""
    return Table(
        "idempotency_records",
        metadata,
        Column("client_id", Text, primary_key=True),
        Column("key", Text, primary_key=True),
        Column("method", Text, nullable=False),
        Column("path", Text, nullable=False),
        Column("request_hash", LargeBinary(32), nullable=False),
        Column("status_code", Integer, nullable=True),
        Column("response_body", JSONB, nullable=True),
        Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )


def _canonical_body(raw: bytes) -> bytes:
    """JSON bodies compare by content (key order and spacing do not matter); anything else by bytes."""
    try:
        return json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        return raw


class IdempotentRequest:
    def __init__(
        self,
        session: AsyncSession,
        principal: Principal,
        request: Request,
        table: Table,
        redact: Callable[[Any], Any] | None = None,
    ) -> None:
        self.session = session
        self.principal = principal
        self.request = request
        self.table = table
        self.redact = redact
        self.key = request.headers.get(HEADER)

    async def respond(
        self, produce: Callable[[], Awaitable[Any]], *, status_code: int = 200, content: bytes | None = None
    ) -> JSONResponse:
        """Run ``produce`` once per key; every later call with that key gets the stored answer.

        ``produce`` returns the body answered with ``status_code``, or a ``JSONResponse`` of its own when
        the domain decides the status itself (a payment found again by its own reference: 200, replayed).
        ``content``: what makes two calls the same, when that is not the body's bytes (an uploaded file: a
        form sent again has a new multipart boundary around the same file).
        """
        if self.key is None:
            outcome = await produce()
            if isinstance(outcome, JSONResponse):
                return outcome
            return JSONResponse(jsonable_encoder(outcome), status_code=status_code)
        if not 1 <= len(self.key) <= MAX_KEY_LENGTH or not self.key.isprintable():
            raise Unprocessable(
                f"Idempotency-Key must be 1–{MAX_KEY_LENGTH} printable characters",
                code="IDEMPOTENCY_KEY_INVALID",
            )
        table = self.table
        method, path = self.request.method, self.request.url.path
        target = path + ("?" + self.request.url.query if self.request.url.query else "")
        digest = hashlib.sha256(
            method.encode()
            + b" "
            + target.encode()
            + b"\n"
            + (content if content is not None else _canonical_body(await self.request.body()))
        ).digest()
        where = (table.c.client_id == self.principal.client_id) & (table.c.key == self.key)
        claimed = await self.session.execute(
            pg_insert(table)
            .values(
                client_id=self.principal.client_id,
                key=self.key,
                method=method,
                path=path,
                request_hash=digest,
            )
            .on_conflict_do_nothing()
            .returning(table.c.key)
        )
        if claimed.first() is None:
            existing = (await self.session.execute(select(table).where(where).with_for_update())).one()
            if existing.request_hash != digest:
                same_target = existing.method == method and existing.path == path
                raise Conflict(
                    "this Idempotency-Key was used for "
                    + ("a different body" if same_target else f"{existing.method} {existing.path}")
                    + "; use a new key for a new request",
                    code="IDEMPOTENCY_KEY_REUSED",
                )
            return JSONResponse(
                existing.response_body,
                status_code=existing.status_code,
                headers={REPLAYED_HEADER: "true"},
                media_type=PROBLEM_CONTENT_TYPE if existing.status_code >= 400 else None,
            )
        outcome = await produce()
        response = outcome if isinstance(outcome, JSONResponse) else None
        body = json.loads(bytes(outcome.body)) if response else jsonable_encoder(outcome)
        status_code = response.status_code if response else status_code
        stored = self.redact(body) if self.redact else body
        await self.session.execute(
            update(table).where(where).values(status_code=status_code, response_body=stored)
        )
        return response or JSONResponse(body, status_code=status_code)


def idempotency_dependency(
    table: Table,
    redact: Callable[[Any], Any] | None = None,
    principal_dependency: Callable[..., Any] = get_principal,
) -> Callable[..., Awaitable[IdempotentRequest]]:
    """A dependency giving routes an :class:`IdempotentRequest` bound to this service's table.

    ``redact`` removes what must not be stored from the response kept for replays (e.g. a secret).
    """

    async def dependency(
        request: Request,
        session: SessionDep,
        principal: Principal = Depends(principal_dependency),  # noqa: B008
    ) -> IdempotentRequest:
        return IdempotentRequest(session, principal, request, table, redact)

    return dependency
