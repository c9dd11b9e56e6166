from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Fen, Month
from services.settlement.models import ReviewDecision


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_record_id: int = Field(ge=1, le=2**63 - 1)
    decision: Literal["approved", "rejected"]
    reason: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def rejection_needs_reason(self) -> Decision:
        if ReviewDecision(self.decision) is ReviewDecision.REJECTED and not (self.reason or "").strip():
            raise ValueError("a rejection needs a reason")
        return self


class ReviewRequest(BaseModel):
    """Decisions of one review stage; all are applied or none (an unknown record refuses the batch)."""

    model_config = ConfigDict(extra="forbid")

    stage: Literal["first", "second"] = Field(description="first review (初审) or second review (复核)")
    reviewer: str = Field(
        min_length=1, max_length=100, description="the staff member deciding; a second review needs another"
    )
    decisions: list[Decision] = Field(min_length=1, max_length=10_000)

    @model_validator(mode="after")
    def one_decision_per_record(self) -> ReviewRequest:
        ids = [d.service_record_id for d in self.decisions]
        if len(ids) != len(set(ids)):
            raise ValueError("one decision per record")
        return self


class ReviewResult(BaseModel):
    stage: str
    reviewer: str
    approved: int
    rejected: int


class SampleRequest(BaseModel):
    """Pick unsettled records of a county's month for review; the pick is marked on each record."""

    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    month: Month = Field(description="the month: YYYY-MM (any day of it, YYYY-MM-DD, too)")
    method: Literal["random", "amount_above", "deviation"]
    institution_id: str | None = None
    share_bp: int | None = Field(
        default=None, ge=1, le=10_000, description="random: share of the records, basis points"
    )
    seed: str | None = Field(
        default=None, max_length=100, description="random: the same seed picks the same records (replayable)"
    )
    threshold_fen: Fen | None = Field(default=None, description="amount_above: claimed above this")
    deviation_sigmas: float = Field(
        default=3.0,
        gt=0,
        le=20,
        description="deviation: amount or duration this many standard deviations from the institution's "
        "usual for that care mode (the 3 months before, else the month itself)",
    )
    limit: int = Field(default=1000, ge=1, le=10_000)

    @model_validator(mode="after")
    def parameters_of_the_method(self) -> SampleRequest:
        if self.method == "random" and self.share_bp is None:
            raise ValueError("random sampling needs share_bp")
        if self.method == "amount_above" and self.threshold_fen is None:
            raise ValueError("amount_above sampling needs threshold_fen")
        return self


class SampleResult(BaseModel):
    county_code: str
    month: dt.date
    method: str
    seed: str | None
    candidates: int = Field(description="unsettled records the method looked at")
    picked: int
    service_record_ids: list[int]
