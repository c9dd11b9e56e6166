"""Contracted care institutions (协议定点), their agreements, caregivers and clients' homes."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Text,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import INSTITUTION_KINDS, Base, one_of


class InstitutionStatus(StrEnum):
    """Where an institution's agreement stands."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Institution(Base):
    """A contracted institution; ``id`` is its opaque code (also its API client's ``institution_id``)."""

    __tablename__ = "institutions"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    beds: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    care_modes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    agreement_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    agreement_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=InstitutionStatus.ACTIVE.value)
    suspended_from: Mapped[dt.date | None] = mapped_column(Date)
    suspended_until: Mapped[dt.date | None] = mapped_column(Date)
    termination_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(one_of("kind", INSTITUTION_KINDS), name="kind_known"),
        CheckConstraint(one_of("status", tuple(InstitutionStatus)), name="status_known"),
        CheckConstraint("agreement_from <= agreement_to", name="agreement_dates"),
        CheckConstraint("beds >= 0", name="beds_not_negative"),
    )


class Caregiver(Base):
    """A caregiver registered by real name, with the qualification and how long it is valid."""

    __tablename__ = "caregivers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), nullable=False)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    real_name: Mapped[str] = mapped_column(Text, nullable=False)
    qualification: Mapped[str] = mapped_column(Text, nullable=False)
    qualified_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    qualified_until: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (UniqueConstraint("institution_id", "code"),)


class ClientHome(Base):
    """Where a person served at home lives, as the institution registered it (check-in distance)."""

    __tablename__ = "client_homes"

    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    latitude: Mapped[float] = mapped_column(Float, nullable=False)
    longitude: Mapped[float] = mapped_column(Float, nullable=False)
