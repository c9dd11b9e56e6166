"""Opening balances migrated from the old system: the import jobs, their row errors, and each balance with
the ledger transaction that posted it (against ``opening_balances``, an equity account)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Integer, Text, Uuid, func
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base


class OpeningBalanceImport(Base):
    __tablename__ = "opening_balance_imports"

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


class OpeningBalanceImportError(Base):
    __tablename__ = "opening_balance_import_errors"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opening_balance_imports.id"), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)


class OpeningBalance(Base):
    """One account's balance in the old system's books as of a date, as posted to the ledger."""

    __tablename__ = "opening_balances"

    reference: Mapped[str] = mapped_column(Text, primary_key=True)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    account: Mapped[str] = mapped_column(ForeignKey("ledger_accounts.code"), nullable=False)
    balance_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("ledger_transactions.id"), nullable=False)
    import_job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opening_balance_imports.id"), nullable=False)
    imported_by: Mapped[str] = mapped_column(Text, nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
