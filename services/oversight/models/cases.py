"""Cases of suspected violations (打击违规): where they came from, their evidence and the institution's
statements, the status history, the bureau's decision with its sanctions, and the money ordered recovered
(追回) with what settlement last said of it (``recovery.changed``)."""

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
    Identity,
    Integer,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class CaseStatus(StrEnum):
    OPEN = "open"
    INVESTIGATING = "investigating"
    DECIDED = "decided"
    CLOSED = "closed"


class CaseSource(StrEnum):
    FINDING = "finding"  # an inspection's finding
    REVIEW = "review"  # a settlement service record under review
    COMPLAINT = "complaint"
    DATA_RULE = "data_rule"  # a rule run over the data (e.g. a check's pattern)


class CaseSubject(StrEnum):
    INSTITUTION = "institution"  # 协议护理机构
    CONTRACTOR = "contractor"  # 商保经办机构, under one of its contracts


class CaseOutcome(StrEnum):
    VIOLATION = "violation"
    NO_VIOLATION = "no_violation"


class SanctionKind(StrEnum):
    WARNING = "warning"  # 警告
    RECTIFICATION = "rectification"  # 限期整改
    SUSPENSION = "suspension"  # 暂停协议
    TERMINATION = "termination"  # 解除协议
    CREDIT_RECORD = "credit_record"  # 信用记录, with a ban period
    REFERRAL = "referral"  # 移交 (to whom)


class SanctionStatus(StrEnum):
    IN_FORCE = "in_force"
    LIFTED = "lifted"


class EntryKind(StrEnum):
    EVIDENCE = "evidence"  # gathered by the bureau or the contractor
    STATEMENT = "statement"  # the institution's own (陈述申辩)


class RecoveryStatus(StrEnum):
    """As settlement reports it; ``ordered`` until settlement has booked it."""

    ORDERED = "ordered"
    OPEN = "open"
    NETTED = "netted"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    subject_kind: Mapped[str] = mapped_column(
        Text, nullable=False, server_default=CaseSubject.INSTITUTION.value
    )
    institution_id: Mapped[str | None] = mapped_column(Text, index=True)
    contractor_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    contract_id: Mapped[uuid.UUID | None] = mapped_column()  # the contract the contractor's conduct was under
    county_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column()
    service_record_id: Mapped[int | None] = mapped_column(BigInteger)
    complaint_id: Mapped[uuid.UUID | None] = mapped_column()
    data_rule: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    outcome: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(Text)
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(CaseStatus)}", name="status_known"),
        CheckConstraint(f"source IN {sql_values(CaseSource)}", name="source_known"),
        CheckConstraint(f"outcome IS NULL OR outcome IN {sql_values(CaseOutcome)}", name="outcome_known"),
        CheckConstraint(f"subject_kind IN {sql_values(CaseSubject)}", name="subject_known"),
        CheckConstraint(
            "(subject_kind = 'institution' AND institution_id IS NOT NULL AND contractor_id IS NULL"
            " AND contract_id IS NULL) OR (subject_kind = 'contractor' AND institution_id IS NULL"
            " AND contractor_id IS NOT NULL AND contract_id IS NOT NULL)",
            name="subject_named",
        ),
    )


class CaseStatusChange(Base):
    """Who moved a case to which status, when and why (append-only)."""

    __tablename__ = "case_status_changes"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class CaseEntry(Base):
    """Evidence gathered, or the institution's statement: text and documents (``{name, reference, sha256,
    content_type}``, metadata only)."""

    __tablename__ = "case_entries"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    documents: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_role: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (CheckConstraint(f"kind IN {sql_values(EntryKind)}", name="kind_known"),)


class Sanction(Base):
    __tablename__ = "sanctions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # its place in the decision
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    referred_to: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    lift_reason: Mapped[str | None] = mapped_column(Text)
    lifted_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"kind IN {sql_values(SanctionKind)}", name="kind_known"),
        CheckConstraint(f"status IN {sql_values(SanctionStatus)}", name="status_known"),
        CheckConstraint("ends_on IS NULL OR ends_on >= effective_on", name="period_ordered"),
    )


class Recovery(Base):
    """Money ordered recovered on a case, and the amounts settlement last reported for it."""

    __tablename__ = "recoveries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # its place in the decision
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    paid_in_year: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decided_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    netted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    repaid_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    written_off_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    outstanding_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    source_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(RecoveryStatus)}", name="status_known"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint(
            "netted_fen >= 0 AND repaid_fen >= 0 AND written_off_fen >= 0 AND outstanding_fen >= 0",
            name="amounts_not_negative",
        ),
    )
