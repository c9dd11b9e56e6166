from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_id: uuid.UUID = Field(description="enrollment's id of the insured person")
    self_assessment: dict[str, str] = Field(
        description="table B: each of feeding, continence, bathing, dressing, toileting, transfer → "
        "independent / partly / dependent"
    )
    disabled_since: dt.date = Field(description="since when, after treatment, the person is disabled")
    care_institution_id: str | None = None
    family_doctor_id: str | None = Field(default=None, description="expert id or code of the family doctor")
    materials_complete: bool


class Transition(BaseModel):
    from_status: str | None
    to_status: str
    at: dt.datetime
    by: str
    note: str | None


class DrawSummary(BaseModel):
    id: uuid.UUID
    round: int
    current: bool
    panel: list[str]
    reason: str | None
    drawn_at: dt.datetime


class ScoreOut(BaseModel):
    expert_id: uuid.UUID
    round: int
    items: dict[str, int]
    adl_total: int
    cognition_total: int
    perception_total: int
    level: int
    rule_set_version: str


class ConclusionOut(BaseModel):
    id: uuid.UUID
    round: int
    computed_level: int
    level: int
    override_reason: str | None
    rule_set_version: str
    concluded_on: dt.date
    valid_from: dt.date
    valid_to: dt.date
    status: str


class ObjectionOut(BaseModel):
    reason: str
    received_on: dt.date
    reassessment_due_on: dt.date
    outcome: str | None
    fee_fen: int | None
    fee_borne_by: str | None


class Application(BaseModel):
    id: uuid.UUID
    kind: str
    person_id: str
    county_code: str
    status: str
    round: int
    reason_codes: list[str]
    self_assessment_grade: str | None
    care_institution_id: str | None
    rule_set_version: str
    received_on: dt.date
    onsite_due_on: dt.date | None
    publicity_ends_on: dt.date | None
    served_on: dt.date | None
    objection_due_on: dt.date | None
    overdue: bool
    history: list[Transition] = Field(default_factory=list)
    draws: list[DrawSummary] = Field(default_factory=list)
    scores: list[ScoreOut] = Field(default_factory=list)
    conclusions: list[ConclusionOut] = Field(default_factory=list)
    objection: ObjectionOut | None = None


class ApplicationList(BaseModel):
    items: list[Application]
    next_cursor: str | None = None


class ScoreCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expert_id: uuid.UUID
    items: dict[str, int] = Field(description="the 17 items of the scale, item code → points")
    visit_minutes: int | None = Field(default=None, ge=1, le=24 * 60)


class ConclusionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: int | None = Field(default=None, ge=0, le=5, description="omit to confirm the computed level")
    override_reason: str | None = None
    confirming_expert_ids: list[uuid.UUID] = Field(description="panel experts confirming the conclusion")


class ConclusionResult(BaseModel):
    conclusion: ConclusionOut
    assessor_levels: dict[str, int]
    differs_from_conclusion: list[str] = Field(
        description="experts whose own level differs from the conclusion"
    )


class ObjectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1)


class DisabilityLevel(BaseModel):
    conclusion_id: uuid.UUID
    application_id: uuid.UUID | None = Field(description="null for a level migrated from the old system")
    level: int
    valid_from: dt.date
    valid_to: dt.date
    status: str
    rule_set_version: str
    ended_on: dt.date | None = None
    revoke_reason: str | None = None
    origin: Literal["assessed", "migrated"] = Field(
        "assessed", description="assessed on the platform, or migrated from the old system by a level import"
    )
    migration_ref: str | None = Field(None, description="the old system's reference of a migrated level")
    import_job_id: uuid.UUID | None = Field(None, description="the level import that brought it in")


class RevocationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Literal["DECEASED", "MISTAKEN"] = Field(
        description="DECEASED: the person died (contractor or bureau); MISTAKEN: the bureau withdraws a "
        "conclusion that should not have been made (false materials, a wrong person, a procedural error)"
    )
    effective_on: dt.date = Field(
        description="no level from this day on: the day after death, or the conclusion's valid_from to void "
        "it from the start"
    )
    note: str = Field(min_length=1, max_length=2000)


class DisabilityLevels(BaseModel):
    person_id: str
    current: DisabilityLevel | None
    history: list[DisabilityLevel]
