"""draft benefit rule sets (only published ones are in force; one published version per start date) and
the policy calculation's (测算) projection jobs

Every existing rule set is published (it was in force from its date). The check results get an index by
run, so the replay of a settled month reads its rows without scanning every year's.

Revision ID: 3d9f6b2a7c41
Revises: b7e2c4d9a1f3
Create Date: 2026-12-07 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "3d9f6b2a7c41"
down_revision: str | None = "b7e2c4d9a1f3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"


def upgrade() -> None:
    op.create_index(
        "ix_service_record_checks_run",
        "service_record_checks",
        ["run_id"],
        unique=False,
        schema=S,
        postgresql_where=sa.text("run_id IS NOT NULL"),
    )
    op.add_column(
        "benefit_rule_sets",
        sa.Column("status", sa.Text(), server_default="published", nullable=False),
        schema=S,
    )
    op.add_column("benefit_rule_sets", sa.Column("published_by", sa.Text(), nullable=True), schema=S)
    op.add_column(
        "benefit_rule_sets",
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        schema=S,
    )
    op.execute(f"UPDATE {S}.benefit_rule_sets SET published_by = created_by, published_at = created_at")
    op.create_check_constraint(
        op.f("ck_benefit_rule_sets_status_known"),
        "benefit_rule_sets",
        "status IN ('draft', 'published')",
        schema=S,
    )
    op.drop_constraint(op.f("uq_benefit_rule_sets_effective_from"), "benefit_rule_sets", schema=S)
    op.create_index(
        "uq_benefit_rule_sets_published_from",
        "benefit_rule_sets",
        ["effective_from"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("status = 'published'"),
    )
    op.create_table(
        "projections",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("base_year", sa.SmallInteger(), nullable=False),
        sa.Column("rule_set_version", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default="queued", nullable=False),
        sa.Column("progress_bp", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("inputs", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("outputs", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')", name=op.f("ck_projections_status_known")
        ),
        sa.CheckConstraint("progress_bp BETWEEN 0 AND 10000", name=op.f("ck_projections_progress_range")),
        sa.ForeignKeyConstraint(
            ["rule_set_version"],
            [f"{S}.benefit_rule_sets.version"],
            name=op.f("fk_projections_rule_set_version_benefit_rule_sets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projections")),
        schema=S,
    )
    op.create_index(
        "ix_projections_queued",
        "projections",
        ["created_at"],
        unique=False,
        schema=S,
        postgresql_where=sa.text("status = 'queued'"),
    )


def downgrade() -> None:
    op.drop_index("ix_service_record_checks_run", table_name="service_record_checks", schema=S)
    op.drop_index("ix_projections_queued", table_name="projections", schema=S)
    op.drop_table("projections", schema=S)
    op.execute(
        f"DELETE FROM {S}.benefit_rules r USING {S}.benefit_rule_sets s "
        f"WHERE r.version = s.version AND s.status = 'draft'"
    )
    op.execute(f"DELETE FROM {S}.benefit_rule_sets WHERE status = 'draft'")
    op.drop_index("uq_benefit_rule_sets_published_from", table_name="benefit_rule_sets", schema=S)
    op.create_unique_constraint(
        op.f("uq_benefit_rule_sets_effective_from"), "benefit_rule_sets", ["effective_from"], schema=S
    )
    op.drop_constraint(op.f("ck_benefit_rule_sets_status_known"), "benefit_rule_sets", schema=S)
    op.drop_column("benefit_rule_sets", "published_at", schema=S)
    op.drop_column("benefit_rule_sets", "published_by", schema=S)
    op.drop_column("benefit_rule_sets", "status", schema=S)
