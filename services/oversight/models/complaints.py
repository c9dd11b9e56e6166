"""Complaints (投诉), handled in seed 002's loop "受理、分流、处置、督办、回访": received, assigned, handled,
supervised when overdue, followed up (satisfied closes, not satisfied reopens)."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Identity, Integer, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class ComplaintStatus(StrEnum):
    RECEIVED = "received"  # 受理
    ASSIGNED = "assigned"  # 分流
    HANDLED = "handled"  # 处置
    CLOSED = "closed"  # 回访: satisfied


class ComplaintChannel(StrEnum):
    PHONE = "phone"
    HOTLINE_12345 = "hotline_12345"
    LETTER = "letter"
    VISIT = "visit"
    ONLINE = "online"


class ComplaintStep(StrEnum):
    RECEIVE = "receive"
    ASSIGN = "assign"
    HANDLE = "handle"
    SUPERVISE = "supervise"
    FOLLOW_UP = "follow_up"


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    channel: Mapped[str] = mapped_column(Text, nullable=False)
    complainant_name: Mapped[str] = mapped_column(Text, nullable=False)
    complainant_phone: Mapped[str | None] = mapped_column(Text)
    county_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    institution_id: Mapped[str | None] = mapped_column(Text)
    contractor_id: Mapped[uuid.UUID | None] = mapped_column()
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    assignee_kind: Mapped[str | None] = mapped_column(Text)
    assignee_contractor_id: Mapped[uuid.UUID | None] = mapped_column()
    assignee_officer: Mapped[str | None] = mapped_column(Text)
    step_due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    result: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    reopened: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    supervised: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(ComplaintStatus)}", name="status_known"),
        CheckConstraint(f"channel IN {sql_values(ComplaintChannel)}", name="channel_known"),
    )


class ComplaintEvent(Base):
    """One step of a complaint's loop (append-only): who, when, what."""

    __tablename__ = "complaint_steps"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), nullable=False, index=True)
    step: Mapped[str] = mapped_column(Text, nullable=False)
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    by: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (CheckConstraint(f"step IN {sql_values(ComplaintStep)}", name="step_known"),)
