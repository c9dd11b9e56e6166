from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field, computed_field
from sqlalchemy import select

from services.gateway.audit.auth import AuditRead
from services.gateway.models import AuditEvent
from shared.db import SessionDep
from shared.pagination import PageParams, page_params, paginate

router = APIRouter(prefix="/api/v1/audit-events", tags=["audit"])


SECURITY_STATUSES = (401, 403, 429)


class AuditEventOut(BaseModel):
    id: int
    occurred_at: dt.datetime
    client_id: uuid.UUID | None
    client_name: str | None
    role: str | None
    method: str
    path: str
    status: int
    outcome: str
    request_id: str = Field(description="the gateway's id of the call (its `X-Request-ID` answer header)")
    client_request_id: str | None = Field(description="the `X-Request-ID` the client sent, if any")
    service: str
    source_address: str | None
    key_prefix: str | None = Field(description="public prefix of a refused API key")
    object_id: str | None = Field(description="what the call touched: the created id, else the path's id")
    code: str | None = Field(description="the problem code of a refused or failed call")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def security_event(self) -> bool:
        """Unauthenticated, forbidden or throttled."""
        return self.status in SECURITY_STATUSES


class AuditEventList(BaseModel):
    items: list[AuditEventOut]
    next_cursor: str | None = None


@router.get(
    "",
    response_model=AuditEventList,
    summary="Append-only log of mutating attempts (refused and unauthenticated ones too), newest first",
)
async def list_audit_events(
    session: SessionDep,
    principal: AuditRead,
    page: Annotated[PageParams, Depends(page_params)],
    client_id: uuid.UUID | None = None,
    request_id: str | None = None,
    client_request_id: str | None = None,
    security_events: Annotated[
        bool, Query(description="only unauthenticated, forbidden and throttled attempts")
    ] = False,
    since: Annotated[dt.datetime | None, Query(description="only calls at or after this instant")] = None,
) -> AuditEventList:
    stmt = select(AuditEvent)
    if client_id is not None:
        stmt = stmt.where(AuditEvent.client_id == client_id)
    if request_id is not None:
        stmt = stmt.where(AuditEvent.request_id == request_id)
    if client_request_id is not None:
        stmt = stmt.where(AuditEvent.client_request_id == client_request_id)
    if security_events:
        stmt = stmt.where(AuditEvent.status.in_(SECURITY_STATUSES))
    if since is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= since)
    rows, next_cursor = await paginate(
        session, stmt, [AuditEvent.id], page, key=lambda r: [r.id], descending=True
    )
    return AuditEventList(
        items=[AuditEventOut.model_validate(r, from_attributes=True) for r in rows], next_cursor=next_cursor
    )
