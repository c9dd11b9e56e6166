"""Monthly settlement runs per (county, month), the institutions' statements, payouts; annual clearing."""

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
    Index,
    SmallInteger,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base, one_of


class RunStatus(StrEnum):
    """A settlement run is the month's settled one until a re-settlement supersedes it."""

    SETTLED = "settled"
    SUPERSEDED = "superseded"


class ClearingStatus(StrEnum):
    """An annual clearing is proposed by the contractor, then approved by the bureau (the year closes)."""

    PROPOSED = "proposed"
    APPROVED = "approved"


class SettlementRun(Base):
    """One settlement of a county's month. Only one run per (county, month) is ``settled`` at a time: a
    re-settlement supersedes it and reverses its postings."""

    __tablename__ = "settlement_runs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    resettles_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("settlement_runs.id"))
    resettle_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    records: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    claimed_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    deducted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    fund_payable_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    person_share_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    adjustments_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    deposit_withheld_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    recoveries_netted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    net_payable_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    ledger_transaction_id: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(RunStatus)), name="status_known"),
        CheckConstraint("month = date_trunc('month', month)::date", name="month_is_first_day"),
        Index(
            "uq_settlement_runs_one_settled",
            "county_code",
            "month",
            unique=True,
            postgresql_where=text(f"status = '{RunStatus.SETTLED}'"),
        ),
    )


class Statement(Base):
    """What one institution is owed by one run."""

    __tablename__ = "settlement_statements"

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("settlement_runs.id"), primary_key=True)
    institution_id: Mapped[str] = mapped_column(Text, primary_key=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    records: Mapped[int] = mapped_column(BigInteger, nullable=False)
    claimed_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deducted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deducted_by_reason: Mapped[dict[str, int]] = mapped_column(JSONB, nullable=False)
    eligible_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    fund_payable_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    person_share_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    adjustments_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deposit_withheld_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    recoveries_netted_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    net_payable_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    fund_by_mode: Mapped[dict[str, int]] = mapped_column(JSONB, nullable=False)

    __table_args__ = (Index(None, "institution_id", "month"),)


class Payment(Base):
    """A payout to an institution against a run (拨付); append-only.

    The database refuses a row (trigger ``settlement_payments_within_payable``, see the migration) unless
    its run is the month's settled run with a statement for the institution, and the institution's payouts
    for the (county, month), superseded runs' included, stay within that statement's net payable. A
    ``reference`` (the bank transfer's) names one payout of the county.
    """

    __tablename__ = "settlement_payments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("settlement_runs.id"), nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reference: Mapped[str] = mapped_column(Text, nullable=False)
    ledger_transaction_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("county_code", "reference"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        Index(None, "run_id", "institution_id"),
    )


class AnnualClearing(Base):
    """A county's year: result = income − expenditure, how a deficit is covered, deposits at year end."""

    __tablename__ = "annual_clearings"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    income_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    expenditure_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    result_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    surplus_before_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    covered_by_surplus_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    covered_by_finance_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    added_to_surplus_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deposits_released_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deposits_forfeited_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    forfeitures: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    proposed_by: Mapped[str] = mapped_column(Text, nullable=False)
    proposed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    approved_by: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("county_code", "year"),
        CheckConstraint(one_of("status", tuple(ClearingStatus)), name="status_known"),
    )
