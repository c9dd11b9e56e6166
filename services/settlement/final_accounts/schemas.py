from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.settlement.models import BudgetLineCode, FinalAccountsStatus

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class FinalAccountsCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    year: int = Field(ge=2000, le=2100)


class FinalAccountsApproval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    approval_reference: Text = Field(description="the approval of the final accounts (决算批复文号)")


class FinalLine(BaseModel):
    line: BudgetLineCode
    budget_fen: int = Field(description="the approved budget's line (0 without a budget)")
    final_fen: int = Field(description="what the ledger shows for the year")
    variance_fen: int = Field(description="final − budget")


class FinalAccounts(BaseModel):
    id: uuid.UUID
    county_code: str
    year: int
    status: FinalAccountsStatus
    clearing_id: uuid.UUID
    budget_id: uuid.UUID | None = Field(description="the budget version approved at the time; null: none")
    budget_version: int | None
    lines: list[FinalLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
    approval_reference: str | None
    created_by: str
    created_at: dt.datetime
    approved_by: str | None
    approved_at: dt.datetime | None


class FinalAccountsList(BaseModel):
    items: list[FinalAccounts]
    next_cursor: str | None = None


class CityFinalAccounts(BaseModel):
    """The city's final accounts: the sum of the counties' (approved ones, and drafts named apart)."""

    year: int
    counties_approved: list[str]
    counties_draft: list[str]
    counties_missing: list[str]
    lines: list[FinalLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
