"""the training register (规范化培训): courses, exam sessions, results and their imports, certificates

Revision ID: 7a1f3c5e9b24
Revises: 7e1a2b3c4d50
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7a1f3c5e9b24"
down_revision: str | None = "7e1a2b3c4d50"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "oversight"


def _created() -> list[sa.Column[object]]:
    return [
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "training_courses",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        *_created(),
        sa.CheckConstraint("hours > 0", name=op.f("ck_training_courses_hours_positive")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_training_courses")),
        schema=S,
    )
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("course_code", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        *_created(),
        sa.ForeignKeyConstraint(
            ["course_code"],
            [f"{S}.training_courses.code"],
            name=op.f("fk_training_sessions_course_code_training_courses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
        schema=S,
    )
    op.create_index(op.f("ix_training_sessions_course_code"), "training_sessions", ["course_code"], schema=S)
    op.create_table(
        "training_result_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("format", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_created", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            [f"{S}.training_sessions.id"],
            name=op.f("fk_training_result_imports_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_result_imports")),
        schema=S,
    )
    op.create_table(
        "training_result_import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            [f"{S}.training_result_imports.id"],
            name=op.f("fk_training_result_import_errors_job_id_training_result_imports"),
        ),
        sa.PrimaryKeyConstraint(
            "job_id", "row_number", "field", name=op.f("pk_training_result_import_errors")
        ),
        schema=S,
    )
    op.create_table(
        "training_results",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("holder_id_number", sa.Text(), nullable=False),
        sa.Column("holder_name", sa.Text(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("import_job_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 100", name=op.f("ck_training_results_score_range")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            [f"{S}.training_sessions.id"],
            name=op.f("fk_training_results_session_id_training_sessions"),
        ),
        sa.ForeignKeyConstraint(
            ["import_job_id"],
            [f"{S}.training_result_imports.id"],
            name=op.f("fk_training_results_import_job_id_training_result_imports"),
        ),
        sa.PrimaryKeyConstraint("session_id", "holder_id_number", name=op.f("pk_training_results")),
        schema=S,
    )
    op.create_table(
        "training_certificates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("holder_id_number", sa.Text(), nullable=False),
        sa.Column("holder_name", sa.Text(), nullable=False),
        sa.Column("course_code", sa.Text(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revocation_reason", sa.Text(), nullable=True),
        sa.Column("issued_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('valid', 'revoked')", name=op.f("ck_training_certificates_status_known")
        ),
        sa.CheckConstraint(
            "valid_until >= issued_on", name=op.f("ck_training_certificates_validity_ordered")
        ),
        sa.CheckConstraint(
            "(status = 'revoked') = (revoked_on IS NOT NULL)",
            name=op.f("ck_training_certificates_revocation_dated"),
        ),
        sa.ForeignKeyConstraint(
            ["course_code"],
            [f"{S}.training_courses.code"],
            name=op.f("fk_training_certificates_course_code_training_courses"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            [f"{S}.training_sessions.id"],
            name=op.f("fk_training_certificates_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_training_certificates_number")),
        schema=S,
    )
    op.create_index(
        op.f("ix_training_certificates_holder_id_number"),
        "training_certificates",
        ["holder_id_number"],
        schema=S,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_training_certificates_holder_id_number"), table_name="training_certificates", schema=S
    )
    op.drop_table("training_certificates", schema=S)
    op.drop_table("training_results", schema=S)
    op.drop_table("training_result_import_errors", schema=S)
    op.drop_table("training_result_imports", schema=S)
    op.drop_index(op.f("ix_training_sessions_course_code"), table_name="training_sessions", schema=S)
    op.drop_table("training_sessions", schema=S)
    op.drop_table("training_courses", schema=S)
