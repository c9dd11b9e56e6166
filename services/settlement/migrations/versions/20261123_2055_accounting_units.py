"""accounting units: the counties the fund keeps books for (reference data, the same as enrollment's)

Revision ID: f03a7181e999
Revises: 69d868d2cbc2
Create Date: 2026-11-23 20:14:24.758454
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f03a7181e999"
down_revision: str | None = "69d868d2cbc2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounting_units",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_accounting_units")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("accounting_units", schema="settlement")
