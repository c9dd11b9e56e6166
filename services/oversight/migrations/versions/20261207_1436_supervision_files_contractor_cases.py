"""supervision files (photos and documents of visits and cases, bytea); cases about a contractor

Revision ID: b3d5f7a9c1e2
Revises: 7a1f3c5e9b24
Create Date: 2026-12-07 14:36:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b3d5f7a9c1e2"
down_revision: str | None = "7a1f3c5e9b24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "oversight"
SUBJECT_NAMED = (
    "(subject_kind = 'institution' AND institution_id IS NOT NULL AND contractor_id IS NULL"
    " AND contract_id IS NULL) OR (subject_kind = 'contractor' AND institution_id IS NULL"
    " AND contractor_id IS NOT NULL AND contract_id IS NOT NULL)"
)


def upgrade() -> None:
    op.create_table(
        "supervision_files",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("parent_kind", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", sa.Text(), nullable=False),
        sa.Column("uploaded_role", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "media_type IN ('image/jpeg', 'image/png', 'application/pdf')",
            name=op.f("ck_supervision_files_media_type_allowed"),
        ),
        sa.CheckConstraint(
            "parent_kind IN ('inspection', 'case')", name=op.f("ck_supervision_files_parent_known")
        ),
        sa.CheckConstraint(
            "purpose IN ('finding', 'follow_up', 'evidence', 'statement')",
            name=op.f("ck_supervision_files_purpose_known"),
        ),
        sa.CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name=op.f("ck_supervision_files_sha256_hex")),
        sa.CheckConstraint(
            "size_bytes > 0 AND size_bytes = octet_length(content)",
            name=op.f("ck_supervision_files_size_matches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_files")),
        schema=S,
    )
    # JPEG, PNG and PDF are compressed already: kept out of line without another try at compressing them
    op.execute(f"ALTER TABLE {S}.supervision_files ALTER COLUMN content SET STORAGE EXTERNAL")
    op.create_index(
        op.f("ix_supervision_files_parent_kind_parent_id_seq"),
        "supervision_files",
        ["parent_kind", "parent_id", "seq"],
        unique=False,
        schema=S,
    )
    op.create_index(
        op.f("ix_supervision_files_parent_kind_parent_id_purpose_sha256"),
        "supervision_files",
        ["parent_kind", "parent_id", "purpose", "sha256"],
        unique=True,
        schema=S,
    )
    op.add_column(
        "cases", sa.Column("subject_kind", sa.Text(), server_default="institution", nullable=False), schema=S
    )
    op.add_column("cases", sa.Column("contractor_id", sa.Uuid(), nullable=True), schema=S)
    op.add_column("cases", sa.Column("contract_id", sa.Uuid(), nullable=True), schema=S)
    op.alter_column("cases", "institution_id", existing_type=sa.Text(), nullable=True, schema=S)
    op.create_index(op.f("ix_cases_contractor_id"), "cases", ["contractor_id"], unique=False, schema=S)
    op.create_check_constraint(
        op.f("ck_cases_subject_known"), "cases", "subject_kind IN ('institution', 'contractor')", schema=S
    )
    op.create_check_constraint(op.f("ck_cases_subject_named"), "cases", SUBJECT_NAMED, schema=S)


def downgrade() -> None:
    # a case about a contractor has no institution to be kept under: it goes, with what hangs on it
    contractor_cases = f"SELECT id FROM {S}.cases WHERE subject_kind = 'contractor'"
    for table in ("case_entries", "case_status_changes", "sanctions", "recoveries"):
        op.execute(f"DELETE FROM {S}.{table} WHERE case_id IN ({contractor_cases})")
    op.execute(f"DELETE FROM {S}.cases WHERE subject_kind = 'contractor'")
    op.drop_constraint(op.f("ck_cases_subject_named"), "cases", type_="check", schema=S)
    op.drop_constraint(op.f("ck_cases_subject_known"), "cases", type_="check", schema=S)
    op.drop_index(op.f("ix_cases_contractor_id"), table_name="cases", schema=S)
    op.alter_column("cases", "institution_id", existing_type=sa.Text(), nullable=False, schema=S)
    op.drop_column("cases", "contract_id", schema=S)
    op.drop_column("cases", "contractor_id", schema=S)
    op.drop_column("cases", "subject_kind", schema=S)
    op.drop_index(
        op.f("ix_supervision_files_parent_kind_parent_id_purpose_sha256"),
        table_name="supervision_files",
        schema=S,
    )
    op.drop_index(
        op.f("ix_supervision_files_parent_kind_parent_id_seq"),
        table_name="supervision_files",
        schema=S,
    )
    op.drop_table("supervision_files", schema=S)
