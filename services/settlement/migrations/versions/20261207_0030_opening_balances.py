"""opening fund balances migrated from the old system: the equity account they are posted against, import
jobs with row errors, and each balance with its ledger transaction

Revision ID: 5d2a7f9c1e63
Revises: 5c2d8e1f4a67
Create Date: 2026-12-07 00:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5d2a7f9c1e63"
down_revision: str | None = "5c2d8e1f4a67"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"
ACCOUNT = ("opening_balances", "opening balances brought over from the old system (期初余额结转)", "equity")


def upgrade() -> None:
    op.execute(
        sa.text(f"INSERT INTO {S}.ledger_accounts (code, name, kind) VALUES (:c, :n, :k)").bindparams(
            c=ACCOUNT[0], n=ACCOUNT[1], k=ACCOUNT[2]
        )
    )
    op.create_table(
        "opening_balance_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("format", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_created", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('completed', 'failed')", name=op.f("ck_opening_balance_imports_status_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_balance_imports")),
        schema=S,
    )
    op.create_table(
        "opening_balance_import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            [f"{S}.opening_balance_imports.id"],
            name=op.f("fk_opening_balance_import_errors_job_id_opening_balance_imports"),
        ),
        sa.PrimaryKeyConstraint(
            "job_id", "row_number", "field", name=op.f("pk_opening_balance_import_errors")
        ),
        schema=S,
    )
    op.create_table(
        "opening_balances",
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("balance_fen", sa.BigInteger(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("transaction_id", sa.BigInteger(), nullable=False),
        sa.Column("import_job_id", sa.Uuid(), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["account"],
            [f"{S}.ledger_accounts.code"],
            name=op.f("fk_opening_balances_account_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["import_job_id"],
            [f"{S}.opening_balance_imports.id"],
            name=op.f("fk_opening_balances_import_job_id_opening_balance_imports"),
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            [f"{S}.ledger_transactions.id"],
            name=op.f("fk_opening_balances_transaction_id_ledger_transactions"),
        ),
        sa.PrimaryKeyConstraint("reference", name=op.f("pk_opening_balances")),
        schema=S,
    )


def downgrade() -> None:
    op.drop_table("opening_balances", schema=S)
    op.drop_table("opening_balance_import_errors", schema=S)
    op.drop_table("opening_balance_imports", schema=S)
    # the ledger is append-only: the account goes only when nothing was posted to it
    op.execute(
        f"DELETE FROM {S}.ledger_accounts WHERE code = '{ACCOUNT[0]}' "
        f"AND NOT EXISTS (SELECT 1 FROM {S}.ledger_legs WHERE account = '{ACCOUNT[0]}')"
    )
