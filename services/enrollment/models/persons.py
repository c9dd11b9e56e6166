"""Employers, insured persons and their status history."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.enrollment.models.base import Base

CATEGORIES = ("employee", "retiree", "flexible")


class PersonStatus(StrEnum):
    """A person's status from a date on: insured from enrolment, then as recorded (deceased is final)."""

    INSURED = "insured"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    DECEASED = "deceased"


STATUSES = tuple(s.value for s in PersonStatus)
_STATUS_KNOWN = "status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + ")"


class Employer(Base):
    """An employer (用人单位), by its unified social credit code."""

    __tablename__ = "employers"

    credit_code: Mapped[str] = mapped_column(String(18, collation="C"), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(ForeignKey("counties.code"), nullable=False, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class Person(Base):
    """An insured person (参保人). ``status``/``status_on`` repeat the latest status change for lists.

    The first status, ``insured`` from ``enrolled_on``, is implied by the enrolment itself (recorded by
    ``enrolled_by``, by import ``enrolment_import_id``); ``person_status_changes`` holds the changes after it.
    No foreign keys to counties or employers: a bulk import of millions of rows would fire a row trigger
    per key, and both are checked before any insert (the API and the import's SQL checks). Ids are
    time-ordered (UUIDv7) so that a bulk load appends to the indexes instead of scattering over them.
    """

    __tablename__ = "persons"

    id: Mapped[uuid.UUID] = mapped_column(
        Uuid, primary_key=True, server_default=text("enrollment.time_ordered_uuid()")
    )
    id_number: Mapped[str] = mapped_column(String(18, collation="C"), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sex: Mapped[str] = mapped_column(Text, nullable=False)
    birth_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(String(6), nullable=False)
    employer_credit_code: Mapped[str | None] = mapped_column(String(18, collation="C"), nullable=True)
    enrolled_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    enrolled_by: Mapped[str] = mapped_column(Text, nullable=False)
    enrolment_import_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=PersonStatus.INSURED.value)
    status_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("sex IN ('male', 'female')", name="sex_known"),
        CheckConstraint("category IN ('employee', 'retiree', 'flexible')", name="category_known"),
        CheckConstraint(_STATUS_KNOWN, name="status_known"),
        CheckConstraint(
            "category <> 'employee' OR employer_credit_code IS NOT NULL", name="employee_has_employer"
        ),
        Index(None, "county_code", "id"),
        # lists by status other than insured (the rare ones); an import of insured persons adds nothing here
        Index(None, "county_code", "status", "id", postgresql_where=text("status <> 'insured'")),
    )


class PersonStatusChange(Base):
    """A change of status from a date on (参保状态变更), after the implied first ``insured`` one."""

    __tablename__ = "person_status_changes"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(_STATUS_KNOWN, name="status_known"),
        Index(None, "person_id", "effective_on", "id"),
    )


class PersonCountyChange(Base):
    """A transfer of a person to another accounting county (统筹区转移), decided by the bureau. Bills and
    payments made before it stay with the county they were made in."""

    __tablename__ = "person_county_changes"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)
    from_county_code: Mapped[str] = mapped_column(String(6), nullable=False)
    county_code: Mapped[str] = mapped_column(String(6), nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (CheckConstraint("from_county_code <> county_code", name="another_county"),)
