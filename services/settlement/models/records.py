"""Service records submitted by institutions, their check results and reviews; import jobs; disputes."""

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
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import CARE_MODES, Base, one_of


class ReviewDecision(StrEnum):
    """A reviewer's decision on a service record (first review 初审, second review 复核)."""

    APPROVED = "approved"
    REJECTED = "rejected"


class DisputeStatus(StrEnum):
    """A dispute is open until the contractor upholds or rejects it."""

    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"


class ServiceRecord(Base):
    """One service as the institution reported it (its own ``record_id``) and its review.

    ``county_code`` is the person's accounting county (the fund that pays), else the institution's.
    What the checks made of it lives in ``RecordCheck`` rows: the records of a month are written once and
    never rewritten by a check or a settlement. No foreign key to the institution (a trigger per inserted
    record): the intake, the only writer, inserts the institution it has just read, and institutions are
    never deleted.
    """

    __tablename__ = "service_records"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    record_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    caregiver_code: Mapped[str | None] = mapped_column(Text)
    care_mode: Mapped[str] = mapped_column(Text, nullable=False)
    service_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    items: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    checkin_lat: Mapped[float | None] = mapped_column(Float)
    checkin_lon: Mapped[float | None] = mapped_column(Float)
    amount_claimed_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    import_job_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    submitted_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    sampled_for_review: Mapped[str | None] = mapped_column(Text)
    first_review: Mapped[str | None] = mapped_column(Text)
    first_reviewer: Mapped[str | None] = mapped_column(Text)
    first_review_reason: Mapped[str | None] = mapped_column(Text)
    first_reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    second_review: Mapped[str | None] = mapped_column(Text)
    second_reviewer: Mapped[str | None] = mapped_column(Text)
    second_review_reason: Mapped[str | None] = mapped_column(Text)
    second_reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("institution_id", "record_id"),
        Index(None, "county_code", "service_date"),
        Index(None, "person_id", "service_date"),
        Index(None, "institution_id", "service_date"),
        # the records picked for review, for oversight's KPIs (a small share of a year's records)
        Index(
            "ix_service_records_sampled",
            "county_code",
            "service_date",
            postgresql_where=text("sampled_for_review IS NOT NULL"),
        ),
        CheckConstraint(one_of("care_mode", CARE_MODES), name="care_mode_known"),
        CheckConstraint("amount_claimed_fen >= 0", name="claim_not_negative"),
        CheckConstraint(one_of("first_review", tuple(ReviewDecision)), name="first_review_known"),
        CheckConstraint(one_of("second_review", tuple(ReviewDecision)), name="second_review_known"),
    )


class RecordCheck(Base):
    """What one check pass made of one record; insert-only.

    A settlement run writes one row per record of its (county, month) with ``run_id``; the record is
    settled while that run is ``settled``, and a re-settlement's rows replace a superseded run's (which are
    kept). A check without settlement (``service-records:check``) writes rows without a run, replaced by
    the next check or settlement of the month. No foreign keys: rows are only written by the checks, in
    bulk, from records and runs they have just read.
    """

    __tablename__ = "service_record_checks"

    record_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    run_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    reason_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    review_flags: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    fund_share_bp: Mapped[int | None] = mapped_column(Integer)
    eligible_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    fund_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    person_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deducted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (
        Index(
            "ix_service_record_checks_pending",
            "county_code",
            "month",
            postgresql_where=text("run_id IS NULL"),
        ),
        # the records a settled run's checks cut, for oversight's KPIs
        Index("ix_service_record_checks_cut", "run_id", postgresql_where=text("deducted_fen > 0")),
        # a run's results, for the policy calculation's replay of a settled month (测算)
        Index("ix_service_record_checks_run", "run_id", postgresql_where=text("run_id IS NOT NULL")),
    )


class ImportJob(Base):
    """A batch or a month's file of service records: counts, and a per-row error report."""

    __tablename__ = "service_record_imports"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), nullable=False, index=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    rows_total: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    rows_accepted: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    rows_already_received: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ImportError_(Base):
    __tablename__ = "service_record_import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_record_imports.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    record_id: Mapped[str | None] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text, nullable=False)


class Dispute(Base):
    """An institution's dispute (申诉) of a deduction: once per record; upheld → paid as an adjustment."""

    __tablename__ = "disputes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    service_record_id: Mapped[int] = mapped_column(
        ForeignKey("service_records.id"), nullable=False, unique=True
    )
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    care_mode: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=DisputeStatus.OPEN.value)
    raised_by: Mapped[str] = mapped_column(Text, nullable=False)
    raised_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    decided_by: Mapped[str | None] = mapped_column(Text)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    adjustment_fen: Mapped[int | None] = mapped_column(BigInteger)
    paid_in_run_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSONB)

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(DisputeStatus)), name="status_known"),
        CheckConstraint("adjustment_fen >= 0", name="adjustment_not_negative"),
        Index(None, "county_code", "status"),
    )
