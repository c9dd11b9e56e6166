"""The training register (规范化培训, S003 §二(六) and annex 1 #9 "开设针对性护理培训并进行考核"): courses,
exam sessions, each candidate's result, result imports with their row errors, and the certificates issued
to those who passed — recorded by 人社 (``human_resources``) and the bureau."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class CertificateStatus(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"


class TrainingCourse(Base):
    """A course (培训项目) by its code: name, hours, provider."""

    __tablename__ = "training_courses"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    hours: Mapped[int] = mapped_column(Integer, nullable=False)
    provider: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (CheckConstraint("hours > 0", name="hours_positive"),)


class TrainingSession(Base):
    """An exam session (考核) of a course: when and where."""

    __tablename__ = "training_sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    course_code: Mapped[str] = mapped_column(ForeignKey("training_courses.code"), nullable=False, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class TrainingResult(Base):
    """One candidate's result in a session, by ID number: passed or failed, with the score (0–100)."""

    __tablename__ = "training_results"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_sessions.id"), primary_key=True)
    holder_id_number: Mapped[str] = mapped_column(Text, primary_key=True)
    holder_name: Mapped[str] = mapped_column(Text, nullable=False)
    score: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    import_job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_result_imports.id"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),)


class TrainingResultImport(Base):
    __tablename__ = "training_result_imports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_sessions.id"), nullable=False)
    format: Mapped[str] = mapped_column(Text, nullable=False)
    client_id: Mapped[str] = mapped_column(Text, nullable=False)
    imported_by: Mapped[str] = mapped_column(Text, nullable=False)
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_created: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_unchanged: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class TrainingResultImportError(Base):
    __tablename__ = "training_result_import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_result_imports.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)


class TrainingCertificate(Base):
    """A certificate (培训合格证) issued to a holder who passed a session of the course: valid from
    ``issued_on`` to ``valid_until``; revoked (with the day it took effect and why) it holds until the day
    before ``revoked_on``."""

    __tablename__ = "training_certificates"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    holder_id_number: Mapped[str] = mapped_column(Text, nullable=False)
    holder_name: Mapped[str] = mapped_column(Text, nullable=False)
    course_code: Mapped[str] = mapped_column(ForeignKey("training_courses.code"), nullable=False)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_sessions.id"), nullable=False)
    issued_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revocation_reason: Mapped[str | None] = mapped_column(Text)
    issued_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(CertificateStatus)}", name="status_known"),
        CheckConstraint("valid_until >= issued_on", name="validity_ordered"),
        CheckConstraint("(status = 'revoked') = (revoked_on IS NOT NULL)", name="revocation_dated"),
        Index(None, "holder_id_number"),
    )
