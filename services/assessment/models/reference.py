"""Reference data kept as versioned, editable rows: scale rule sets and the working calendar."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, SmallInteger, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.assessment.models.base import Base, sql_values


class RuleSetStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class CalendarDayKind(StrEnum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"


class RuleSet(Base):
    """One version of the scale (items, bands, combination table, self-assessment grades, policy values).

    ``definition`` is the whole validated document; bands and levels are also kept as rows so that a dry run
    is one SQL statement.
    """

    __tablename__ = "rule_sets"

    version: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    definition: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint(f"status IN {sql_values(RuleSetStatus)}", name="status_known"),)


class RuleSetBand(Base):
    """Indicator total range → grade (0 intact … 3 severe)."""

    __tablename__ = "rule_set_bands"

    version: Mapped[str] = mapped_column(ForeignKey("rule_sets.version"), primary_key=True)
    indicator: Mapped[str] = mapped_column(Text, primary_key=True)
    min_total: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    max_total: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    grade: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False)


class RuleSetLevel(Base):
    """Combination table: (ADL grade, worse of the other two grades) → level 0–5."""

    __tablename__ = "rule_set_levels"

    version: Mapped[str] = mapped_column(ForeignKey("rule_sets.version"), primary_key=True)
    adl_grade: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    other_grade: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False)


class CalendarYear(Base):
    """A year the working calendar knows; a date in any other year is an error, never a guess."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_by: Mapped[str] = mapped_column(Text, nullable=False)


class CalendarDay(Base):
    """Every day of a known year: working or not, and why (weekend, holiday, make-up workday)."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("calendar_years.year", ondelete="CASCADE"), nullable=False)
    is_workday: Mapped[bool] = mapped_column(Boolean, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint(f"kind IN {sql_values(CalendarDayKind)}", name="kind_known"),)


class AccountingUnit(Base):
    """An accounting county (统筹区): the same units as enrollment's, loaded with the reference data. A county
    a request names (an expert's counties, a spot check's, a list's filter) must be one of them."""

    __tablename__ = "accounting_units"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
