from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.settlement.bounds import PositiveFen


class DisputeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, description="why the deduction is wrong")


class DisputeDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["upheld", "rejected"]
    reason: str = Field(min_length=1, max_length=2000)
    adjustment_fen: PositiveFen | None = Field(
        default=None,
        description="upheld: what the fund pays with the next settlement; default the fund's share of the "
        "deduction; at most the deduction",
    )


class Dispute(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    service_record_id: int = Field(description="the platform's id of the record (`id` of the record)")
    institution_id: str
    county_code: str
    care_mode: str
    reason: str
    status: str
    raised_by: str
    raised_at: dt.datetime
    decided_by: str | None
    decision_reason: str | None
    decided_at: dt.datetime | None
    adjustment_fen: int | None
    paid_in_run_id: uuid.UUID | None = Field(description="the settlement run that paid the adjustment")


class DisputeList(BaseModel):
    items: list[Dispute]


class DisputeListed(Dispute):
    """A dispute in a list, with what its record's current results deduct (so a queue needs no call per
    record to show what is at stake)."""

    record_id: str = Field(description="the institution's own id of the record")
    service_date: dt.date
    deducted_fen: int | None = Field(description="what the record's current results deduct")
    reason_codes: list[str] = Field(description="the record's current reason codes")


class DisputePage(BaseModel):
    items: list[DisputeListed]
    next_cursor: str | None = None
