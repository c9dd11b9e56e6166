from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from services.settlement.bounds import Day, PositiveFen


class AccountBalance(BaseModel):
    account: str
    name: str
    kind: str
    balance_fen: int = Field(
        description="debit positive: assets and expenses positive, income and liabilities negative"
    )


class AccountList(BaseModel):
    county_code: str
    items: list[AccountBalance]
    total_fen: int = Field(description="always 0: every transaction balances")


class LegOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    account: str
    institution_id: str | None
    amount_fen: int


class TransactionOut(BaseModel):
    id: int
    client_id: str
    county_code: str
    posted_on: dt.date
    kind: str
    memo: str
    reverses_id: int | None
    legs: list[LegOut]


class TransactionList(BaseModel):
    items: list[TransactionOut]
    next_cursor: str | None = None


class FiscalSubsidyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    amount_fen: PositiveFen
    received_on: Day
    reference: str = Field(
        min_length=1, max_length=100, description="the finance bureau's transfer reference"
    )


class FiscalSubsidy(FiscalSubsidyCreate):
    transaction_id: int = Field(description="the ledger transaction that posted it")
