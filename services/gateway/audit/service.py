"""Reading the audit log (writing it is :mod:`services.gateway.audit.recorder`, a middleware)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.audit import repository
from services.gateway.audit.schemas import AuditEventList, AuditEventOut
from shared.pagination import PageParams


async def list_events(
    session: AsyncSession,
    params: PageParams,
    *,
    client_id: uuid.UUID | None,
    request_id: str | None,
    client_request_id: str | None,
    security_events: bool,
    since: dt.datetime | None,
) -> AuditEventList:
    rows, next_cursor = await repository.page(
        session,
        params,
        client_id=client_id,
        request_id=request_id,
        client_request_id=client_request_id,
        security_events=security_events,
        since=since,
    )
    return AuditEventList(
        items=[AuditEventOut.model_validate(r, from_attributes=True) for r in rows], next_cursor=next_cursor
    )
