"""An evaluation scheme's document: indicators (dimension, weight, source, the KPI of a computed one,
scoring bands), grades with their consequences, and the objection window. Every item carries
``confirmed`` and ``rule_source``: no seed gives weights, bands or grades, so the reference drafts ship
every item unconfirmed, quoting what the seeds do say."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

SubjectKind = Literal["contractor", "institution", "expert"]
PeriodKind = Literal["month", "quarter", "half_year", "year"]
Dimension = Literal["quantity", "quality", "efficiency", "satisfaction"]
IndicatorSource = Literal["computed", "manual", "survey", "third_party"]
SchemeStatus = Literal["draft", "approved"]
Points = int
KPI_CODE = r"^(enrollment|assessment|settlement|oversight)\.[a-z0-9_]+$"


class Flagged(BaseModel):
    """Whether the item's values are confirmed by a source, and which."""

    model_config = ConfigDict(extra="forbid")

    confirmed: bool = Field(default=False, description="false: no source fixes these values yet")
    rule_source: str = Field(min_length=1, max_length=1000, description="where the values come from")


class Band(BaseModel):
    """A measured value within ``[from_value, to_value]`` (either end open when null) earns ``points_bp``.
    A ratio is measured in basis points (10000 = 100 %), days, counts and fen as they are, a survey as its
    mean score × 100 (0–10000). The first band that holds the value counts; none: 0 points."""

    model_config = ConfigDict(extra="forbid")

    from_value: int | None = None
    to_value: int | None = None
    points_bp: Points = Field(ge=0, le=10000, description="0–100.00 points as 0–10000")


class Indicator(Flagged):
    code: str = Field(pattern=r"^[a-z0-9_]{1,60}$")
    name: str = Field(min_length=1, max_length=200)
    dimension: Dimension
    source: IndicatorSource = Field(
        description="computed (a service's KPI), manual (the bureau), survey (beneficiaries' file), "
        "third_party (an assigned evaluator)"
    )
    kpi_code: str | None = Field(
        default=None,
        pattern=KPI_CODE,
        description="for a computed indicator: `<service>.<indicator code>` of the KPI reports",
    )
    weight_bp: int = Field(ge=0, le=10000, description="the indicators' weights add up to 10000")
    bands: list[Band] = Field(
        default_factory=list, max_length=50, description="value → points (computed and survey indicators)"
    )

    @model_validator(mode="after")
    def _kpi(self) -> Indicator:
        if self.source == "computed" and self.kpi_code is None:
            raise PydanticCustomError("KPI_CODE_REQUIRED", "a computed indicator names its KPI (kpi_code)")
        if self.source != "computed" and self.kpi_code is not None:
            raise PydanticCustomError("KPI_CODE_NOT_ALLOWED", "only a computed indicator names a KPI")
        return self


class Grade(Flagged):
    grade: str = Field(min_length=1, max_length=40)
    min_score_bp: int = Field(ge=0, le=10000, description="the lowest weighted score with this grade")
    fee_release_bp: int = Field(ge=0, le=10000, description="share of the fee at risk that is paid")
    deposit_release_bp: int = Field(ge=0, le=10000, description="share of the quality deposit released")
    renewal_eligible: bool


class Window(Flagged):
    days: int = Field(ge=0, le=365)


class SchemeDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    indicators: list[Indicator] = Field(min_length=1, max_length=100)
    grades: list[Grade] = Field(min_length=1, max_length=20)
    objection_window: Window = Field(
        description="days after publication the subject may object (异议期), rule data"
    )

    @model_validator(mode="after")
    def _coherent(self) -> SchemeDocument:
        codes = [i.code for i in self.indicators]
        if len(codes) != len(set(codes)):
            raise PydanticCustomError("INDICATOR_DUPLICATE", "each indicator code once")
        if sum(i.weight_bp for i in self.indicators) != 10000:
            raise PydanticCustomError("WEIGHTS_NOT_10000", "the indicators' weights add up to 10000 bp")
        grades = [g.grade for g in self.grades]
        if len(grades) != len(set(grades)):
            raise PydanticCustomError("GRADE_DUPLICATE", "each grade once")
        if 0 not in {g.min_score_bp for g in self.grades}:
            raise PydanticCustomError("GRADE_FLOOR_MISSING", "one grade starts at 0 so every score has one")
        return self


class SchemeCreate(SchemeDocument):
    code: str = Field(pattern=r"^[a-z0-9-]{1,60}$", description="a new code, or a new version of one")
    title: str = Field(min_length=1, max_length=200)
    subject_kind: SubjectKind
    period_kind: PeriodKind
    source: str = Field(min_length=1, max_length=1000, description="the scheme's basis (文件, 合同…)")


class SchemeUpdate(SchemeDocument):
    """A draft's document, whole (indicators, grades, window), and optionally its title and source."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    source: str | None = Field(default=None, min_length=1, max_length=1000)


class Scheme(SchemeDocument):
    id: uuid.UUID
    code: str
    version: int
    title: str
    subject_kind: SubjectKind
    period_kind: PeriodKind
    status: SchemeStatus
    source: str
    unconfirmed: list[str] = Field(
        description="the items not confirmed (`indicators.<code>`, `grades.<grade>`, `objection_window`)"
    )
    created_by: str
    created_at: dt.datetime
    approved_by: str | None
    approved_at: dt.datetime | None


class SchemeList(BaseModel):
    items: list[Scheme]
    next_cursor: str | None = None
