"""Daily inspection (日常巡查, S003 §二(十)): plans of visits to institutions, the visits with their findings
and documents, and the follow-up of the rectification they ordered."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Text, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class FindingSeverity(StrEnum):
    MINOR = "minor"
    SERIOUS = "serious"
    CRITICAL = "critical"


class RectificationStatus(StrEnum):
    NONE = "none"  # nothing to rectify
    PENDING = "pending"  # ordered, not yet followed up
    RECTIFIED = "rectified"
    NOT_RECTIFIED = "not_rectified"


class InspectionPlan(Base):
    """A plan of visits for a period: its counties and the institutions to visit (``institution_ids``)."""

    __tablename__ = "inspection_plans"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    period_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    institution_ids: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("period_to >= period_from", name="period_ordered"),
        CheckConstraint("cardinality(county_codes) > 0", name="plan_has_counties"),
        Index(None, "county_codes", postgresql_using="gin"),
    )


class Inspection(Base):
    """One visit of an institution: when, by whom, what was found (``findings``: ``{kind, severity,
    description}``), the documents and photos (``documents``: ``{name, reference, sha256, content_type}`` —
    metadata only), the rectification ordered and its follow-up."""

    __tablename__ = "inspections"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspection_plans.id"), index=True)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    inspectors: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    documents: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    rectification_due_on: Mapped[dt.date | None] = mapped_column(Date)
    rectification_status: Mapped[str] = mapped_column(Text, nullable=False)
    followed_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(
            f"rectification_status IN {sql_values(RectificationStatus)}", name="rectification_known"
        ),
    )
