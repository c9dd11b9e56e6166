"""Applications and everything recorded on them: history, panel draws, scores, conclusions, objections,
spot checks."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    SmallInteger,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.assessment.models.base import Base, sql_values


class ApplicationKind(StrEnum):
    INITIAL = "initial"
    SPOT_CHECK = "spot_check"


class ApplicationStatus(StrEnum):
    """The states of an application (the machine is ``applications.service.TRANSITIONS``)."""

    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    PANEL_DRAWN = "panel_drawn"
    SCORED = "scored"
    CONCLUDED = "concluded"
    IN_PUBLICITY = "in_publicity"
    OBJECTED = "objected"
    REJECTED = "rejected"
    SERVED = "served"


OPEN_STATUSES = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.PANEL_DRAWN,
    ApplicationStatus.SCORED,
    ApplicationStatus.CONCLUDED,
    ApplicationStatus.IN_PUBLICITY,
    ApplicationStatus.OBJECTED,
)
# the states in which the on-site visit is due (``onsite_due_on``): past it, the application is overdue
AWAITING_VISIT = (ApplicationStatus.ACCEPTED, ApplicationStatus.PANEL_DRAWN, ApplicationStatus.OBJECTED)


class AssignmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ConclusionStatus(StrEnum):
    PENDING = "pending"
    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    NOT_TAKEN = "not_taken"


class ConclusionOrigin(StrEnum):
    ASSESSED = "assessed"
    MIGRATED = "migrated"


class ObjectionOutcome(StrEnum):
    UPHELD = "upheld"
    CHANGED = "changed"


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    person_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    care_institution_id: Mapped[str | None] = mapped_column(Text)
    family_doctor_id: Mapped[str | None] = mapped_column(Text)
    self_assessment: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    self_assessment_grade: Mapped[str | None] = mapped_column(Text)
    disabled_since: Mapped[dt.date | None] = mapped_column(Date)
    materials_complete: Mapped[bool] = mapped_column(Boolean, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    round: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="1")
    reason_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    rule_set_version: Mapped[str] = mapped_column(Text, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    onsite_due_on: Mapped[dt.date | None] = mapped_column(Date)
    publicity_ends_on: Mapped[dt.date | None] = mapped_column(Date)
    served_on: Mapped[dt.date | None] = mapped_column(Date)
    objection_due_on: Mapped[dt.date | None] = mapped_column(Date)
    spot_check_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("spot_checks.id"))
    checked_conclusion_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"kind IN {sql_values(ApplicationKind)}", name="kind_known"),
        CheckConstraint(f"status IN {sql_values(ApplicationStatus)}", name="status_known"),
        Index(
            "uq_applications_one_open_per_person",
            "person_id",
            unique=True,
            postgresql_where=text(f"status IN {sql_values(OPEN_STATUSES)}"),
        ),
        Index(None, "county_code", "status", "id"),
    )


class ApplicationTransition(Base):
    """Every state change: from, to, when, by whom."""

    __tablename__ = "application_transitions"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id"), nullable=False, index=True
    )
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    by: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class PanelDraw(Base):
    """A draw with everything needed to replay it: seed, candidates (with workload), exclusions."""

    __tablename__ = "panel_draws"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id"), nullable=False, index=True
    )
    round: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    algorithm: Mapped[str] = mapped_column(Text, nullable=False)
    seed: Mapped[str] = mapped_column(Text, nullable=False)
    panel_size: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    exclusions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    panel: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    current: Mapped[bool] = mapped_column(Boolean, nullable=False)
    replaces_draw_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("panel_draws.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    drawn_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    drawn_by: Mapped[str] = mapped_column(Text, nullable=False)
    drawn_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class PanelAssignment(Base):
    """An expert on a current panel; open until the expert's score is in (workload balancing)."""

    __tablename__ = "panel_assignments"

    draw_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("panel_draws.id"), primary_key=True)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("experts.id"), primary_key=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(AssignmentStatus)}", name="status_known"),
        Index("ix_panel_assignments_open_expert", "expert_id", postgresql_where=text("status = 'open'")),
    )


class Score(Base):
    """One assessor's 17 items, the totals, grades and level under the stamped rule set."""

    __tablename__ = "scores"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), nullable=False)
    round: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    draw_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("panel_draws.id"), nullable=False)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("experts.id"), nullable=False, index=True)
    items: Mapped[dict[str, int]] = mapped_column(JSONB, nullable=False)
    adl_total: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    cognition_total: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    perception_total: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    rule_set_version: Mapped[str] = mapped_column(ForeignKey("rule_sets.version"), nullable=False)
    visit_minutes: Mapped[int | None] = mapped_column(Integer)
    submitted_by: Mapped[str] = mapped_column(Text, nullable=False)
    submitted_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (UniqueConstraint("application_id", "round", "expert_id"),)


class Conclusion(Base):
    """The panel's result: computed level, the level concluded (confirmed or overridden), validity.

    A level migrated from the old system (``origin = 'migrated'``) has no application, round or draw here:
    it carries the old system's reference, the import job and the care institution named in the file."""

    __tablename__ = "conclusions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    round: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    draw_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("panel_draws.id"))
    origin: Mapped[str] = mapped_column(Text, nullable=False, server_default="assessed")
    migration_ref: Mapped[str | None] = mapped_column(Text)
    import_job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("level_imports.id"))
    care_institution_id: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    computed_level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    override_reason: Mapped[str | None] = mapped_column(Text)
    rule_set_version: Mapped[str] = mapped_column(ForeignKey("rule_sets.version"), nullable=False)
    concluded_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    superseded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conclusions.id"))
    supersede_cause: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    revoke_note: Mapped[str | None] = mapped_column(Text)
    revoked_by: Mapped[str | None] = mapped_column(Text)
    concluded_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 5 AND computed_level BETWEEN 0 AND 5", name="level_range"),
        CheckConstraint(f"status IN {sql_values(ConclusionStatus)}", name="status_known"),
        CheckConstraint("level = computed_level OR override_reason IS NOT NULL", name="override_has_reason"),
        CheckConstraint(
            "status <> 'revoked' OR (revoke_reason IN ('DECEASED', 'MISTAKEN') AND ended_on IS NOT NULL)",
            name="revocation_has_reason",
        ),
        CheckConstraint(
            "(origin = 'assessed' AND application_id IS NOT NULL AND draw_id IS NOT NULL) OR "
            "(origin = 'migrated' AND application_id IS NULL AND draw_id IS NULL "
            "AND migration_ref IS NOT NULL AND import_job_id IS NOT NULL)",
            name="origin_known",
        ),
        UniqueConstraint("application_id", "round"),
        Index("ix_conclusions_in_force", "person_id", postgresql_where=text("status = 'in_force'")),
        Index("uq_conclusions_migration_ref", "migration_ref", unique=True),
    )


class Objection(Base):
    __tablename__ = "objections"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id"), nullable=False, unique=True
    )
    objected_conclusion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conclusions.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reassessment_due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    outcome: Mapped[str | None] = mapped_column(Text)
    fee_fen: Mapped[int | None] = mapped_column(Integer)
    fee_borne_by: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(
            f"outcome IS NULL OR outcome IN {sql_values(ObjectionOutcome)}", name="outcome_known"
        ),
        CheckConstraint("fee_fen IS NULL OR fee_fen >= 0", name="fee_not_negative"),
    )


class SpotCheck(Base):
    """A random sample of concluded assessments sent for re-assessment (抽查复核)."""

    __tablename__ = "spot_checks"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    county_code: Mapped[str | None] = mapped_column(Text)
    seed: Mapped[str] = mapped_column(Text, nullable=False)
    requested_size: Mapped[int] = mapped_column(Integer, nullable=False)
    population: Mapped[int] = mapped_column(Integer, nullable=False)
    sampled_conclusion_ids: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class LevelImport(Base):
    """A file of disability levels migrated from the old system: who sent it, when, what became of it."""

    __tablename__ = "level_imports"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    format: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    client_id: Mapped[str] = mapped_column(Text, nullable=False)
    imported_by: Mapped[str] = mapped_column(Text, nullable=False)
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_created: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_unchanged: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (CheckConstraint("status IN ('completed', 'failed')", name="status_known"),)


class LevelImportError(Base):
    """One refused (row, field) of a level import, with a stable code."""

    __tablename__ = "level_import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("level_imports.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
