from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.settlement.bounds import Day, PositiveFen
from services.settlement.models import RecoveryMovementKind, RecoveryStatus


class RepaymentCreate(BaseModel):
    """Money the institution paid back into the fund's account."""

    model_config = ConfigDict(extra="forbid")

    amount_fen: PositiveFen
    paid_on: Day
    reference: str = Field(
        min_length=1, max_length=100, description="the bank transfer's reference: one repayment"
    )


class WriteOffCreate(BaseModel):
    """What the bureau gives up recovering (核销), with why."""

    model_config = ConfigDict(extra="forbid")

    amount_fen: PositiveFen | None = Field(default=None, description="all that is outstanding when left out")
    written_off_on: Day
    reason: str = Field(min_length=1, max_length=1000)
    reference: str = Field(min_length=1, max_length=100, description="the decision's number: one write-off")


class Movement(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: RecoveryMovementKind
    amount_fen: int
    moved_on: dt.date
    run_id: uuid.UUID | None = Field(description="the settlement run that netted it")
    reference: str | None
    reason: str | None
    ledger_transaction_id: int | None = Field(description="a netting's legs are in its run's transaction")
    cancelled_by_run_id: uuid.UUID | None = Field(
        description="a netting undone when a re-settlement superseded its run (netted again by the new one)"
    )
    recorded_by: str


class Recovery(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    institution_id: str
    county_code: str
    amount_fen: int
    paid_in_year: int
    decided_on: dt.date
    reason: str
    booked_against: Literal["expense", "income"] = Field(
        description="the expense of the year paid (its books open), or a recovery income (that year closed)"
    )
    booked_on: dt.date
    netted_fen: int
    repaid_fen: int
    written_off_fen: int
    outstanding_fen: int
    status: RecoveryStatus
    ledger_transaction_id: int = Field(description="the booking of the receivable")


class RecoveryDetail(Recovery):
    movements: list[Movement] = Field(default_factory=list)
    ledger_transaction_ids: list[int] = Field(
        default_factory=list, description="every ledger transaction of it: the booking, nettings, repayments"
    )


class RecoveryList(BaseModel):
    items: list[Recovery]
    next_cursor: str | None = None
