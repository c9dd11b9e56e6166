"""indexes for oversight's KPIs: the records sampled for review, and the records a run's checks cut

Revision ID: 7e4b1c9d2a58
Revises: 5d2a7f9c1e63
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7e4b1c9d2a58"
down_revision: str | None = "5d2a7f9c1e63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"


def upgrade() -> None:
    op.create_index(
        "ix_service_records_sampled",
        "service_records",
        ["county_code", "service_date"],
        schema=S,
        postgresql_where=sa.text("sampled_for_review IS NOT NULL"),
    )
    op.create_index(
        "ix_service_record_checks_cut",
        "service_record_checks",
        ["run_id"],
        schema=S,
        postgresql_where=sa.text("deducted_fen > 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_service_record_checks_cut", table_name="service_record_checks", schema=S)
    op.drop_index("ix_service_records_sampled", table_name="service_records", schema=S)
