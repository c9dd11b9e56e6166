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
    Index,
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


class CaregiverCategory(StrEnum):
    """Who may care (S003 §二(六)): "明确具有执业医师、执业护士、康复治疗师等医学相关专业人员符合护理服务
    从业条件；其他从业人员需经规范化培训合格后上岗". The three licensed categories care on their licence
    (number required); a trained care worker needs a valid training certificate on the service date;
    whether a family caregiver does is the rule set's flagged ``family_caregivers_need_training``."""

    LICENSED_PHYSICIAN = "licensed_physician"  # 执业医师
    LICENSED_NURSE = "licensed_nurse"  # 执业护士
    REHABILITATION_THERAPIST = "rehabilitation_therapist"  # 康复治疗师
    TRAINED_CARE_WORKER = "trained_care_worker"  # 其他从业人员: 规范化培训合格后上岗
    FAMILY_CAREGIVER = "family_caregiver"  # 家属 / 指定人员 (居家护理)


LICENSED_CATEGORIES = (
    CaregiverCategory.LICENSED_PHYSICIAN,
    CaregiverCategory.LICENSED_NURSE,
    CaregiverCategory.REHABILITATION_THERAPIST,
)


class Caregiver(Base):
    """A caregiver registered by real name, with the qualification and how long it is valid, the category
    that says whether a training certificate is needed, the licence of a licensed category and the ID number
    certificates are matched on (nullable: caregivers registered before either was asked for)."""

    __tablename__ = "caregivers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), nullable=False)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    real_name: Mapped[str] = mapped_column(Text, nullable=False)
    qualification: Mapped[str] = mapped_column(Text, nullable=False)
    qualified_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    qualified_until: Mapped[dt.date] = mapped_column(Date, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    licence_number: Mapped[str | None] = mapped_column(Text)
    id_number: Mapped[str | None] = mapped_column(Text, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("institution_id", "code"),
        CheckConstraint(one_of("category", tuple(CaregiverCategory)), name="category_known"),
    )


class CaregiverCertificate(Base):
    """A training certificate (规范化培训合格证) as oversight's feed announced it (``training.passed``),
    replaced whole by each event of the certificate: it proves training for service dates from
    ``issued_on`` to ``valid_until`` (a revoked certificate's ``valid_until`` is the day before the
    revocation took effect, which may be before ``issued_on``: never valid)."""

    __tablename__ = "caregiver_certificates"

    certificate_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    certificate_number: Mapped[str] = mapped_column(Text, nullable=False)
    holder_id_number: Mapped[str] = mapped_column(Text, nullable=False)
    holder_name: Mapped[str] = mapped_column(Text, nullable=False)
    course_code: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    issued_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[dt.date] = mapped_column(Date, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (Index(None, "holder_id_number", "issued_on"),)


class ClientHome(Base):
    """Where a person served at home lives, as the institution registered it (check-in distance)."""

    __tablename__ = "client_homes"

    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    latitude: Mapped[float] = mapped_column(Float, nullable=False)
    longitude: Mapped[float] = mapped_column(Float, nullable=False)
