"""expert status changes: a sequence number, so changes made in one transaction keep their order

Revision ID: 94f0a726b57d
Revises: 8b97f568d64e
Create Date: 2026-11-23 18:08:46.658364
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "94f0a726b57d"
down_revision: str | None = "8b97f568d64e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "expert_status_changes",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        schema="assessment",
    )
    op.create_unique_constraint(
        op.f("uq_expert_status_changes_seq"), "expert_status_changes", ["seq"], schema="assessment"
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("uq_expert_status_changes_seq"), "expert_status_changes", schema="assessment", type_="unique"
    )
    op.drop_column("expert_status_changes", "seq", schema="assessment")
