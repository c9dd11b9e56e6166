"""Fund planning (基金预决算): the counties' budgets by version and the county finance's receipts against
the receivable the annual clearing books (S003: "统一基金预决算管理，全市统一编制长期护理保险基金年度预决算";
"缺口由各地财政承担")."""

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
    Integer,
    SmallInteger,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import CARE_MODES, Base, one_of


class BudgetStatus(StrEnum):
    """Where a budget version stands: drafted, submitted for approval, approved (the one in force for its
    county and year), superseded by a later approved version (an adjustment 预算调整)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class BudgetLineCode(StrEnum):
    """The lines of a county's fund budget: income by source, expense by care mode. Each line but the
    ``other`` ones is the budget of one ledger account (execution compares them)."""

    INCOME_CONTRIBUTION_EMPLOYER = "income_contribution_employer"
    INCOME_CONTRIBUTION_INDIVIDUAL = "income_contribution_individual"
    INCOME_FISCAL_SUBSIDY = "income_fiscal_subsidy"
    INCOME_OTHER = "income_other"
    EXPENSE_HOME_VISIT = "expense_home_visit"
    EXPENSE_ELDERLY_CARE_BED = "expense_elderly_care_bed"
    EXPENSE_MEDICAL_BED = "expense_medical_bed"
    EXPENSE_FAMILY_CARE = "expense_family_care"
    EXPENSE_OTHER = "expense_other"


assert {f"expense_{m}" for m in CARE_MODES} <= {c.value for c in BudgetLineCode}


class Budget(Base):
    """One version of a county's fund budget for a year, with its lines (``budget_lines``) and the
    assumptions behind them."""

    __tablename__ = "budgets"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=BudgetStatus.DRAFT.value)
    adjustment_reason: Mapped[str | None] = mapped_column(Text)
    assumptions: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    finance_approval_reference: Mapped[str | None] = mapped_column(Text)
    status_history: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("county_code", "year", "version"),
        CheckConstraint(one_of("status", tuple(BudgetStatus)), name="status_known"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint(
            "status NOT IN ('approved', 'superseded') OR finance_approval_reference IS NOT NULL",
            name="approved_with_reference",
        ),
        CheckConstraint("version = 1 OR adjustment_reason IS NOT NULL", name="adjustment_has_reason"),
        # one version in the works and one in force per county and year
        Index(
            "uq_budgets_one_open",
            "county_code",
            "year",
            unique=True,
            postgresql_where=text("status IN ('draft', 'submitted')"),
        ),
        Index(
            "uq_budgets_one_approved",
            "county_code",
            "year",
            unique=True,
            postgresql_where=text("status = 'approved'"),
        ),
    )


class BudgetLine(Base):
    """One line of a budget version, in fen."""

    __tablename__ = "budget_lines"

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budgets.id"), primary_key=True)
    line: Mapped[str] = mapped_column(Text, primary_key=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (
        CheckConstraint(one_of("line", tuple(BudgetLineCode)), name="line_known"),
        CheckConstraint("amount_fen >= 0", name="amount_not_negative"),
    )


class FinanceReceipt(Base):
    """Money the county finance paid the fund against what the annual clearing booked as its share of a
    deficit (``finance_receivable``): cash in, the receivable down, never income."""

    __tablename__ = "finance_receipts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reference: Mapped[str] = mapped_column(Text, nullable=False)
    memo: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    ledger_transaction_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    recorded_by: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("county_code", "reference"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
    )


class FinalAccountsStatus(StrEnum):
    """Final accounts (决算) drawn up from the approved clearing, then approved."""

    DRAFT = "draft"
    APPROVED = "approved"


class FinalAccounts(Base):
    """A county's final accounts (决算) of a year: each budget line against what the ledger shows for the
    year, with the clearing's result and how a deficit was covered."""

    __tablename__ = "final_accounts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=FinalAccountsStatus.DRAFT.value)
    clearing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("annual_clearings.id"), nullable=False)
    budget_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("budgets.id"))
    lines: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    """line → {"budget_fen", "final_fen"}"""
    income_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    expense_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    result_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    covered_by_surplus_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    covered_by_finance_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    added_to_surplus_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    approval_reference: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    approved_by: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("county_code", "year"),
        CheckConstraint(one_of("status", tuple(FinalAccountsStatus)), name="status_known"),
        CheckConstraint("status = 'draft' OR approval_reference IS NOT NULL", name="approved_with_reference"),
    )


class PlanTaskStatus(StrEnum):
    """A task of the plan's list (清单) and its closure (闭环): open → done (with evidence) → verified, or
    reopened (→ done again)."""

    OPEN = "open"
    DONE = "done"
    VERIFIED = "verified"
    REOPENED = "reopened"


class PlanTask(Base):
    """One task of the fund's implementation plan (S003 annex 1, 推进表), with its deadline and responsible
    unit, county-wide or for one county."""

    __tablename__ = "plan_tasks"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    requirement: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(Text, nullable=False)
    assisting: Mapped[list[str]] = mapped_column(JSONB, nullable=False, server_default=text("'[]'::jsonb"))
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=PlanTaskStatus.OPEN.value)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    status_history: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(PlanTaskStatus)), name="status_known"),
        CheckConstraint("status NOT IN ('done', 'verified') OR done_on IS NOT NULL", name="done_has_date"),
        Index("ix_plan_tasks_open_due", "due_on", postgresql_where=text("status IN ('open', 'reopened')")),
    )


class SupervisionKind(StrEnum):
    """季度跟踪, 半年督查, 年终核验 (S003 annex 1 #11)."""

    QUARTERLY_TRACKING = "quarterly_tracking"
    HALF_YEAR_INSPECTION = "half_year_inspection"
    YEAR_END_VERIFICATION = "year_end_verification"


class SupervisionRound(Base):
    """A supervision round of the plan: its kind, period, and findings, each linked to a task or not."""

    __tablename__ = "supervision_rounds"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    period_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    county_code: Mapped[str | None] = mapped_column(Text)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(one_of("kind", tuple(SupervisionKind)), name="kind_known"),
        CheckConstraint("period_from <= period_to", name="period_in_order"),
    )


class BulletinTarget(Base):
    """A milestone the quarterly bulletin (数据通报) measures against, as versioned reference data:
    the city's insured target (S003: "到 2022 年底，全市长期护理保险参保人数达到 200 万人") and
    annex 1 item 6's institutions contracted per county ("每个县（市）6 月底前有 1 家以上养老机构、9
    月底前有 1 家以上护理机构纳入…协议定点"). A change is a new version with its reason; every value
    is flagged confirmed or not, with its source."""

    __tablename__ = "bulletin_targets"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    institution_kinds: Mapped[list[str]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    confirmed: Mapped[bool] = mapped_column(nullable=False)
    rule_source: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("version >= 1", name="version_positive"),
    )
