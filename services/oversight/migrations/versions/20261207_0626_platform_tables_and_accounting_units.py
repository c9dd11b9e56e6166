"""platform tables (outbox, idempotency, consumer cursors, dead letters) and the accounting units

Revision ID: 0a1b2c3d4e5f
Revises:
Create Date: 2026-12-07 06:26:28.206983
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "0a1b2c3d4e5f"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounting_units",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_accounting_units")),
        schema="oversight",
    )
    op.create_table(
        "consumer_cursors",
        sa.Column("consumer", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("position", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("consumer", name=op.f("pk_consumer_cursors")),
        schema="oversight",
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
        schema="oversight",
    )
    op.create_index(
        op.f("ix_feed_dead_letters_consumer_status"),
        "feed_dead_letters",
        ["consumer", "status"],
        unique=False,
        schema="oversight",
    )
    op.create_table(
        "idempotency_records",
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("request_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_body", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("client_id", "key", name=op.f("pk_idempotency_records")),
        schema="oversight",
    )
    op.create_table(
        "outbox_events",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("event_id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("aggregate_type", sa.Text(), nullable=False),
        sa.Column("aggregate_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=True),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_outbox_events_event_id")),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"),
        "outbox_events",
        ["aggregate_type", "aggregate_id"],
        unique=False,
        schema="oversight",
    )
    make_append_only("oversight", "outbox_events")


def downgrade() -> None:
    drop_append_only("oversight", "outbox_events")
    op.drop_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"), table_name="outbox_events", schema="oversight"
    )
    op.drop_table("outbox_events", schema="oversight")
    op.drop_table("idempotency_records", schema="oversight")
    op.drop_index(
        op.f("ix_feed_dead_letters_consumer_status"), table_name="feed_dead_letters", schema="oversight"
    )
    op.drop_table("feed_dead_letters", schema="oversight")
    op.drop_table("consumer_cursors", schema="oversight")
    op.drop_table("accounting_units", schema="oversight")
