"""Performance evaluation (绩效评价): evaluation schemes as versioned rule data, the evaluations made under
an approved version, their third-party assignments, the beneficiary satisfaction surveys imported as files
and those imports' jobs and row errors."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class SubjectKind(StrEnum):
    CONTRACTOR = "contractor"  # 商保经办机构, evaluated on a contract
    INSTITUTION = "institution"  # 协议护理机构
    EXPERT = "expert"  # 评估专家


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class SchemeStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class Dimension(StrEnum):
    """S001 "数量、质量和资金使用效率" and "更侧重受益对象…满意度"."""

    QUANTITY = "quantity"
    QUALITY = "quality"
    EFFICIENCY = "efficiency"
    SATISFACTION = "satisfaction"


class IndicatorSource(StrEnum):
    COMPUTED = "computed"  # from a service's KPI endpoint
    MANUAL = "manual"  # scored by the bureau
    SURVEY = "survey"  # beneficiary satisfaction survey, imported as a file
    THIRD_PARTY = "third_party"  # scored by an assigned evaluator (第三方)


class EvaluationStatus(StrEnum):
    DRAFT = "draft"  # indicators being scored
    SCORED = "scored"  # a total, a grade and its consequences
    PUBLISHED = "published"  # 评价结果向社会公布; open to objection within the window
    OBJECTED = "objected"  # the subject objected; the bureau decides
    FINAL = "final"


class EvaluationScheme(Base):
    """One version of a scheme (``code``, ``version``). ``document`` holds the indicators, grades and the
    objection window, each value with ``confirmed`` and ``source``; an approved version never changes."""

    __tablename__ = "evaluation_schemes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    subject_kind: Mapped[str] = mapped_column(Text, nullable=False)
    period_kind: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    approved_by: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("code", "version"),
        CheckConstraint(f"subject_kind IN {sql_values(SubjectKind)}", name="subject_known"),
        CheckConstraint(f"period_kind IN {sql_values(PeriodKind)}", name="period_known"),
        CheckConstraint(f"status IN {sql_values(SchemeStatus)}", name="status_known"),
        CheckConstraint("version >= 1", name="version_positive"),
    )


class Evaluation(Base):
    """An evaluation of one subject for one period under one approved scheme version. ``scores`` maps an
    indicator's code to its score (``points_bp``, ``value``, who and when); ``evidence`` holds the KPI
    reports fetched, as they were (the snapshot); ``history`` each step with who, when and why."""

    __tablename__ = "evaluations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    scheme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation_schemes.id"), nullable=False)
    scheme_code: Mapped[str] = mapped_column(Text, nullable=False)
    scheme_version: Mapped[int] = mapped_column(Integer, nullable=False)
    subject_kind: Mapped[str] = mapped_column(Text, nullable=False)
    subject_id: Mapped[str] = mapped_column(Text, nullable=False)
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contracts.id"))
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    period_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    scores: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, server_default="[]")
    score_bp: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(Text)
    fee_release_bp: Mapped[int | None] = mapped_column(Integer)
    deposit_release_bp: Mapped[int | None] = mapped_column(Integer)
    renewal_eligible: Mapped[bool | None] = mapped_column()
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    objection_until: Mapped[dt.date | None] = mapped_column(Date)
    objection: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    finalized_on: Mapped[dt.date | None] = mapped_column(Date)
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, server_default="[]")
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("scheme_code", "subject_kind", "subject_id", "period_from", "period_to"),
        CheckConstraint(f"status IN {sql_values(EvaluationStatus)}", name="status_known"),
        CheckConstraint(f"subject_kind IN {sql_values(SubjectKind)}", name="subject_known"),
        CheckConstraint("period_to >= period_from", name="period_ordered"),
        CheckConstraint("score_bp IS NULL OR score_bp BETWEEN 0 AND 10000", name="score_range"),
        CheckConstraint("cardinality(county_codes) > 0", name="has_counties"),
        Index(None, "county_codes", postgresql_using="gin"),
        Index(None, "subject_kind", "subject_id"),
        Index(None, "contract_id"),
    )


class EvaluationAssignment(Base):
    """A third-party indicator of an evaluation assigned by the bureau to an evaluator client (第三方)."""

    __tablename__ = "evaluation_assignments"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(Text, primary_key=True)
    evaluator_client_id: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    assigned_by: Mapped[str] = mapped_column(Text, nullable=False)
    assigned_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class SurveyResponse(Base):
    """One beneficiary's answer to a survey indicator of an evaluation (0–100), from an imported file."""

    __tablename__ = "evaluation_survey_responses"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(Text, primary_key=True)
    respondent_ref: Mapped[str] = mapped_column(Text, primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    surveyed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    import_job_id: Mapped[uuid.UUID] = mapped_column(nullable=False)

    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),)


class SurveyImport(Base):
    __tablename__ = "survey_imports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), nullable=False, index=True)
    format: Mapped[str] = mapped_column(Text, nullable=False)
    imported_by: Mapped[str] = mapped_column(Text, nullable=False)
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_created: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_unchanged: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class SurveyImportError(Base):
    __tablename__ = "survey_import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_imports.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    field: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
