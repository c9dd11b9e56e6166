"""check results in their own insert-only table: service_record_checks, one row per record and check pass

The results and the run id are no longer columns of service_records: checking and settling a month
rewrote every record twice (new row versions and five index entries each). Existing results are moved;
a downgrade moves the current ones back.

Revision ID: 7c1e5a93d2b4
Revises: 4d8cfab35d91
Create Date: 2026-11-23 19:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7c1e5a93d2b4"
down_revision: str | None = "4d8cfab35d91"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RESULT_COLUMNS = ("checked_at", "reason_codes", "review_flags", "fund_share_bp", "eligible_fen", "fund_fen",
                  "person_fen", "deducted_fen", "settlement_run_id")  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "service_record_checks",
        sa.Column("record_id", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason_codes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("review_flags", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("fund_share_bp", sa.Integer(), nullable=True),
        sa.Column("eligible_fen", sa.BigInteger(), nullable=False),
        sa.Column("fund_fen", sa.BigInteger(), nullable=False),
        sa.Column("person_fen", sa.BigInteger(), nullable=False),
        sa.Column("deducted_fen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "id", name=op.f("pk_service_record_checks")),
        schema="settlement",
    )
    op.create_index(
        "ix_service_record_checks_pending",
        "service_record_checks",
        ["county_code", "month"],
        unique=False,
        schema="settlement",
        postgresql_where=sa.text("run_id IS NULL"),
    )
    op.execute(
        """
        INSERT INTO settlement.service_record_checks (record_id, run_id, county_code, month, checked_at,
               reason_codes, review_flags, fund_share_bp, eligible_fen, fund_fen, person_fen, deducted_fen)
        SELECT id, settlement_run_id, county_code, date_trunc('month', service_date)::date, checked_at,
               reason_codes, review_flags, fund_share_bp, coalesce(eligible_fen, 0), coalesce(fund_fen, 0),
               coalesce(person_fen, 0), coalesce(deducted_fen, 0)
          FROM settlement.service_records
         WHERE checked_at IS NOT NULL
         ORDER BY id
        """
    )
    for column in RESULT_COLUMNS:
        op.drop_column("service_records", column, schema="settlement")


def downgrade() -> None:
    op.add_column(
        "service_records",
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        schema="settlement",
    )
    for column in ("reason_codes", "review_flags"):
        op.add_column(
            "service_records",
            sa.Column(column, postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
            schema="settlement",
        )
    op.add_column(
        "service_records", sa.Column("fund_share_bp", sa.Integer(), nullable=True), schema="settlement"
    )
    for column in ("eligible_fen", "fund_fen", "person_fen", "deducted_fen"):
        op.add_column(
            "service_records", sa.Column(column, sa.BigInteger(), nullable=True), schema="settlement"
        )
    op.add_column(
        "service_records", sa.Column("settlement_run_id", sa.Uuid(), nullable=True), schema="settlement"
    )
    op.execute(
        """
        UPDATE settlement.service_records sr
           SET checked_at = x.checked_at, reason_codes = x.reason_codes, review_flags = x.review_flags,
               fund_share_bp = x.fund_share_bp, eligible_fen = x.eligible_fen, fund_fen = x.fund_fen,
               person_fen = x.person_fen, deducted_fen = x.deducted_fen, settlement_run_id = x.run_id
          FROM settlement.service_record_checks x
          LEFT JOIN settlement.settlement_runs run ON run.id = x.run_id
         WHERE sr.id = x.record_id AND (x.run_id IS NULL OR run.status = 'settled')
        """
    )
    op.drop_index(
        "ix_service_record_checks_pending",
        table_name="service_record_checks",
        schema="settlement",
        postgresql_where=sa.text("run_id IS NULL"),
    )
    op.drop_table("service_record_checks", schema="settlement")
