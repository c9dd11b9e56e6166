from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

COLUMNS_DOC = (
    "person (the platform's person id or the ID number), level (0–5), valid_from, valid_to (YYYY-MM-DD), "
    "rule_set_version (the scale version it was assessed under), care_institution_id (optional), "
    "reference (the old system's own reference of the level)"
)


class LevelImport(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    format: Literal["csv", "jsonl"]
    status: Literal["completed", "failed"]
    imported_by: str = Field(description="the API client that sent the file")
    rows_total: int = Field(description="data lines in the file (blank lines and the CSV header not counted)")
    rows_created: int = Field(description="levels brought into force")
    rows_unchanged: int = Field(description="the same reference with the same content was imported before")
    rows_failed: int = Field(description="rows refused; see the error report")
    created_at: dt.datetime
    finished_at: dt.datetime | None


class MigratedLevel(BaseModel):
    conclusion_id: uuid.UUID
    person_id: str
    county_code: str
    level: int
    valid_from: dt.date
    valid_to: dt.date
    status: str
    rule_set_version: str
    care_institution_id: str | None
    origin: Literal["migrated"] = "migrated"
    migration_ref: str = Field(description="the old system's reference")
    import_job_id: uuid.UUID
    imported_by: str
    imported_at: dt.datetime


class MigratedLevelList(BaseModel):
    items: list[MigratedLevel]
    next_cursor: str | None = None
