"""The county fund ledger: double entry in integer fen.

The database enforces the rules (see the migration): every transaction's legs sum to zero (deferred
constraint trigger), neither table accepts UPDATE or DELETE, a closed (county, year) rejects postings, and
every transaction carries a unique client id so a retried posting is harmless. Debits are positive.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    SmallInteger,
    Text,
    Uuid,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base


class LedgerAccount(Base):
    """The chart of accounts (each exists once per county)."""

    __tablename__ = "ledger_accounts"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        CheckConstraint("kind IN ('asset', 'liability', 'equity', 'income', 'expense')", name="kind_known"),
    )


class LedgerTransaction(Base):
    __tablename__ = "ledger_transactions"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    client_id: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    posted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    memo: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_transactions.id"), unique=True)
    settlement_run_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (Index(None, "county_code", "posted_on"),)


class LedgerLeg(Base):
    __tablename__ = "ledger_legs"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("ledger_transactions.id"), nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    account: Mapped[str] = mapped_column(ForeignKey("ledger_accounts.code"), nullable=False)
    institution_id: Mapped[str | None] = mapped_column(Text)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (
        CheckConstraint("amount_fen <> 0", name="amount_not_zero"),
        Index(None, "transaction_id"),
        Index(None, "county_code", "account"),
    )


class LedgerPeriod(Base):
    """A closed (county, year): the database refuses postings dated in it."""

    __tablename__ = "ledger_periods"

    county_code: Mapped[str] = mapped_column(Text, primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    closed_by: Mapped[str] = mapped_column(Text, nullable=False)


class AccountingUnit(Base):
    """An accounting county (统筹区) the fund keeps books for: the same units as enrollment's, loaded with
    the reference data. A posting to a county that is not one of them is refused."""

    __tablename__ = "accounting_units"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
