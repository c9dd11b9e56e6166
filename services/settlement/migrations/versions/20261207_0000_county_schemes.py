"""county schemes: each unit's scheme start as enrollment announces it (``county.scheme_changed``), for the
``COUNTY_NOT_IN_SCHEME`` cut of service records

Revision ID: 5c2d8e1f4a67
Revises: 3b8e0f5a9c21
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c2d8e1f4a67"
down_revision: str | None = "3b8e0f5a9c21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "county_schemes",
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("scheme_start_on", sa.Date(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("county_code", name=op.f("pk_county_schemes")),
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_table("county_schemes", schema="settlement")
