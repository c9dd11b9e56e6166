from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

Channel = Literal["phone", "hotline_12345", "letter", "visit", "online"]
Status = Literal["received", "assigned", "handled", "closed"]
StepName = Literal["receive", "assign", "handle", "supervise", "follow_up"]


class ComplaintCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Channel
    received_on: dt.date
    complainant_name: str = Field(min_length=1, max_length=100)
    complainant_phone: str | None = Field(default=None, pattern=r"^[0-9+\- ]{5,20}$")
    county_code: str = Field(pattern=r"^[0-9]{6}$")
    institution_id: str | None = Field(
        default=None, max_length=100, description="the institution complained of"
    )
    contractor_id: uuid.UUID | None = Field(default=None, description="the contractor complained of")
    summary: str = Field(min_length=1, max_length=4000)


class AssignmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignee_kind: Literal["contractor", "bureau_officer"]
    contractor_id: uuid.UUID | None = Field(default=None, description="a contractor of the county")
    officer: str | None = Field(default=None, max_length=100, description="the bureau officer")
    assigned_on: dt.date
    note: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _assignee(self) -> AssignmentCreate:
        if self.assignee_kind == "contractor" and (self.contractor_id is None or self.officer is not None):
            raise PydanticCustomError(
                "ASSIGNEE_INCOMPLETE", "a contractor assignee is named by contractor_id"
            )
        if self.assignee_kind == "bureau_officer" and (not self.officer or self.contractor_id is not None):
            raise PydanticCustomError("ASSIGNEE_INCOMPLETE", "a bureau officer assignee is named by officer")
        return self


class HandlingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    result: str = Field(min_length=1, max_length=4000)
    handled_on: dt.date


class SupervisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(min_length=1, max_length=2000)


class FollowUpCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    satisfied: bool
    followed_up_on: dt.date
    note: str | None = Field(default=None, max_length=2000)


class Step(BaseModel):
    step: StepName
    on: dt.date
    note: str | None
    due_on: dt.date | None = Field(description="the deadline of the step this one opened")
    by: str
    at: dt.datetime


class Complaint(BaseModel):
    id: uuid.UUID
    number: str
    channel: Channel
    complainant_name: str = Field(description="masked (张*) but to the bureau")
    complainant_phone: str | None = Field(description="masked (138****1234) but to the bureau")
    county_code: str
    institution_id: str | None
    contractor_id: uuid.UUID | None
    summary: str
    received_on: dt.date
    status: Status
    assignee_kind: Literal["contractor", "bureau_officer"] | None
    assignee_contractor_id: uuid.UUID | None
    assignee_officer: str | None
    step_due_on: dt.date | None = Field(description="the deadline of the current step (rule data)")
    due_on: dt.date = Field(
        description="closed on time when closed by this day (rule `complaint.close_days`)"
    )
    overdue: bool = Field(description="the current step is past its deadline")
    result: str | None
    closed_on: dt.date | None
    closed_on_time: bool | None = Field(description="null while open")
    reopened: int = Field(description="times a follow-up found the complainant not satisfied")
    supervised: int = Field(description="times the bureau pressed it (督办)")
    case_id: uuid.UUID | None = Field(description="the case it opened, if any")
    steps: list[Step]
    created_at: dt.datetime


class ComplaintList(BaseModel):
    items: list[Complaint]
    next_cursor: str | None = None
