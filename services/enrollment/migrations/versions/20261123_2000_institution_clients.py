"""institution clients from the assessment feed, and the cursor of enrollment's feed consumer

An institution reads the coverage of its own clients: the persons whose disability level in force names it
as their care institution (``conclusion.in_force`` of assessment's feed).

Revision ID: 5219125f19a0
Revises: 3e1d0c7b9a52
Create Date: 2026-11-23 19:50:19.086031
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5219125f19a0"
down_revision: str | None = "3e1d0c7b9a52"
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
        schema="enrollment",
    )
    op.create_table(
        "institution_clients",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("conclusion_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_institution_clients")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_institution_clients_institution_id_person_id"),
        "institution_clients",
        ["institution_id", "person_id"],
        unique=False,
        schema="enrollment",
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_institution_clients_institution_id_person_id"),
        table_name="institution_clients",
        schema="enrollment",
    )
    op.drop_table("institution_clients", schema="enrollment")
    op.drop_table("consumer_cursors", schema="enrollment")
