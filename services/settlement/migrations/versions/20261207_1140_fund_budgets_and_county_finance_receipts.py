"""fund budgets and the county finance's receipts

Revision ID: 7e5b3c1a9f42
Revises: 5d2a7f9c1e63
Create Date: 2026-12-07 11:40:20.539467
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7e5b3c1a9f42"
down_revision: str | None = "5d2a7f9c1e63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "budgets",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), server_default="draft", nullable=False),
        sa.Column("adjustment_reason", sa.Text(), nullable=True),
        sa.Column("assumptions", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("finance_approval_reference", sa.Text(), nullable=True),
        sa.Column(
            "status_history",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'approved', 'superseded')", name=op.f("ck_budgets_status_known")
        ),
        sa.CheckConstraint(
            "status NOT IN ('approved', 'superseded') OR finance_approval_reference IS NOT NULL",
            name=op.f("ck_budgets_approved_with_reference"),
        ),
        sa.CheckConstraint(
            "version = 1 OR adjustment_reason IS NOT NULL", name=op.f("ck_budgets_adjustment_has_reason")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_budgets_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
        sa.UniqueConstraint(
            "county_code", "year", "version", name=op.f("uq_budgets_county_code_year_version")
        ),
        schema="settlement",
    )
    op.create_index(
        "uq_budgets_one_approved",
        "budgets",
        ["county_code", "year"],
        unique=True,
        schema="settlement",
        postgresql_where=sa.text("status = 'approved'"),
    )
    op.create_index(
        "uq_budgets_one_open",
        "budgets",
        ["county_code", "year"],
        unique=True,
        schema="settlement",
        postgresql_where=sa.text("status IN ('draft', 'submitted')"),
    )
    op.create_table(
        "finance_receipts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("memo", sa.Text(), server_default="", nullable=False),
        sa.Column("ledger_transaction_id", sa.BigInteger(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_finance_receipts_amount_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_receipts")),
        sa.UniqueConstraint(
            "county_code", "reference", name=op.f("uq_finance_receipts_county_code_reference")
        ),
        schema="settlement",
    )
    op.create_table(
        "budget_lines",
        sa.Column("budget_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "line IN ('income_contribution_employer', 'income_contribution_individual', 'income_fiscal_subsidy', 'income_other', 'expense_home_visit', 'expense_elderly_care_bed', 'expense_medical_bed', 'expense_family_care', 'expense_other')",
            name=op.f("ck_budget_lines_line_known"),
        ),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_budget_lines_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["budget_id"], ["settlement.budgets.id"], name=op.f("fk_budget_lines_budget_id_budgets")
        ),
        sa.PrimaryKeyConstraint("budget_id", "line", name=op.f("pk_budget_lines")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("budget_lines", schema="settlement")
    op.drop_table("finance_receipts", schema="settlement")
    op.drop_index(
        "uq_budgets_one_open",
        table_name="budgets",
        schema="settlement",
        postgresql_where=sa.text("status IN ('draft', 'submitted')"),
    )
    op.drop_index(
        "uq_budgets_one_approved",
        table_name="budgets",
        schema="settlement",
        postgresql_where=sa.text("status = 'approved'"),
    )
    op.drop_table("budgets", schema="settlement")
