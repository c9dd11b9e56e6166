"""Read models fed by the enrollment and assessment feeds: who is covered when, who died, which
disability level is valid when, what the fund received. Settlement's checks are SQL over these."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    SmallInteger,
    Text,
    Uuid,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base


class InsuredPerson(Base):
    """An insured person as enrollment announced them (``person.enrolled`` and later changes)."""

    __tablename__ = "insured_persons"

    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    enrolled_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(Text)
    died_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class PersonStatusChange(Base):
    """Every status change with its effective date, in feed order (the history coverage is built from)."""

    __tablename__ = "person_status_changes"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)


class CoveragePeriod(Base):
    """Derived from enrolment and status changes: the person's status over a date range (half open)."""

    __tablename__ = "coverage_periods"

    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    starts_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    ends_before: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Text, nullable=False)


class ContributionReceived(Base):
    """A contribution payment (fund income of the person's county); reversed ones keep their row."""

    __tablename__ = "contributions_received"

    payment_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    payer: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reversed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index(None, "person_id", "year"),
        CheckConstraint("payer IN ('employer', 'individual')", name="payer_known"),
    )


class PersonBill(Base):
    """What one person owes for a year (``bills.issued``) and has paid (``contribution.received`` less
    reversals): the same coverage rule as enrollment's — a year's contribution counts as settled when paid
    in full, and until ``grace_ends_on`` it is not yet missing."""

    __tablename__ = "person_bills"

    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    due_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    paid_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    grace_ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)


class ApplicationReceived(Base):
    """An application for an assessment (``application.received``), for the bureau's views."""

    __tablename__ = "applications_received"

    application_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    accepted: Mapped[bool] = mapped_column(Boolean, nullable=False)

    __table_args__ = (Index(None, "county_code", "received_on"),)


class ContributionsDue(Base):
    """What enrollment billed for a year and county (``bills.generated``), for the bureau's views."""

    __tablename__ = "contributions_due"

    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    county_code: Mapped[str] = mapped_column(Text, primary_key=True)
    bills: Mapped[int] = mapped_column(BigInteger, nullable=False)
    amount_due_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)


class DisabilityLevel(Base):
    """A conclusion in force: level, validity, the assessment rule-set version; ended when superseded
    or revoked (``ends_on`` is the first day it no longer counts)."""

    __tablename__ = "disability_levels"

    conclusion_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    valid_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    rule_set_version: Mapped[str] = mapped_column(Text, nullable=False)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    end_cause: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 5", name="level_range"),)


__all__ = [
    "ApplicationReceived",
    "ContributionReceived",
    "ContributionsDue",
    "CoveragePeriod",
    "DisabilityLevel",
    "InsuredPerson",
    "PersonBill",
    "PersonStatusChange",
]


class CountyScheme(Base):
    """Each unit's scheme start as enrollment announced it (``county.scheme_changed``): service records
    dated before it are cut (``COUNTY_NOT_IN_SCHEME``). The highest version seen is kept."""

    __tablename__ = "county_schemes"

    county_code: Mapped[str] = mapped_column(Text, primary_key=True)
    scheme_start_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
