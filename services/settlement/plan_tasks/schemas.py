from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.settlement.bounds import Day
from services.settlement.models import PlanTaskStatus, SupervisionKind
from shared.patch import PatchModel

Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Long = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
County = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Short = Field(description="what the evidence is (佐证材料), e.g. the notice issued")
    reference: Short = Field(description="its document number, file reference or address")
    dated_on: Day | None = None


class PlanTaskCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,40}$")]
    year: int = Field(ge=2000, le=2100)
    title: Short
    requirement: Long
    source: Short = Field(description="where the task comes from, e.g. `S003 附件 1 第 6 项`")
    county_code: County | None = Field(default=None, description="null: city-wide")
    responsible: Short
    assisting: list[Short] = Field(default_factory=list, max_length=20)
    due_on: Day


class PlanTaskUpdate(PatchModel):
    """An open or reopened task's wording, units or deadline."""

    title: Short | None = None
    requirement: Long | None = None
    responsible: Short | None = None
    assisting: list[Short] | None = Field(default=None, max_length=20)
    due_on: Day | None = None


class PlanTaskStatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["done", "verified", "reopened"]
    done_on: Day | None = Field(default=None, description="done: the day it was done (default today)")
    evidence: list[Evidence] = Field(default_factory=list, max_length=50, description="done: required")
    reason: Long | None = Field(default=None, description="reopened: required")


class PlanTask(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    year: int
    title: str
    requirement: str
    source: str
    county_code: str | None
    responsible: str
    assisting: list[str]
    due_on: dt.date
    status: PlanTaskStatus
    done_on: dt.date | None
    overdue: bool = Field(description="open or reopened past its deadline")
    done_late: bool = Field(description="done after its deadline")
    evidence: list[dict[str, Any]]
    status_history: list[dict[str, Any]]
    created_by: str
    created_at: dt.datetime


class PlanTaskList(BaseModel):
    items: list[PlanTask]
    next_cursor: str | None = None


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    finding: Long
    task_id: uuid.UUID | None = Field(default=None, description="the task it concerns, if any")
    rectify_by: Day | None = None


class SupervisionRoundCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: SupervisionKind
    period_from: Day
    period_to: Day
    county_code: County | None = Field(default=None, description="null: city-wide")
    held_on: Day
    findings: list[Finding] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _period(self) -> SupervisionRoundCreate:
        if self.period_from > self.period_to:
            raise ValueError("period_from is after period_to")
        return self


class SupervisionRound(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: SupervisionKind
    period_from: dt.date
    period_to: dt.date
    county_code: str | None
    held_on: dt.date
    findings: list[dict[str, Any]]
    created_by: str
    created_at: dt.datetime


class SupervisionRoundList(BaseModel):
    items: list[SupervisionRound]
    next_cursor: str | None = None
