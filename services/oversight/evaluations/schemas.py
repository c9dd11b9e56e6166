"""Evaluations' requests and answers."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from services.oversight.schemes.schemas import IndicatorSource, SubjectKind

EvaluationStatus = Literal["draft", "scored", "published", "objected", "final"]


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scheme_id: uuid.UUID = Field(description="an approved scheme version")
    subject_kind: SubjectKind
    subject_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="settlement's institution code or the expert's id; a contractor's is its contract's",
    )
    contract_id: uuid.UUID | None = Field(
        default=None, description="for a contractor: the contract evaluated"
    )
    county_codes: list[str] | None = Field(
        default=None, min_length=1, max_length=20, description="an institution's or expert's county"
    )
    period_from: dt.date
    period_to: dt.date

    @model_validator(mode="after")
    def _period(self) -> EvaluationCreate:
        if self.period_to < self.period_from:
            raise PydanticCustomError("PERIOD_INVERTED", "period_to is before period_from")
        return self


class KpiBatchCreate(BaseModel):
    """Fetch the KPIs of every evaluation of one scheme version and period still being scored."""

    model_config = ConfigDict(extra="forbid")

    scheme_id: uuid.UUID = Field(description="the scheme version the evaluations are made under")
    period_from: dt.date
    period_to: dt.date


class KpiBatchItem(BaseModel):
    id: uuid.UUID
    subject_kind: SubjectKind
    subject_id: str
    status: EvaluationStatus


class KpiBatch(BaseModel):
    """What one batch fetch did: the evaluations it scored, and how many calls each provider took."""

    scheme_id: uuid.UUID
    period_from: dt.date
    period_to: dt.date
    evaluations: list[KpiBatchItem] = Field(description="the evaluations whose KPIs were fetched, by id")
    calls: dict[str, int] = Field(
        description="calls made per provider: one per grouping, plus one per subject no group answers"
    )


class IndicatorScore(BaseModel):
    indicator_code: str
    source: IndicatorSource
    weight_bp: int
    value: int | None = Field(description="the measured value (computed, survey); null for a given score")
    points_bp: int = Field(description="0–100.00 points as 0–10000")
    scored_by: str
    scored_at: dt.datetime
    note: str | None = None
    evidence: dict[str, Any] | None = Field(
        default=None, description="what the value was read from (the KPI's numerator, denominator, unit)"
    )


class Assignment(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    indicator_code: str
    evaluator_client_id: str
    assigned_by: str
    assigned_at: dt.datetime


class Step(BaseModel):
    status: EvaluationStatus
    by: str
    at: dt.datetime
    note: str | None = None


class Objection(BaseModel):
    reason: str
    indicator_codes: list[str]
    by: str
    at: dt.datetime


class Decision(BaseModel):
    upheld: bool
    reason: str
    rescored: list[str]
    by: str
    at: dt.datetime


class Evaluation(BaseModel):
    id: uuid.UUID
    scheme_id: uuid.UUID
    scheme_code: str
    scheme_version: int
    subject_kind: SubjectKind
    subject_id: str
    contract_id: uuid.UUID | None
    county_codes: list[str]
    period_from: dt.date
    period_to: dt.date
    status: EvaluationStatus
    scores: list[IndicatorScore]
    missing: list[str] = Field(description="indicators without a score yet")
    score_bp: int | None
    grade: str | None
    fee_release_bp: int | None
    deposit_release_bp: int | None
    renewal_eligible: bool | None
    published_on: dt.date | None
    objection_until: dt.date | None = Field(description="the last day the subject may object")
    objection: Objection | None
    decision: Decision | None
    finalized_on: dt.date | None
    assignments: list[Assignment]
    evidence: list[dict[str, Any]] = Field(
        description="the KPI reports fetched, as answered (snapshots: service, fetched_at, report)"
    )
    history: list[Step]
    created_at: dt.datetime


class EvaluationList(BaseModel):
    items: list[Evaluation]
    next_cursor: str | None = None


class ScoreCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    indicator_code: str = Field(min_length=1, max_length=60)
    points_bp: int = Field(ge=0, le=10000, description="0–100.00 points as 0–10000")
    note: str | None = Field(default=None, max_length=2000)


class AssignmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    indicator_code: str = Field(min_length=1, max_length=60)
    evaluator_client_id: str = Field(
        min_length=1, max_length=100, description="the evaluator's API client id (第三方机构)"
    )


class StepCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=2000)


class ObjectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=4000)
    indicator_codes: list[str] = Field(default_factory=list, max_length=100)


class Rescore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    indicator_code: str = Field(min_length=1, max_length=60)
    points_bp: int = Field(ge=0, le=10000)


class DecisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    upheld: bool = Field(description="true: the objection holds and the scores below replace the old ones")
    reason: str = Field(min_length=1, max_length=4000)
    scores: list[Rescore] = Field(default_factory=list, max_length=100)

    @model_validator(mode="after")
    def _rescored_only_if_upheld(self) -> DecisionCreate:
        if self.scores and not self.upheld:
            raise PydanticCustomError("RESCORE_NOT_UPHELD", "scores change only when the objection is upheld")
        return self


class SurveyImport(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    evaluation_id: uuid.UUID
    format: Literal["csv", "jsonl"]
    imported_by: str
    rows_total: int
    rows_created: int = Field(description="responses recorded")
    rows_unchanged: int = Field(
        description="the same respondent's answer to the indicator was recorded before"
    )
    rows_failed: int = Field(description="rows refused; see the error report")
    created_at: dt.datetime


SURVEY_COLUMNS_DOC = (
    "respondent_ref (the survey's own reference of the beneficiary; no ID number), indicator_code (a survey "
    "indicator of the evaluation's scheme), score (a whole number 0–100), surveyed_on (YYYY-MM-DD, within "
    "the evaluated period), comment (optional)"
)
