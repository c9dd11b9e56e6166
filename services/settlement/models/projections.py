"""The policy calculation (测算): projection jobs over a draft benefit rule set, their inputs and outputs."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, SmallInteger, Text, Uuid, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base, one_of


class ProjectionStatus(StrEnum):
    """queued → running → succeeded, or failed (with its error)."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Projection(Base):
    """One projection: what the bureau asked (``inputs``) and what the replay found (``outputs``).

    Run in the background by the service's projection worker, which claims a queued row with
    ``FOR UPDATE SKIP LOCKED`` (so any process of the service may run it, each job once) and reports its
    progress (months replayed, in basis points of the year) as it goes.
    """

    __tablename__ = "projections"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    name: Mapped[str] = mapped_column(Text, nullable=False)
    base_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    rule_set_version: Mapped[str] = mapped_column(ForeignKey("benefit_rule_sets.version"), nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=ProjectionStatus.QUEUED.value)
    progress_bp: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    inputs: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    outputs: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    error: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(ProjectionStatus)), name="status_known"),
        CheckConstraint("progress_bp BETWEEN 0 AND 10000", name="progress_range"),
        Index("ix_projections_queued", "created_at", postgresql_where=text("status = 'queued'")),
    )
