"""console staff accounts and sessions; audit rows name the staff user

Revision ID: a3ef9c38c8c2
Revises: 4d2a8e6c0b13
Create Date: 2026-12-07 14:34:47.874381
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "a3ef9c38c8c2"
down_revision: str | None = "4d2a8e6c0b13"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.String(length=6)), server_default="{}", nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=True),
        sa.Column("contractor_id", sa.Uuid(), nullable=True),
        sa.Column("staff_admin", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("totp_secret", sa.Text(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(role = 'contractor') = (cardinality(county_codes) > 0)",
            name=op.f("ck_staff_users_contractor_has_counties"),
        ),
        sa.CheckConstraint(
            "(role = 'institution') = (institution_id IS NOT NULL)",
            name=op.f("ck_staff_users_institution_has_institution"),
        ),
        sa.CheckConstraint(
            "NOT staff_admin OR role = 'contractor'", name=op.f("ck_staff_users_staff_admin_for_contractor")
        ),
        sa.CheckConstraint(
            "contractor_id IS NULL OR role = 'contractor'",
            name=op.f("ck_staff_users_contractor_id_for_contractor"),
        ),
        sa.CheckConstraint(
            "role IN ('admin', 'bureau', 'contractor', 'institution', 'finance', 'civil_affairs', 'health', 'human_resources', 'tax', 'audit', 'disabled_persons_federation', 'insurance_regulator', 'evaluator')",
            name=op.f("ck_staff_users_role_known"),
        ),
        sa.CheckConstraint(
            "totp_secret IS NULL OR role IN ('bureau', 'admin')",
            name=op.f("ck_staff_users_totp_for_bureau_admin"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_users_username")),
        schema="gateway",
    )
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("staff_user_id", sa.Uuid(), nullable=False),
        sa.Column("token_digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("csrf_token", sa.Text(), nullable=False),
        sa.Column("second_factor_pending", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source_address", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["gateway.staff_users.id"],
            name=op.f("fk_staff_sessions_staff_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint("token_digest", name=op.f("uq_staff_sessions_token_digest")),
        schema="gateway",
    )
    op.create_index(
        op.f("ix_staff_sessions_staff_user_id"),
        "staff_sessions",
        ["staff_user_id"],
        unique=False,
        schema="gateway",
    )
    op.add_column("audit_events", sa.Column("staff_user_id", sa.Uuid(), nullable=True), schema="gateway")


def downgrade() -> None:
    op.drop_column("audit_events", "staff_user_id", schema="gateway")
    op.drop_index(op.f("ix_staff_sessions_staff_user_id"), table_name="staff_sessions", schema="gateway")
    op.drop_table("staff_sessions", schema="gateway")
    op.drop_table("staff_users", schema="gateway")
