from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Day, Month, PositiveFen


class RunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    month: Month = Field(description="the month to settle: YYYY-MM (any day of it, YYYY-MM-DD, too)")
    resettle: bool = Field(default=False, description="explicitly reverse the settled run and settle again")
    reason: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def resettle_needs_reason(self) -> RunCreate:
        if self.resettle and not self.reason:
            raise ValueError("a re-settlement needs a reason")
        return self


class Statement(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    run_id: uuid.UUID
    institution_id: str
    county_code: str
    month: dt.date
    records: int
    claimed_fen: int
    deducted_fen: int
    deducted_by_reason: dict[str, int]
    eligible_fen: int
    fund_payable_fen: int
    person_share_fen: int
    adjustments_fen: int = Field(description="upheld disputes of earlier months paid with this run")
    deposit_withheld_fen: int
    recoveries_netted_fen: int = Field(
        description="open recoveries (追回) of the institution netted against this statement (a line)"
    )
    net_payable_fen: int = Field(description="what is paid out: the fund's share, adjustments, less both")
    fund_by_mode: dict[str, int]
    paid_fen: int = Field(
        default=0, description="paid out against this statement so far (`GET /settlement-runs/{id}/payments`)"
    )


class Run(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    county_code: str
    month: dt.date
    status: str
    resettles_run_id: uuid.UUID | None
    resettle_reason: str | None
    created_by: str
    created_at: dt.datetime
    records: int
    claimed_fen: int
    deducted_fen: int
    fund_payable_fen: int
    person_share_fen: int
    adjustments_fen: int
    deposit_withheld_fen: int
    recoveries_netted_fen: int
    net_payable_fen: int
    ledger_transaction_id: int | None
    statements: list[Statement] = Field(default_factory=list)


class StatementList(BaseModel):
    items: list[Statement]
    next_cursor: str | None = None


class PaymentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    institution_id: str
    amount_fen: PositiveFen
    paid_on: Day
    reference: str = Field(min_length=1, max_length=100, description="the bank transfer reference")


class Payment(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    run_id: uuid.UUID
    institution_id: str
    amount_fen: int
    paid_on: dt.date
    reference: str
    ledger_transaction_id: int


class PaymentList(BaseModel):
    items: list[Payment]
    paid_fen: int = Field(description="the sum of the payouts listed")
