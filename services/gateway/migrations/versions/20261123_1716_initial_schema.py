"""initial schema: API clients, hashed keys, append-only audit log

Revision ID: e0f98cfaaf2c
Revises:
Create Date: 2026-11-23 17:16:50.088926
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "e0f98cfaaf2c"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_clients",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.String(length=6)), server_default="{}", nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(role = 'contractor') = (cardinality(county_codes) > 0)",
            name=op.f("ck_api_clients_contractor_has_counties"),
        ),
        sa.CheckConstraint(
            "(role = 'institution') = (institution_id IS NOT NULL)",
            name=op.f("ck_api_clients_institution_has_institution"),
        ),
        sa.CheckConstraint(
            "role IN ('admin', 'bureau', 'contractor', 'institution')", name=op.f("ck_api_clients_role_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_clients")),
        sa.UniqueConstraint("name", name=op.f("uq_api_clients_name")),
        schema="gateway",
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("client_name", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("status", sa.SmallInteger(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Text(), nullable=False),
        sa.Column("service", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('success', 'rejected', 'failed')", name=op.f("ck_audit_events_outcome_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        schema="gateway",
    )
    op.create_index(
        op.f("ix_audit_events_client_id_id"),
        "audit_events",
        ["client_id", "id"],
        unique=False,
        schema="gateway",
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["gateway.api_clients.id"], name=op.f("fk_api_keys_client_id_api_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
        schema="gateway",
    )
    op.create_index(op.f("ix_api_keys_client_id"), "api_keys", ["client_id"], unique=False, schema="gateway")

    make_append_only("gateway", "audit_events")


def downgrade() -> None:
    drop_append_only("gateway", "audit_events")
    op.drop_index(op.f("ix_api_keys_client_id"), table_name="api_keys", schema="gateway")
    op.drop_table("api_keys", schema="gateway")
    op.drop_index(op.f("ix_audit_events_client_id_id"), table_name="audit_events", schema="gateway")
    op.drop_table("audit_events", schema="gateway")
    op.drop_table("api_clients", schema="gateway")
