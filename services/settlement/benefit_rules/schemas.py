from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Day, Fen
from services.settlement.models.base import CareMode

Parameter = Literal[
    "quality_deposit_bp",
    "checkin_max_distance_m",
    "regular_times_min_visits",
    "family_caregivers_need_training",
    "family_personal_care_max_bp",
]
PARAMETERS: tuple[Parameter, ...] = get_args(Parameter)


class BenefitRule(BaseModel):
    """One level in one care mode (and institution kind, or ``any``)."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)

    level: int = Field(ge=0, le=5)
    care_mode: CareMode
    institution_kind: Literal["any", "elderly_care", "medical", "home_care"] = "any"
    daily_cap_fen: Fen | None = Field(default=None, description="cap per day (元/床日 etc.), fen")
    monthly_cap_fen: Fen | None = Field(default=None, description="fixed cap per month, fen")
    monthly_cap_share_bp: int | None = Field(
        default=None, ge=0, le=10_000, description="monthly cap as a share of the version's base amount"
    )
    fund_share_bp: int = Field(ge=0, le=10_000, description="share the fund pays, basis points (8000 = 80 %)")
    monthly_minutes: int | None = Field(
        default=None,
        ge=0,
        le=44_640,
        description="service time a month of this level in this mode gives, in minutes (600 = 10 h); "
        "a record beyond it is cut OVER_MONTHLY_HOURS; null: no limit",
    )
    unconfirmed_fields: list[Annotated[str, Field(max_length=64)]] = Field(
        default_factory=list, max_length=10
    )


class BenefitRuleSetCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", examples=["WZ-2027"])
    effective_from: Day
    base_amount_fen: Fen | None = None
    source: str = Field(min_length=1, max_length=2000)
    unconfirmed: bool = False
    quality_deposit_bp: int | None = Field(
        default=None,
        ge=0,
        le=10_000,
        description="share of each payment withheld as quality deposit, basis points; "
        "left out: that of the version in force on effective_from",
    )
    checkin_max_distance_m: int | None = Field(
        default=None,
        ge=0,
        le=100_000,
        description="a home visit checked in farther from the home is cut; left out: as before",
    )
    regular_times_min_visits: int | None = Field(
        default=None,
        ge=2,
        le=1_000,
        description="this many visits in a month, all at one start time, are flagged; left out: as before",
    )
    family_caregivers_need_training: bool | None = Field(
        default=None,
        description="whether a family caregiver without a valid training certificate is cut "
        "(CAREGIVER_UNTRAINED) like a care worker; left out: as before (shipped: false, unconfirmed)",
    )
    family_personal_care_max_bp: int | None = Field(
        default=None,
        ge=0,
        le=10_000,
        description="the most of a person's family-care month (by the items' minimum minutes) that "
        "personal-care items (生活照料) may take, basis points; beyond it the month's family-care "
        "records are flagged FAMILY_PERSONAL_CARE_SHARE; left out: as before (shipped: no limit, "
        "unconfirmed)",
    )
    unconfirmed_fields: list[Parameter] = Field(
        default_factory=list, max_length=5, description="parameters given here that are not confirmed"
    )
    rules: list[BenefitRule] = Field(min_length=1)
    status: Literal["draft", "published"] = Field(
        default="published",
        description="published (in force from effective_from, the default) or a draft for dry runs and "
        "projections (测算), published later by POST /benefit-rules/{version}/publish",
    )

    @model_validator(mode="after")
    def shares_need_a_base(self) -> BenefitRuleSetCreate:
        if self.base_amount_fen is None and any(r.monthly_cap_share_bp is not None for r in self.rules):
            raise ValueError("monthly_cap_share_bp needs base_amount_fen")
        keys = [(r.level, r.care_mode, r.institution_kind) for r in self.rules]
        if len(keys) != len(set(keys)):
            raise ValueError("one rule per level × care mode × institution kind")
        return self


class BenefitRuleSet(BaseModel):
    version: str
    effective_from: dt.date
    base_amount_fen: int | None
    source: str
    unconfirmed: bool
    quality_deposit_bp: int
    checkin_max_distance_m: int
    regular_times_min_visits: int
    family_caregivers_need_training: bool
    family_personal_care_max_bp: int | None = None
    unconfirmed_fields: list[str] = Field(description="parameters of the version that are not confirmed")
    rules: list[BenefitRule]
    status: Literal["draft", "published"]
    published_at: dt.datetime | None = None


class BenefitRuleSetList(BaseModel):
    items: list[BenefitRuleSet]
    next_cursor: str | None = None
