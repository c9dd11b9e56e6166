from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from services.oversight.cases.schemas import Document

Severity = Literal["minor", "serious", "critical"]
FindingKind = Literal[
    "service_quality", "staffing", "records", "billing", "safety", "hygiene", "facilities", "other"
]


class PlanCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    period_from: dt.date
    period_to: dt.date
    county_codes: list[str] = Field(min_length=1, max_length=50)
    institution_ids: list[str] = Field(default_factory=list, max_length=2000, description="to visit")

    @field_validator("county_codes", "institution_ids")
    @classmethod
    def _distinct(cls, values: list[str]) -> list[str]:
        if len(values) != len(set(values)):
            raise PydanticCustomError("LISTED_TWICE", "list each once")
        return values

    @model_validator(mode="after")
    def _period(self) -> PlanCreate:
        if self.period_to < self.period_from:
            raise PydanticCustomError("PERIOD_INVERTED", "period_to is before period_from")
        return self


class PlannedVisit(BaseModel):
    institution_id: str
    visited: bool = Field(description="a visit under this plan is recorded")


class Plan(BaseModel):
    id: uuid.UUID
    name: str
    period_from: dt.date
    period_to: dt.date
    county_codes: list[str]
    institutions: list[PlannedVisit]
    visits_planned: int
    visits_done: int
    created_by: str
    created_at: dt.datetime


class PlanList(BaseModel):
    items: list[Plan]
    next_cursor: str | None = None


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: FindingKind
    severity: Severity
    description: str = Field(min_length=1, max_length=4000)
    rectification_required: bool = Field(default=True, description="orders a rectification")


class InspectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    institution_id: str = Field(min_length=1, max_length=100)
    plan_id: uuid.UUID | None = Field(default=None, description="the plan the visit belongs to")
    visited_on: dt.date
    inspectors: list[str] = Field(min_length=1, max_length=20)
    findings: list[Finding] = Field(default_factory=list, max_length=200)
    documents: list[Document] = Field(
        default_factory=list, max_length=200, description="documents and photos"
    )
    rectification_due_on: dt.date | None = Field(
        default=None,
        description="when findings call for rectification; default: the visit + rule "
        "`inspection.rectification_days`",
    )
    note: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _due(self) -> InspectionCreate:
        if self.rectification_due_on is not None and self.rectification_due_on < self.visited_on:
            raise PydanticCustomError("PERIOD_INVERTED", "rectification_due_on is before visited_on")
        if self.rectification_due_on is not None and not any(f.rectification_required for f in self.findings):
            raise PydanticCustomError(
                "RECTIFICATION_NOT_ORDERED",
                "no finding calls for rectification: send no rectification_due_on",
            )
        return self


class FollowUpCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["rectified", "not_rectified"]
    checked_on: dt.date
    note: str | None = Field(default=None, max_length=4000)
    open_case: bool = Field(default=False, description="not rectified: open a case from the findings")
    case_summary: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _case(self) -> FollowUpCreate:
        if self.open_case and self.outcome != "not_rectified":
            raise PydanticCustomError(
                "CASE_NEEDS_NOT_RECTIFIED", "a case is opened on what was not rectified"
            )
        return self


class Inspection(BaseModel):
    id: uuid.UUID
    plan_id: uuid.UUID | None
    institution_id: str
    county_code: str
    visited_on: dt.date
    inspectors: list[str]
    findings: list[Finding]
    documents: list[Document]
    rectification_due_on: dt.date | None
    rectification_status: Literal["none", "pending", "rectified", "not_rectified"]
    overdue: bool = Field(description="pending past its deadline")
    followed_up_on: dt.date | None
    follow_up_note: str | None
    case_id: uuid.UUID | None
    note: str | None
    created_by: str
    created_at: dt.datetime


class InspectionList(BaseModel):
    items: list[Inspection]
    next_cursor: str | None = None
