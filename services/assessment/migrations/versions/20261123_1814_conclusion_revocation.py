"""conclusions: revocation (reason DECEASED or MISTAKEN, a note, who revoked it)

Revision ID: ebf931287edc
Revises: 94f0a726b57d
Create Date: 2026-11-23 18:14:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ebf931287edc"
down_revision: str | None = "94f0a726b57d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conclusions", sa.Column("revoke_reason", sa.Text(), nullable=True), schema="assessment")
    op.add_column("conclusions", sa.Column("revoke_note", sa.Text(), nullable=True), schema="assessment")
    op.add_column("conclusions", sa.Column("revoked_by", sa.Text(), nullable=True), schema="assessment")
    op.create_check_constraint(
        op.f("ck_conclusions_revocation_has_reason"),
        "conclusions",
        "status <> 'revoked' OR (revoke_reason IN ('DECEASED', 'MISTAKEN') AND ended_on IS NOT NULL)",
        schema="assessment",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_conclusions_revocation_has_reason"), "conclusions", schema="assessment", type_="check"
    )
    op.drop_column("conclusions", "revoked_by", schema="assessment")
    op.drop_column("conclusions", "revoke_note", schema="assessment")
    op.drop_column("conclusions", "revoke_reason", schema="assessment")
