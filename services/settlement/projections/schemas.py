"""Requests and answers of the policy calculation (测算) and of a benefit rule set's dry run."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Fen, Month
from services.settlement.models.base import CareMode

CountyCode = Annotated[str, Field(pattern=r"^[0-9]{6}$")]
# a growth assumption in percent (3.5 = +3.5 %), two decimals; -100 % would be nobody left
Percent = Annotated[Decimal, Field(gt=-100, le=1000, decimal_places=2)]
LevelKey = Literal["0", "1", "2", "3", "4", "5"]


# -- the dry run of a rule set over a settled month ----------------------------------------------------------


class DryRunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    month: Month
    county_code: CountyCode | None = Field(default=None, description="one county; left out: every county")


class Amounts(BaseModel):
    """A group's records as settled (``*_before``) and under the replayed rule set (``*_after``), fen."""

    records: int
    records_changed: int = Field(description="records whose eligible amount or fund share changes")
    claimed_fen: int
    eligible_before_fen: int
    eligible_after_fen: int
    fund_before_fen: int
    fund_after_fen: int
    difference_fen: int = Field(description="fund after − fund before")


class DryRunInstitution(Amounts):
    institution_id: str


class DryRunGroup(Amounts):
    """One county × level × care mode, with its institutions (from → to)."""

    county_code: str
    level: str = Field(description="the disability level on the service date; `none` without one")
    care_mode: CareMode
    institutions: list[DryRunInstitution]


class DryRun(BaseModel):
    rule_set_version: str
    rule_set_status: str
    month: dt.date
    counties: list[str] = Field(description="the counties replayed (those with a settled run of the month)")
    groups: list[DryRunGroup]
    totals: Amounts


# -- projections -------------------------------------------------------------------------------------------


class Contribution(BaseModel):
    """The contribution per insured person and year and its split, for one county or city-wide."""

    model_config = ConfigDict(extra="forbid")

    county_code: CountyCode | None = Field(
        default=None, description="left out: city-wide (every county without a row of its own)"
    )
    employer_fen: Fen = 0
    individual_fen: Fen = 0
    fiscal_subsidy_fen: Fen = 0


class Growth(BaseModel):
    """Growth over the base year, in percent (defaults 0): insured persons (income), beneficiaries per
    level and use per care mode (the fund's spending of that level / mode)."""

    model_config = ConfigDict(extra="forbid")

    insured_pct: Percent = Decimal(0)
    beneficiaries_by_level_pct: dict[LevelKey, Percent] = Field(default_factory=dict)
    use_by_mode_pct: dict[CareMode, Percent] = Field(default_factory=dict)


class ProjectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, examples=["2027 方案一：缴费 100 元，居家上限 +10 %"])
    base_year: int = Field(ge=2000, le=2100, description="the settled year whose records are replayed")
    rule_set_version: str = Field(
        min_length=1, max_length=64, description="the (draft) benefit rule set replayed over the base year"
    )
    contributions: list[Contribution] = Field(min_length=1, max_length=100)
    growth: Growth = Field(default_factory=Growth)

    @model_validator(mode="after")
    def one_row_per_county(self) -> ProjectionCreate:
        counties = [c.county_code for c in self.contributions]
        if len(counties) != len(set(counties)):
            raise ValueError("one contribution row per county (and one city-wide row at most)")
        return self


class Cell(BaseModel):
    """One care mode × level of a county: the base year as settled, replayed, and grown."""

    care_mode: str
    level: str
    records: int
    records_changed: int
    claimed_fen: int
    settled_fund_fen: int = Field(description="the fund paid for these records as settled")
    replayed_fund_fen: int = Field(description="the fund the draft pays for the same records")
    expenditure_fen: int = Field(description="replayed, with the growth of the level and the mode")


class CountyProjection(BaseModel):
    county_code: str | None = Field(description="null: the city (the sum of the counties)")
    insured_base: int = Field(description="persons billed for the base year")
    billed_base_fen: int = Field(description="what they were billed for the base year")
    insured: int = Field(description="insured persons after growth")
    income_fen: int
    income_by_source_fen: dict[str, int]
    settled_fund_fen: int = Field(description="the base year's fund paid as settled")
    replayed_fund_fen: int
    expenditure_fen: int
    expenditure_by_mode_fen: dict[str, int]
    expenditure_by_level_fen: dict[str, int]
    result_fen: int = Field(description="income − expenditure")
    surplus_before_fen: int = Field(description="accumulated surplus at the base year's end (ledger)")
    surplus_after_fen: int = Field(description="accumulated surplus after the result; never below 0")
    finance_exposure_fen: int = Field(
        description="the deficit the accumulated surplus cannot cover, borne by the county finance (S003)"
    )
    cells: list[Cell]


class ProjectionOutputs(BaseModel):
    months_replayed: list[str]
    counties: list[CountyProjection]
    city: CountyProjection


class Projection(BaseModel):
    id: uuid.UUID
    name: str
    base_year: int
    rule_set_version: str
    status: str
    progress_bp: int = Field(description="share of the base year's months replayed, basis points")
    inputs: ProjectionCreate
    outputs: ProjectionOutputs | None = None
    error: str | None = None
    created_by: str
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None


class ProjectionSummary(BaseModel):
    """A projection in a list: without its outputs, with its city totals once done."""

    id: uuid.UUID
    name: str
    base_year: int
    rule_set_version: str
    status: str
    progress_bp: int
    created_at: dt.datetime
    finished_at: dt.datetime | None
    city_result_fen: int | None = None
    city_finance_exposure_fen: int | None = None


class ProjectionList(BaseModel):
    items: list[ProjectionSummary]
    next_cursor: str | None = None


class ComparedLine(BaseModel):
    """One county (or the city, ``county_code`` null): a's and b's figures and b − a."""

    county_code: str | None
    a: dict[str, int]
    b: dict[str, int]
    difference: dict[str, int]


class Comparison(BaseModel):
    a: ProjectionSummary
    b: ProjectionSummary
    lines: list[ComparedLine]
