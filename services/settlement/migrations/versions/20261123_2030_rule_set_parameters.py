"""settlement parameters as rule data: quality-deposit share, check-in distance and regular-times threshold
on benefit_rule_sets (were LTC_SETTLEMENT_* settings); existing versions get the former defaults, flagged
unconfirmed

Revision ID: 9b2f6d41c8e7
Revises: 7c1e5a93d2b4
Create Date: 2026-11-23 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "9b2f6d41c8e7"
down_revision: str | None = "7c1e5a93d2b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMER_DEFAULTS = {"quality_deposit_bp": 500, "checkin_max_distance_m": 500, "regular_times_min_visits": 15}


def upgrade() -> None:
    for name, value in FORMER_DEFAULTS.items():
        op.add_column(
            "benefit_rule_sets",
            sa.Column(name, sa.Integer(), nullable=False, server_default=str(value)),
            schema="settlement",
        )
        op.alter_column("benefit_rule_sets", name, server_default=None, schema="settlement")
    op.add_column(
        "benefit_rule_sets",
        sa.Column(
            "unconfirmed_fields",
            postgresql.ARRAY(sa.Text()),
            nullable=False,
            server_default="{quality_deposit_bp,checkin_max_distance_m,regular_times_min_visits}",
        ),
        schema="settlement",
    )
    op.alter_column("benefit_rule_sets", "unconfirmed_fields", server_default="{}", schema="settlement")
    op.create_check_constraint(
        op.f("ck_benefit_rule_sets_deposit_share_range"),
        "benefit_rule_sets",
        "quality_deposit_bp BETWEEN 0 AND 10000",
        schema="settlement",
    )
    op.create_check_constraint(
        op.f("ck_benefit_rule_sets_distance_not_negative"),
        "benefit_rule_sets",
        "checkin_max_distance_m >= 0",
        schema="settlement",
    )
    op.create_check_constraint(
        op.f("ck_benefit_rule_sets_regular_times_at_least_two"),
        "benefit_rule_sets",
        "regular_times_min_visits >= 2",
        schema="settlement",
    )


def downgrade() -> None:
    # the check constraints go with their columns
    op.drop_column("benefit_rule_sets", "unconfirmed_fields", schema="settlement")
    for name in reversed(list(FORMER_DEFAULTS)):
        op.drop_column("benefit_rule_sets", name, schema="settlement")
