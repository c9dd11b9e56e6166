"""disability levels migrated from the old system: conclusions of origin 'migrated' (no application or draw,
the old system's reference, the import job, the care institution named in the file); level import jobs and
their row errors

Revision ID: 7c41d2e9a3b5
Revises: 5c1e2a7d90b4
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c41d2e9a3b5"
down_revision: str | None = "5c1e2a7d90b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "assessment"


def upgrade() -> None:
    op.create_table(
        "level_imports",
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
        sa.CheckConstraint("status IN ('completed', 'failed')", name=op.f("ck_level_imports_status_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_imports")),
        schema=S,
    )
    op.create_table(
        "level_import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], [f"{S}.level_imports.id"], name=op.f("fk_level_import_errors_job_id_level_imports")
        ),
        sa.PrimaryKeyConstraint("job_id", "row_number", "field", name=op.f("pk_level_import_errors")),
        schema=S,
    )
    op.alter_column("conclusions", "application_id", nullable=True, schema=S)
    op.alter_column("conclusions", "draw_id", nullable=True, schema=S)
    op.add_column(
        "conclusions", sa.Column("origin", sa.Text(), server_default="assessed", nullable=False), schema=S
    )
    op.add_column("conclusions", sa.Column("migration_ref", sa.Text(), nullable=True), schema=S)
    op.add_column("conclusions", sa.Column("import_job_id", sa.Uuid(), nullable=True), schema=S)
    op.add_column("conclusions", sa.Column("care_institution_id", sa.Text(), nullable=True), schema=S)
    op.create_foreign_key(
        op.f("fk_conclusions_import_job_id_level_imports"),
        "conclusions",
        "level_imports",
        ["import_job_id"],
        ["id"],
        source_schema=S,
        referent_schema=S,
    )
    op.create_check_constraint(
        op.f("ck_conclusions_origin_known"),
        "conclusions",
        "(origin = 'assessed' AND application_id IS NOT NULL AND draw_id IS NOT NULL) OR "
        "(origin = 'migrated' AND application_id IS NULL AND draw_id IS NULL "
        "AND migration_ref IS NOT NULL AND import_job_id IS NOT NULL)",
        schema=S,
    )
    op.create_index("uq_conclusions_migration_ref", "conclusions", ["migration_ref"], unique=True, schema=S)


def downgrade() -> None:
    op.execute(f"DELETE FROM {S}.conclusions WHERE origin = 'migrated'")
    op.drop_index("uq_conclusions_migration_ref", table_name="conclusions", schema=S)
    op.drop_constraint(op.f("ck_conclusions_origin_known"), "conclusions", schema=S, type_="check")
    op.drop_constraint(
        op.f("fk_conclusions_import_job_id_level_imports"), "conclusions", schema=S, type_="foreignkey"
    )
    op.drop_column("conclusions", "care_institution_id", schema=S)
    op.drop_column("conclusions", "import_job_id", schema=S)
    op.drop_column("conclusions", "migration_ref", schema=S)
    op.drop_column("conclusions", "origin", schema=S)
    op.alter_column("conclusions", "draw_id", nullable=False, schema=S)
    op.alter_column("conclusions", "application_id", nullable=False, schema=S)
    op.drop_table("level_import_errors", schema=S)
    op.drop_table("level_imports", schema=S)
