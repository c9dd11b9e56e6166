"""The quarterly bulletin (数据通报) and its targets."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

InstitutionKind = Literal["elderly_care", "medical", "home_care"]


class BulletinTarget(BaseModel):
    """One version of a target the bulletin measures against (versioned reference data)."""

    code: str
    version: int
    title: str
    value: int = Field(description="persons (city_insured) or institutions per county")
    due_on: dt.date = Field(description="by when")
    institution_kinds: list[str] = Field(description="the institution kinds counted (institution targets)")
    confirmed: bool
    rule_source: str = Field(description="where the value comes from (the seed's words)")
    reason: str | None
    created_by: str
    created_at: dt.datetime


class BulletinTargetCreate(BaseModel):
    """A new version of a known target."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=64, description="a target the bulletin knows")
    value: int = Field(ge=0, le=100_000_000)
    due_on: dt.date
    institution_kinds: list[InstitutionKind] | None = Field(
        default=None, description="institution targets: the kinds counted (unchanged when absent)"
    )
    confirmed: bool
    rule_source: str = Field(min_length=1, max_length=500)
    reason: str = Field(min_length=1, max_length=500, description="why the target changes")


class BulletinTargetList(BaseModel):
    items: list[BulletinTarget] = Field(description="every target's latest version, then the older ones")


class Milestone(BaseModel):
    """Annex 1 item 6 for one county: institutions of the kinds contracted by the due date."""

    code: str
    due_on: dt.date
    required: int
    contracted_by_due_date: int = Field(description="contracted (agreement in force) on the due date")
    met: bool | None = Field(description="null while the due date lies after the quarter's end")


class CountyBulletin(BaseModel):
    """One county's line of the bulletin (or the city's: ``county_code`` `city`, no rank)."""

    county_code: str
    rank: int | None = Field(description="1 = furthest towards its 确保数; null on the city's line")
    insured: int = Field(description="insured on the quarter's last day (enrollment)")
    target_assured: int = Field(description="确保数 (seed 003 annex 2)")
    target_stretch: int = Field(description="力争数 (seed 003 annex 2)")
    insured_vs_assured_bp: int | None
    insured_vs_stretch_bp: int | None
    contributions_due_fen: int = Field(description="the year's bills (enrollment)")
    contributions_collected_fen: int = Field(description="paid on them by the quarter's end")
    contributions_collected_bp: int | None
    applications: int = Field(description="initial applications received in the quarter (assessment)")
    assessments_due: int = Field(description="on-site assessments whose deadline fell in the quarter")
    assessments_on_time: int
    assessments_on_time_bp: int | None
    levels_in_force: dict[str, int] = Field(description="persons by level 3–5 (重度失能) on the last day")
    beneficiaries: int = Field(description="persons the quarter's settled runs paid for")
    spending_by_mode_fen: dict[str, int] = Field(description="benefit expenditure of the quarter by mode")
    spending_fen: int
    home_visit_bp: int | None = Field(description="home visits' share of the spending (鼓励…上门护理)")
    fund_balance_fen: int = Field(description="cash + receivables − payables − deposits at the quarter's end")
    accumulated_surplus_fen: int
    expense_budget_fen: int = Field(description="the approved budget's expense lines for the year")
    expense_actual_fen: int = Field(description="spent from 1 January to the quarter's end")
    budget_execution_bp: int | None
    institutions_by_kind: dict[str, int] = Field(description="contracted on the quarter's last day")
    milestones: list[Milestone]
    experts_in_pool: int = Field(description="active experts serving the county (assessment)")
    caregivers_trained: int = Field(
        description="caregivers of the county's institutions licensed or holding a valid training certificate"
    )


class CityTarget(BaseModel):
    code: str
    due_on: dt.date
    target: int
    insured: int
    share_bp: int | None
    met: bool | None = Field(description="null while the due date lies after the quarter's end")


class Bulletin(BaseModel):
    """The quarterly data bulletin (数据通报, S003 §三(三) and annex 1 item 11)."""

    year: int
    quarter: int
    period_from: dt.date
    period_to: dt.date
    ranked_by: str = Field(description="what orders the counties")
    counties: list[CountyBulletin] = Field(description="by rank (a contractor: its counties only)")
    city: CountyBulletin
    city_insured: CityTarget | None = Field(description="the city's insured target, when one is known")
    targets: list[BulletinTarget] = Field(description="the target versions measured against")
    notes: list[str]
