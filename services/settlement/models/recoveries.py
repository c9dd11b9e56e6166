"""Money recovered (追回) from institutions, as oversight orders it, and the references oversight's feed
makes citable here: sanctions decided on a case, and institutions' final evaluations."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
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
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base, one_of


class RecoveryStatus(StrEnum):
    """``open`` while anything is owed, else how the last of it went."""

    OPEN = "open"
    NETTED = "netted"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"


class RecoveryMovementKind(StrEnum):
    """How part of a recovery was settled: netted against a settlement run, paid back, or written off."""

    NETTED = "netted"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"


class RecoveryBooking(StrEnum):
    """What the receivable was booked against: the expense of the year paid (its books still open), or a
    recovery income once that year is cleared and closed."""

    EXPENSE = "expense"
    INCOME = "income"


class Recovery(Base):
    """A recovery ordered by oversight: ``id`` is the recovery's id in both services. What is owed is
    ``amount_fen`` less what was netted, repaid and written off."""

    __tablename__ = "recoveries"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    case_number: Mapped[str] = mapped_column(Text, nullable=False)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    paid_in_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    decided_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    booked_against: Mapped[str] = mapped_column(Text, nullable=False)
    booked_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ledger_transaction_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    netted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    repaid_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    written_off_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    status: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(RecoveryStatus)), name="status_known"),
        CheckConstraint(one_of("booked_against", tuple(RecoveryBooking)), name="booking_known"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint(
            "netted_fen >= 0 AND repaid_fen >= 0 AND written_off_fen >= 0 "
            "AND netted_fen + repaid_fen + written_off_fen <= amount_fen",
            name="settled_within_amount",
        ),
        CheckConstraint(
            "(status = 'open') = (netted_fen + repaid_fen + written_off_fen < amount_fen)",
            name="open_while_owed",
        ),
        Index(None, "county_code", "institution_id", "status"),
    )

    @property
    def outstanding_fen(self) -> int:
        return self.amount_fen - self.netted_fen - self.repaid_fen - self.written_off_fen


class RecoveryMovement(Base):
    """Part of a recovery settled: netted by a settlement run (its ledger legs are the run's; cancelled when
    a re-settlement supersedes the run), repaid by the institution (a bank ``reference``), or written off by
    the bureau (with a reason)."""

    __tablename__ = "recovery_movements"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=False), nullable=False)
    """The order the movements were made in."""
    recovery_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recoveries.id"), nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    moved_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    run_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reference: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    ledger_transaction_id: Mapped[int | None] = mapped_column(BigInteger)
    cancelled_by_run_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(one_of("kind", tuple(RecoveryMovementKind)), name="kind_known"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        UniqueConstraint("recovery_id", "kind", "reference"),
        Index(None, "recovery_id"),
        Index(None, "run_id"),
    )


class CitedSanction(Base):
    """A sanction decided on an oversight case, as its feed last said: a deposit forfeiture may cite the
    case when a sanction of it is on that institution."""

    __tablename__ = "oversight_sanctions"

    sanction_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    case_number: Mapped[str] = mapped_column(Text, nullable=False)
    subject_kind: Mapped[str] = mapped_column(Text, nullable=False)
    institution_id: Mapped[str | None] = mapped_column(Text)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    decided_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)


class CitedEvaluation(Base):
    """An institution's final performance evaluation: a deposit forfeiture may cite it, and forfeit no more
    than the share of the deposit its grade does not release."""

    __tablename__ = "oversight_evaluations"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    scheme_code: Mapped[str] = mapped_column(Text, nullable=False)
    scheme_version: Mapped[int] = mapped_column(Integer, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    period_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    score_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    grade: Mapped[str] = mapped_column(Text, nullable=False)
    deposit_release_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    finalized_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
