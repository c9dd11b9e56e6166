from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field


class SpotCheckCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sample_size: int = Field(ge=1, le=10_000)
    county_code: str | None = None


class SpotCheckItem(BaseModel):
    checked_conclusion_id: uuid.UUID
    application_id: uuid.UUID
    status: str
    checked_level: int
    new_level: int | None
    finding: str = Field(description="pending / confirmed / mismatch")


class SpotCheck(BaseModel):
    id: uuid.UUID
    county_code: str | None
    seed: str
    requested_size: int
    population: int
    created_at: dt.datetime
    items: list[SpotCheckItem]
