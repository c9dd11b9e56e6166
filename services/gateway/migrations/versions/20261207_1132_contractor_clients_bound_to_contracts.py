"""contractor clients bound to their contractor; the contracts as oversight announces them; the feed tables

Revision ID: 4d2a8e6c0b13
Revises: 9c3e5a7b1d20
Create Date: 2026-12-07 11:32:37.491179
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "4d2a8e6c0b13"
down_revision: str | None = "9c3e5a7b1d20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consumer_cursors",
        sa.Column("consumer", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("position", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("consumer", name=op.f("pk_consumer_cursors")),
        schema="gateway",
    )
    op.create_table(
        "contracts",
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("contractor_id", sa.Uuid(), nullable=False),
        sa.Column("lot", sa.Text(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.String(length=6)), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("contract_id", name=op.f("pk_contracts")),
        schema="gateway",
    )
    op.create_index(
        op.f("ix_contracts_contractor_id"), "contracts", ["contractor_id"], unique=False, schema="gateway"
    )
    op.create_table(
        "feed_dead_letters",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("consumer", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("event", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("blocking", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column(
            "first_failed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "last_failed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'retry', 'resolved', 'discarded')", name=op.f("ck_feed_dead_letters_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_dead_letters")),
        sa.UniqueConstraint("consumer", "event_id", name=op.f("uq_feed_dead_letters_consumer_event_id")),
        schema="gateway",
    )
    op.create_index(
        op.f("ix_feed_dead_letters_consumer_status"),
        "feed_dead_letters",
        ["consumer", "status"],
        unique=False,
        schema="gateway",
    )
    op.add_column("api_clients", sa.Column("contractor_id", sa.Uuid(), nullable=True), schema="gateway")
    op.create_index(
        op.f("ix_api_clients_contractor_id"), "api_clients", ["contractor_id"], unique=False, schema="gateway"
    )
    op.create_check_constraint(
        op.f("ck_api_clients_contractor_id_for_contractor"),
        "api_clients",
        "contractor_id IS NULL OR role = 'contractor'",
        schema="gateway",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_api_clients_contractor_id_for_contractor"), "api_clients", schema="gateway", type_="check"
    )
    op.drop_index(op.f("ix_api_clients_contractor_id"), table_name="api_clients", schema="gateway")
    op.drop_column("api_clients", "contractor_id", schema="gateway")
    op.drop_index(
        op.f("ix_feed_dead_letters_consumer_status"), table_name="feed_dead_letters", schema="gateway"
    )
    op.drop_table("feed_dead_letters", schema="gateway")
    op.drop_index(op.f("ix_contracts_contractor_id"), table_name="contracts", schema="gateway")
    op.drop_table("contracts", schema="gateway")
    op.drop_table("consumer_cursors", schema="gateway")
