from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.settlement.bounds import Day, PositiveFen

Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class FinanceReceiptCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    amount_fen: PositiveFen
    received_on: Day = Field(description="the day the money reached the fund's account")
    reference: Reference = Field(description="the bank or treasury reference: one receipt of the county")
    memo: Annotated[str, StringConstraints(max_length=1000)] = ""


class FinanceReceipt(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    county_code: str
    amount_fen: int
    received_on: dt.date
    reference: str
    memo: str
    ledger_transaction_id: int
    recorded_by: str
    recorded_at: dt.datetime


class FinanceReceiptList(BaseModel):
    items: list[FinanceReceipt]
    next_cursor: str | None = None


class CountyFinanceOwed(BaseModel):
    county_code: str
    booked_fen: int = Field(description="what the approved clearings put on the county finance, all years")
    received_fen: int = Field(description="what the county finance has paid")
    owed_fen: int = Field(description="what it still owes: the balance of `finance_receivable`")


class FinanceOwedList(BaseModel):
    items: list[CountyFinanceOwed]
    owed_fen: int = Field(description="the counties' sum")
