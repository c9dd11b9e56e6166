"""initial schema: outbox, consumer cursors

Revision ID: 4d973cdeedb0
Revises:
Create Date: 2026-11-23 17:16:48.021130
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "4d973cdeedb0"
down_revision: str | None = None
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
        schema="settlement",
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
        schema="settlement",
    )
    op.create_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"),
        "outbox_events",
        ["aggregate_type", "aggregate_id"],
        unique=False,
        schema="settlement",
    )

    make_append_only("settlement", "outbox_events")


def downgrade() -> None:
    drop_append_only("settlement", "outbox_events")
    op.drop_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"), table_name="outbox_events", schema="settlement"
    )
    op.drop_table("outbox_events", schema="settlement")
    op.drop_table("consumer_cursors", schema="settlement")
