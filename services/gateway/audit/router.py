from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.gateway.audit import service
from services.gateway.audit.auth import AuditRead
from services.gateway.audit.schemas import AuditEventList
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["audit"])


@router.get(
    "/audit-events",
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
    return await service.list_events(
        session,
        page,
        client_id=client_id,
        request_id=request_id,
        client_request_id=client_request_id,
        security_events=security_events,
        since=since,
    )
