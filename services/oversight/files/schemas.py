from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class StoredFile(BaseModel):
    """A file's description; its bytes are at ``download``."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    parent_kind: Literal["inspection", "case"]
    parent_id: uuid.UUID
    purpose: Literal["finding", "follow_up", "evidence", "statement"]
    filename: str
    media_type: Literal["image/jpeg", "image/png", "application/pdf"] = Field(
        description="as its first bytes show it"
    )
    size_bytes: int
    sha256: str = Field(description="hex SHA-256 of the bytes, as stored")
    uploaded_by: str
    uploaded_role: str
    created_at: dt.datetime
    download: str = Field(description="the path that answers the bytes (`Content-Disposition: attachment`)")


class StoredFileList(BaseModel):
    items: list[StoredFile]
