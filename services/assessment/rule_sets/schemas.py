from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Indicator = Literal["adl", "cognition", "perception"]
INDICATORS: tuple[Indicator, ...] = ("adl", "cognition", "perception")
GRADE_LABELS = ("能力完好", "轻度受损", "中度受损", "重度受损")
LEVEL_LABELS = ("基本正常", "轻度失能", "中度失能", "重度失能Ⅰ级", "重度失能Ⅱ级", "重度失能Ⅲ级")
SELF_GRADES = ("A", "B", "C", "D", "E", "F", "G")
POLICY_KEYS = (
    "min_disabled_months",
    "panel_size",
    "min_confirming_experts",
    "validity_months_severe",
    "validity_months_other",
    "benefits_start_months_after",
    "onsite_deadline_working_days",
    "publicity_working_days",
    "objection_window_working_days",
    "reassessment_deadline_working_days",
    "reassessment_fee_fen",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PointValue(_Strict):
    points: int = Field(ge=0, le=100)
    label: str | None = None
    confirmed: bool


class Item(_Strict):
    code: str = Field(pattern=r"^[a-z][a-z_]{1,40}$")
    indicator: Indicator
    label: str
    values: list[PointValue] = Field(min_length=1)
    confirmed: bool = Field(description="the item and its wording")


class Band(_Strict):
    indicator: Indicator
    grade: int = Field(ge=0, le=3, description="0 能力完好, 1 轻度受损, 2 中度受损, 3 重度受损")
    min_total: int = Field(ge=0)
    max_total: int = Field(ge=0)
    confirmed: bool


class LevelCell(_Strict):
    adl_grade: int = Field(ge=0, le=3)
    other_grade: int = Field(ge=0, le=3, description="the worse of the cognition and perception grades")
    level: int = Field(ge=0, le=5)
    confirmed: bool


class Activity(_Strict):
    code: str
    label: str
    activity_class: Literal["a", "b"]


class SelfGrade(_Strict):
    grade: Literal["A", "B", "C", "D", "E", "F", "G"]
    pairs: list[tuple[int, int]] = Field(description="(a, b): dependent activities of class a and b")
    confirmed: bool


class SelfAssessmentTable(_Strict):
    activities: list[Activity]
    grades: list[SelfGrade]
    eligible_grades: list[Literal["A", "B", "C", "D", "E", "F", "G"]]
    confirmed: bool


class PolicyValue(_Strict):
    value: int = Field(ge=0)
    confirmed: bool
    note: str | None = None


class RuleSetDocument(_Strict):
    """A whole rule-set version; every value carries ``confirmed``."""

    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", examples=["NHSA-2021-37"])
    title: str
    source: str
    items: list[Item]
    bands: list[Band]
    levels: list[LevelCell]
    self_assessment: SelfAssessmentTable
    policy: dict[str, PolicyValue]


class RuleSet(RuleSetDocument):
    status: Literal["draft", "published"]
    created_at: dt.datetime
    published_at: dt.datetime | None
    unconfirmed: list[str] = Field(description="paths of every value shipped unconfirmed")


class RuleSetSummary(BaseModel):
    version: str
    title: str
    status: str
    published_at: dt.datetime | None
    unconfirmed_count: int


class RuleSetList(BaseModel):
    items: list[RuleSetSummary]
    next_cursor: str | None = None


class LevelChange(BaseModel):
    county_code: str
    from_level: int
    to_level: int
    persons: int


class CountyDryRun(BaseModel):
    county_code: str
    assessed: int
    changed: int


class DryRun(BaseModel):
    version: str
    compared: int = Field(description="conclusions in force replayed")
    changed: int
    changes: list[LevelChange]
    counties: list[CountyDryRun]
