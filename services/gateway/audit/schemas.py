from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field, computed_field

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
    staff_user_id: uuid.UUID | None = Field(
        default=None,
        description="the person (a staff account) who made the call through the console; `client_name` "
        "names them. Null for an API client's call",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def security_event(self) -> bool:
        """Unauthenticated, forbidden or throttled."""
        return self.status in SECURITY_STATUSES


class AuditEventList(BaseModel):
    items: list[AuditEventOut]
    next_cursor: str | None = None
