"""recoveries (追回) ordered by oversight and their movements (netted, repaid, written off); the ledger
accounts they post to; a statement's recoveries netted; sanctions and final evaluations a deposit forfeiture
may cite

Revision ID: 7e4c2a9d1b58
Revises: 8a1c6d2e4b57
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7e4c2a9d1b58"
down_revision: str | None = "8a1c6d2e4b57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"
ACCOUNTS = (
    ("receivable_institutions", "money recovered, owed by institutions (应收追回款)", "asset"),
    (
        "expense_recovered",
        "benefits recovered, against the expense of the year paid (追回冲减支出)",
        "expense",
    ),
    ("income_recoveries", "recoveries of years already cleared (追回以前年度基金收入)", "income"),
    ("expense_recoveries_written_off", "recoveries written off by the bureau (追回款核销)", "expense"),
)


def upgrade() -> None:
    for code, name, kind in ACCOUNTS:
        op.execute(
            sa.text(f"INSERT INTO {S}.ledger_accounts (code, name, kind) VALUES (:c, :n, :k)").bindparams(
                c=code, n=name, k=kind
            )
        )
    for table in ("settlement_runs", "settlement_statements"):
        op.add_column(
            table,
            sa.Column("recoveries_netted_fen", sa.BigInteger(), server_default="0", nullable=False),
            schema=S,
        )
    op.create_table(
        "recoveries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("case_number", sa.Text(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_in_year", sa.SmallInteger(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("booked_against", sa.Text(), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("ledger_transaction_id", sa.BigInteger(), nullable=False),
        sa.Column("netted_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("repaid_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("written_off_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'netted', 'repaid', 'written_off')", name=op.f("ck_recoveries_status_known")
        ),
        sa.CheckConstraint(
            "booked_against IN ('expense', 'income')", name=op.f("ck_recoveries_booking_known")
        ),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_recoveries_amount_positive")),
        sa.CheckConstraint(
            "netted_fen >= 0 AND repaid_fen >= 0 AND written_off_fen >= 0 "
            "AND netted_fen + repaid_fen + written_off_fen <= amount_fen",
            name=op.f("ck_recoveries_settled_within_amount"),
        ),
        sa.CheckConstraint(
            "(status = 'open') = (netted_fen + repaid_fen + written_off_fen < amount_fen)",
            name=op.f("ck_recoveries_open_while_owed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recoveries")),
        schema=S,
    )
    op.create_index(
        op.f("ix_recoveries_county_code_institution_id_status"),
        "recoveries",
        ["county_code", "institution_id", "status"],
        schema=S,
    )
    op.create_table(
        "recovery_movements",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("recovery_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("ledger_transaction_id", sa.BigInteger(), nullable=True),
        sa.Column("cancelled_by_run_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "kind IN ('netted', 'repaid', 'written_off')", name=op.f("ck_recovery_movements_kind_known")
        ),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_recovery_movements_amount_positive")),
        sa.ForeignKeyConstraint(
            ["recovery_id"],
            [f"{S}.recoveries.id"],
            name=op.f("fk_recovery_movements_recovery_id_recoveries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_movements")),
        sa.UniqueConstraint(
            "recovery_id", "kind", "reference", name=op.f("uq_recovery_movements_recovery_id_kind_reference")
        ),
        schema=S,
    )
    op.create_index(
        op.f("ix_recovery_movements_recovery_id"), "recovery_movements", ["recovery_id"], schema=S
    )
    op.create_index(op.f("ix_recovery_movements_run_id"), "recovery_movements", ["run_id"], schema=S)
    op.create_table(
        "oversight_sanctions",
        sa.Column("sanction_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("case_number", sa.Text(), nullable=False),
        sa.Column("subject_kind", sa.Text(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=True),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sanction_id", name=op.f("pk_oversight_sanctions")),
        schema=S,
    )
    op.create_index(op.f("ix_oversight_sanctions_case_id"), "oversight_sanctions", ["case_id"], schema=S)
    op.create_table(
        "oversight_evaluations",
        sa.Column("evaluation_id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("scheme_code", sa.Text(), nullable=False),
        sa.Column("scheme_version", sa.Integer(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("score_bp", sa.Integer(), nullable=False),
        sa.Column("grade", sa.Text(), nullable=False),
        sa.Column("deposit_release_bp", sa.Integer(), nullable=False),
        sa.Column("finalized_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("evaluation_id", name=op.f("pk_oversight_evaluations")),
        schema=S,
    )
    op.create_index(
        op.f("ix_oversight_evaluations_institution_id"), "oversight_evaluations", ["institution_id"], schema=S
    )


def downgrade() -> None:
    op.drop_table("oversight_evaluations", schema=S)
    op.drop_table("oversight_sanctions", schema=S)
    op.drop_table("recovery_movements", schema=S)
    op.drop_table("recoveries", schema=S)
    for table in ("settlement_runs", "settlement_statements"):
        op.drop_column(table, "recoveries_netted_fen", schema=S)
    op.execute(
        sa.text(f"DELETE FROM {S}.ledger_accounts WHERE code = ANY(:codes)").bindparams(
            codes=[a[0] for a in ACCOUNTS]
        )
    )
