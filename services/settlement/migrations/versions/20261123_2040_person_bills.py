"""person bills: what each person owes for a year and has paid, from enrollment's bills.issued and payments

Settlement's coverage check uses the same rule as enrollment: paid in full, or not yet past the grace period.

Revision ID: bf26dd3ca60d
Revises: 9b2f6d41c8e7
Create Date: 2026-11-23 20:00:56.386488
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "bf26dd3ca60d"
down_revision: str | None = "9b2f6d41c8e7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_bills",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("due_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("grace_ends_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "year", name=op.f("pk_person_bills")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("person_bills", schema="settlement")
