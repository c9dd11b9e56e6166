"""feed dead letters: the events settlement's feed consumers could not apply, with their error

An event that breaks its contract, or fails to apply as many times in a row as ``LTC_FEED_MAX_ATTEMPTS``,
is kept here; the consumer then sets it aside or stops before it (per feed), and an operator retries or
discards it (``python -m services.launcher dead-letters``).

Revision ID: b5e03f6a1c84
Revises: 8e4b1d6c0a27
Create Date: 2026-12-06 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "b5e03f6a1c84"
down_revision: str | None = "8e4b1d6c0a27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
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
        schema="settlement",
    )
    op.create_index(
        op.f("ix_feed_dead_letters_consumer_status"),
        "feed_dead_letters",
        ["consumer", "status"],
        unique=False,
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_feed_dead_letters_consumer_status"), table_name="feed_dead_letters", schema="settlement"
    )
    op.drop_table("feed_dead_letters", schema="settlement")
