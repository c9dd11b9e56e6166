"""applications received: assessment's application.received, counted in the bureau's fund views

Revision ID: 69d868d2cbc2
Revises: bf26dd3ca60d
Create Date: 2026-11-23 20:12:04.803097
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "69d868d2cbc2"
down_revision: str | None = "bf26dd3ca60d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applications_received",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("application_id", name=op.f("pk_applications_received")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_applications_received_county_code_received_on"),
        "applications_received",
        ["county_code", "received_on"],
        unique=False,
        schema="settlement",
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_applications_received_county_code_received_on"),
        table_name="applications_received",
        schema="settlement",
    )
    op.drop_table("applications_received", schema="settlement")
