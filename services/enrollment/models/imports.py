"""Bulk import jobs and their per-row error reports."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, CheckConstraint, DateTime, ForeignKey, Integer, Text, Uuid, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.enrollment.models.base import Base


class ImportJob(Base):
    """One uploaded file: what it held and what became of each row."""

    __tablename__ = "import_jobs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    format: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    client_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_codes: Mapped[list[str] | None] = mapped_column(ARRAY(Text), nullable=True)
    content_sha256: Mapped[str | None] = mapped_column(Text, nullable=True)
    bytes_received: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_created: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_unchanged: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    problem_code: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (
        CheckConstraint("kind IN ('persons', 'payments')", name="kind_known"),
        CheckConstraint("format IN ('csv', 'jsonl')", name="format_known"),
        CheckConstraint("status IN ('completed', 'failed')", name="status_known"),
    )


class ImportRowError(Base):
    """Why one row of an import was not taken."""

    __tablename__ = "import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_jobs.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
