"""the plan's task list and supervision rounds

Revision ID: 9b4d2f7a1c86
Revises: 8a1c6d2e4b57
Create Date: 2026-12-07 11:49:07.390457
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "9b4d2f7a1c86"
down_revision: str | None = "8a1c6d2e4b57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plan_tasks",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("requirement", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=True),
        sa.Column("responsible", sa.Text(), nullable=False),
        sa.Column(
            "assisting",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column(
            "evidence",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "status_history",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'verified', 'reopened')", name=op.f("ck_plan_tasks_status_known")
        ),
        sa.CheckConstraint(
            "status NOT IN ('done', 'verified') OR done_on IS NOT NULL",
            name=op.f("ck_plan_tasks_done_has_date"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_tasks")),
        sa.UniqueConstraint("code", name=op.f("uq_plan_tasks_code")),
        schema="settlement",
    )
    op.create_index(
        "ix_plan_tasks_open_due",
        "plan_tasks",
        ["due_on"],
        unique=False,
        schema="settlement",
        postgresql_where=sa.text("status IN ('open', 'reopened')"),
    )
    op.create_table(
        "supervision_rounds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("findings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "kind IN ('quarterly_tracking', 'half_year_inspection', 'year_end_verification')",
            name=op.f("ck_supervision_rounds_kind_known"),
        ),
        sa.CheckConstraint("period_from <= period_to", name=op.f("ck_supervision_rounds_period_in_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_rounds")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("supervision_rounds", schema="settlement")
    op.drop_index(
        "ix_plan_tasks_open_due",
        table_name="plan_tasks",
        schema="settlement",
        postgresql_where=sa.text("status IN ('open', 'reopened')"),
    )
    op.drop_table("plan_tasks", schema="settlement")
