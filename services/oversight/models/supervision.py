"""What oversight supervises institutions with: its mirror of settlement's institutions (fed by
``institution.changed``), and its own rule data (deadlines, ban periods) — versioned, flagged confirmed or
unconfirmed with their source."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, DateTime, Integer, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base


class InstitutionMirror(Base):
    """A contracted institution as settlement last announced it (``institution.changed``): what a case, an
    inspection or a complaint may name, and the county that scopes it. ``source_seq`` is the feed position of
    the state held, so an older event retried late never overwrites a newer one."""

    __tablename__ = "institutions"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    source_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class OversightRule(Base):
    """One version of a rule of supervision (``key``): an integer value in ``unit``, confirmed or not, with
    its source. The version in force is the highest; a change is a new version (the old ones are kept)."""

    __tablename__ = "rules"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )
