from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.intake.report import RowError, RowErrorList

__all__ = ["ImportJob", "RowError", "RowErrorList"]


class ImportJob(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: Literal["persons", "payments"]
    format: Literal["csv", "jsonl"]
    status: Literal["completed", "failed"]
    content_sha256: str | None = Field(
        description="of the bytes received; the same file gives the same digest"
    )
    bytes_received: int
    rows_total: int = Field(description="data lines in the file (blank lines and the CSV header not counted)")
    rows_created: int
    rows_unchanged: int = Field(description="rows that match what is stored already: nothing to do")
    rows_failed: int = Field(description="rows refused; see the error report")
    created_at: dt.datetime
    finished_at: dt.datetime | None
