"""final accounts

Revision ID: 8a1c6d2e4b57
Revises: 7e5b3c1a9f42
Create Date: 2026-12-07 11:45:44.363592
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "8a1c6d2e4b57"
down_revision: str | None = "7e5b3c1a9f42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "final_accounts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.Text(), server_default="draft", nullable=False),
        sa.Column("clearing_id", sa.Uuid(), nullable=False),
        sa.Column("budget_id", sa.Uuid(), nullable=True),
        sa.Column("lines", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("income_fen", sa.BigInteger(), nullable=False),
        sa.Column("expense_fen", sa.BigInteger(), nullable=False),
        sa.Column("result_fen", sa.BigInteger(), nullable=False),
        sa.Column("covered_by_surplus_fen", sa.BigInteger(), nullable=False),
        sa.Column("covered_by_finance_fen", sa.BigInteger(), nullable=False),
        sa.Column("added_to_surplus_fen", sa.BigInteger(), nullable=False),
        sa.Column("approval_reference", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("approved_by", sa.Text(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status = 'draft' OR approval_reference IS NOT NULL",
            name=op.f("ck_final_accounts_approved_with_reference"),
        ),
        sa.CheckConstraint("status IN ('draft', 'approved')", name=op.f("ck_final_accounts_status_known")),
        sa.ForeignKeyConstraint(
            ["budget_id"], ["settlement.budgets.id"], name=op.f("fk_final_accounts_budget_id_budgets")
        ),
        sa.ForeignKeyConstraint(
            ["clearing_id"],
            ["settlement.annual_clearings.id"],
            name=op.f("fk_final_accounts_clearing_id_annual_clearings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_final_accounts")),
        sa.UniqueConstraint("county_code", "year", name=op.f("uq_final_accounts_county_code_year")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("final_accounts", schema="settlement")
