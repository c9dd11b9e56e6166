from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import select

from services.gateway.audit.auth import AuditRead
from services.gateway.models import AuditEvent
from shared.db import SessionDep
from shared.pagination import PageParams, page_params, paginate

router = APIRouter(prefix="/api/v1/audit-events", tags=["audit"])


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
    request_id: str
    service: str


class AuditEventList(BaseModel):
    items: list[AuditEventOut]
    next_cursor: str | None = None


@router.get("", response_model=AuditEventList, summary="Append-only log of mutating calls, newest first")
async def list_audit_events(
    session: SessionDep,
    principal: AuditRead,
    page: Annotated[PageParams, Depends(page_params)],
    client_id: uuid.UUID | None = None,
    request_id: str | None = None,
    since: Annotated[dt.datetime | None, Query(description="only calls at or after this instant")] = None,
) -> AuditEventList:
    stmt = select(AuditEvent)
    if client_id is not None:
        stmt = stmt.where(AuditEvent.client_id == client_id)
    if request_id is not None:
        stmt = stmt.where(AuditEvent.request_id == request_id)
    if since is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= since)
    rows, next_cursor = await paginate(
        session, stmt, [AuditEvent.id], page, key=lambda r: [r.id], descending=True
    )
    return AuditEventList(
        items=[AuditEventOut.model_validate(r, from_attributes=True) for r in rows], next_cursor=next_cursor
    )
