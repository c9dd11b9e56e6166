"""Reference data: accounting units (counties) with their insured targets, and the contribution policy."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.enrollment.models.base import Base


class County(Base):
    """An accounting unit (核算单位): a county, district, county-level city or development zone.

    The code is the unit's own; 330371 (温州经开区) is not an ID-card address code.
    """

    __tablename__ = "counties"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("code ~ '^[0-9]{6}$'", name="code_six_digits"),
        CheckConstraint(
            "kind IN ('district', 'county', 'county_city', 'development_zone')", name="kind_known"
        ),
    )


class CountyScheme(Base):
    """One version of a unit's scheme start (when the unit joined the LTCI scheme), with its basis.

    Versions are never overwritten: a change by the bureau is a new row (who, when, why), and the newest
    row of a unit is the one in force. Before ``scheme_start_on`` nothing of the unit is insured: no
    enrolment, bill, application or paid service record (``COUNTY_NOT_IN_SCHEME``).
    """

    __tablename__ = "county_schemes"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    county_code: Mapped[str] = mapped_column(ForeignKey("counties.code"), nullable=False)
    scheme_start_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    basis: Mapped[str] = mapped_column(Text, nullable=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (Index(None, "county_code", "id"),)


class CountyInsuredTarget(Base):
    """Insured persons per unit and year, with the plan's targets (seed 003, annex 2)."""

    __tablename__ = "county_insured_targets"

    county_code: Mapped[str] = mapped_column(ForeignKey("counties.code"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    employee_insured: Mapped[int] = mapped_column(Integer, nullable=False)
    target_assured: Mapped[int] = mapped_column(Integer, nullable=False)
    target_stretch: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)


class ContributionPolicy(Base):
    """The contribution rule of one year (筹资标准): amount per person and how it is shared."""

    __tablename__ = "contribution_policies"

    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    amount_per_person_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    employer_share_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    individual_share_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    grace_period_days: Mapped[int] = mapped_column(Integer, nullable=False)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    first_year_rule: Mapped[str] = mapped_column(Text, nullable=False)
    channels_by_category: Mapped[dict[str, list[str]]] = mapped_column(JSONB, nullable=False)
    unconfirmed_fields: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(
            "employer_share_fen + individual_share_fen = amount_per_person_fen", name="shares_add_up"
        ),
        CheckConstraint("employer_share_fen >= 0 AND individual_share_fen >= 0", name="shares_not_negative"),
        CheckConstraint("grace_period_days >= 0", name="grace_not_negative"),
        CheckConstraint("extract(year FROM due_on) = year", name="due_in_year"),
        CheckConstraint("first_year_rule IN ('full', 'none', 'pro_rata')", name="first_year_rule_known"),
    )
