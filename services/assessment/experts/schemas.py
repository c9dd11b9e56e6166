from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.patch import PatchModel

Profession = Literal["doctor", "nurse", "rehabilitation_therapist"]
ExpertStatus = Literal["active", "suspended", "removed"]


class ExpertCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=64, description="the contractor's own id of the expert")
    name: str = Field(min_length=1, max_length=100)
    profession: Profession
    institution_id: str = Field(min_length=1, description="employing institution")
    county_codes: list[str] = Field(min_length=1)
    qualification_expires_on: dt.date
    training_expires_on: dt.date | None = None
    relative_person_ids: list[str] = Field(default_factory=list, description="declared relatives")
    family_doctor_person_ids: list[str] = Field(
        default_factory=list, description="persons whose family doctor"
    )


class ExpertUpdate(PatchModel):
    """Every field optional; ``null`` clears ``training_expires_on`` (and ``status_reason`` says nothing)."""

    clearable = frozenset({"training_expires_on", "status_reason"})

    name: str | None = Field(default=None, min_length=1, max_length=100)
    profession: Profession | None = None
    institution_id: str | None = Field(default=None, min_length=1)
    county_codes: list[str] | None = Field(default=None, min_length=1)
    qualification_expires_on: dt.date | None = None
    training_expires_on: dt.date | None = None
    relative_person_ids: list[str] | None = None
    family_doctor_person_ids: list[str] | None = None
    status: ExpertStatus | None = None
    status_reason: str | None = None


class StatusChange(BaseModel):
    status: str
    effective_on: dt.date
    reason: str | None
    changed_by: str


class Expert(ExpertCreate):
    id: uuid.UUID
    status: ExpertStatus
    status_history: list[StatusChange] = Field(default_factory=list)


class ExpertList(BaseModel):
    items: list[Expert]
    next_cursor: str | None = None


class ImportError_(BaseModel):
    """A refused line: its code and message as a single ``POST /experts`` words the same fault."""

    line: int
    code: str
    field: str | None = Field(default=None, description="the column, when one is at fault")
    message: str


class ExpertImport(BaseModel):
    rows: int
    created: int
    updated: int
    rejected: int
    errors: list[ImportError_]


class LevelShare(BaseModel):
    level: int
    expert_share: float
    peer_share: float


class ExpertQuality(BaseModel):
    expert_id: uuid.UUID
    assessments: int
    reviewed: int = Field(description="its assessments later re-assessed (objection or spot check)")
    overturned: int
    overturned_share: float | None
    mean_level: float | None
    peer_mean_level: float | None
    level_distribution: list[LevelShare]
    outlier: bool = Field(
        description="mean level more than one level from its county peers' (≥ 5 assessments)"
    )
