"""Annual contribution bills (年度缴费) and the payments against them."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.enrollment.models.base import Base

CHANNELS = (
    "employer_premium_transfer",  # 单位医保费划转
    "personal_account",  # 个人账户代扣
    "family_account",  # 家庭共济
    "annual_self_payment",  # 按年一次性缴纳
    "pension_deduction",  # 养老金代扣
)


class BillState(StrEnum):
    """A bill's status, computed from its two halves (no column): nothing paid, some, or all that is due."""

    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"


class ContributionBill(Base):
    """What one person owes for one year, in two halves.

    ``employer_half_payer`` says who owes the employer half: the employer for employees, the person
    themself for retirees and flexible workers (they pay both halves). Bills are only made by the bill run,
    from persons and the year's policy, millions in one statement: no foreign keys (a row trigger each).
    """

    __tablename__ = "contribution_bills"

    id: Mapped[uuid.UUID] = mapped_column(
        Uuid, primary_key=True, server_default=text("enrollment.time_ordered_uuid()")
    )
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    county_code: Mapped[str] = mapped_column(String(6), nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    employer_credit_code: Mapped[str | None] = mapped_column(String(18, collation="C"), nullable=True)
    employer_half_payer: Mapped[str] = mapped_column(Text, nullable=False)
    employer_due_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    individual_due_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    employer_paid_fen: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    individual_paid_fen: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    excess_fen: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    generated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("person_id", "year"),
        CheckConstraint("employer_half_payer IN ('employer', 'individual')", name="payer_known"),
        CheckConstraint(
            "employer_paid_fen BETWEEN 0 AND employer_due_fen "
            "AND individual_paid_fen BETWEEN 0 AND individual_due_fen",
            name="paid_within_due",
        ),
        CheckConstraint("excess_fen >= 0", name="excess_not_negative"),
        Index(None, "year", "county_code", "id"),
    )


class Payment(Base):
    """Money received for one half of a bill: ``applied_fen`` went to it, ``excess_fen`` is owed back.

    ``(channel, external_ref)`` is the payer system's own reference: a payment sent twice is one payment.
    """

    __tablename__ = "payments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    bill_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contribution_bills.id"), nullable=False, index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    county_code: Mapped[str] = mapped_column(String(6), nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    payer: Mapped[str] = mapped_column(Text, nullable=False)
    channel: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    applied_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    excess_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    # of applied_fen, what an ``individual`` payment put into the employer half (a person who owes both)
    to_employer_half_fen: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    external_ref: Mapped[str] = mapped_column(String(128, collation="C"), nullable=False)
    payer_id_number: Mapped[str | None] = mapped_column(String(18, collation="C"), nullable=True)
    import_job_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("channel", "external_ref"),
        CheckConstraint("payer IN ('employer', 'individual')", name="payer_known"),
        CheckConstraint(
            "channel IN ('employer_premium_transfer', 'personal_account', 'family_account', "
            "'annual_self_payment', 'pension_deduction')",
            name="channel_known",
        ),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint(
            "applied_fen >= 0 AND excess_fen >= 0 AND applied_fen + excess_fen = amount_fen", name="split"
        ),
        CheckConstraint(
            "channel <> 'family_account' OR payer_id_number IS NOT NULL", name="family_payer_named"
        ),
        Index(None, "county_code", "paid_on"),
    )
