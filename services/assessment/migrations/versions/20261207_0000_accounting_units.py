"""accounting units: the counties a request may name (reference data, the same as enrollment's)

Revision ID: 5c1e2a7d90b4
Revises: ebf931287edc
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c1e2a7d90b4"
down_revision: str | None = "ebf931287edc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounting_units",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_accounting_units")),
        schema="assessment",
    )


def downgrade() -> None:
    op.drop_table("accounting_units", schema="assessment")
