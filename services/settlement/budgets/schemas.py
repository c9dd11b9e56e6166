from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from services.settlement.models import BudgetLineCode, BudgetStatus, CareMode
from shared.patch import PatchModel

Fen = Annotated[int, Field(ge=0, le=10**15)]
Count = Annotated[int, Field(ge=0, le=10**8)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]


class Assumptions(BaseModel):
    """What the budget's figures rest on (预算编制依据)."""

    model_config = ConfigDict(extra="forbid")

    insured: Count = Field(description="insured persons expected on average in the year")
    beneficiaries_by_level: dict[Literal["1", "2", "3", "4", "5"], Count] = Field(
        default_factory=dict, description="beneficiaries expected per disability level (失能等级)"
    )
    unit_cost_fen_by_mode: dict[CareMode, Fen] = Field(
        default_factory=dict, description="the fund's cost per beneficiary-month in each care mode, fen"
    )
    notes: Text | None = None


class BudgetLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    line: BudgetLineCode
    amount_fen: Fen


def _distinct(lines: list[BudgetLineIn]) -> list[BudgetLineIn]:
    seen = [x.line for x in lines]
    if len(seen) != len(set(seen)):
        raise ValueError("each line at most once")
    return lines


class BudgetCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    year: int = Field(ge=2000, le=2100)
    lines: list[BudgetLineIn] = Field(
        min_length=1, description="lines not sent are 0; each line at most once"
    )
    assumptions: Assumptions
    adjustment_reason: Text | None = Field(
        default=None, description="required once a version is approved: this version is an adjustment"
    )

    _lines = field_validator("lines")(_distinct)


class BudgetUpdate(PatchModel):
    """A draft's lines (the whole set), assumptions or adjustment reason."""

    lines: list[BudgetLineIn] | None = Field(default=None, min_length=1)
    assumptions: Assumptions | None = None
    adjustment_reason: Text | None = None

    @field_validator("lines")
    @classmethod
    def _lines(cls, lines: list[BudgetLineIn] | None) -> list[BudgetLineIn] | None:
        return None if lines is None else _distinct(lines)


class BudgetStatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["submitted", "approved", "draft"] = Field(
        description="submitted (a draft); approved (a submitted one, with finance's reference); draft (a "
        "submitted one returned)"
    )
    finance_approval_reference: Text | None = Field(
        default=None, description="the finance department's approval (财政批复文号), required to approve"
    )
    reason: Text | None = None


class BudgetLine(BaseModel):
    line: BudgetLineCode
    amount_fen: int


class Budget(BaseModel):
    id: uuid.UUID
    county_code: str
    year: int
    version: int
    status: BudgetStatus
    adjustment_reason: str | None
    lines: list[BudgetLine] = Field(description="every line, 0 where none was budgeted")
    income_fen: int
    expense_fen: int
    result_fen: int = Field(description="income − expense")
    assumptions: dict[str, Any]
    finance_approval_reference: str | None
    status_history: list[dict[str, Any]]
    created_by: str
    created_at: dt.datetime
    approved_at: dt.datetime | None


class BudgetList(BaseModel):
    items: list[Budget]
    next_cursor: str | None = None


class CountyBudget(BaseModel):
    county_code: str
    budget_id: uuid.UUID | None = Field(description="the approved version; null when none is approved")
    version: int | None
    lines: list[BudgetLine]
    income_fen: int
    expense_fen: int


class CityBudget(BaseModel):
    """The city's budget: the sum of the counties' approved versions (全市统一编制)."""

    year: int
    counties_approved: int
    counties_without_budget: list[str]
    lines: list[BudgetLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    counties: list[CountyBudget]


class ExecutionLine(BaseModel):
    line: BudgetLineCode
    budget_fen: int
    actual_fen: int = Field(description="from the ledger, 1 January to the end of the month")
    execution_bp: int | None = Field(
        description="actual ÷ budget in basis points; null when nothing budgeted"
    )
    projected_year_end_fen: int = Field(description="actual ÷ months elapsed × 12")


class CountyExecution(BaseModel):
    county_code: str = Field(description="a county, or `city` for the sum")
    budget_version: int | None
    lines: list[ExecutionLine]
    income_budget_fen: int
    income_actual_fen: int
    expense_budget_fen: int
    expense_actual_fen: int


class BudgetExecution(BaseModel):
    """Budget execution (预算执行) to the end of ``month``, per county and for the city."""

    year: int
    month: dt.date
    months_elapsed: int
    counties: list[CountyExecution]
    city: CountyExecution
