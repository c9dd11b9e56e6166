"""bills for bulk runs: time-ordered ids, no foreign keys (a row trigger each, 2.4 M a run)

Bills are made only by the bill run, from persons and the year's policy in one statement.

Revision ID: 2856620c9f73
Revises: 5219125f19a0
Create Date: 2026-11-23 20:00:04.120714
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2856620c9f73"
down_revision: str | None = "5219125f19a0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.alter_column(
        "contribution_bills",
        "id",
        existing_type=sa.UUID(),
        server_default=sa.text("enrollment.time_ordered_uuid()"),
        existing_nullable=False,
        schema="enrollment",
    )
    op.drop_constraint(
        op.f("fk_contribution_bills_year_contribution_policies"),
        "contribution_bills",
        schema="enrollment",
        type_="foreignkey",
    )
    op.drop_constraint(
        op.f("fk_contribution_bills_county_code_counties"),
        "contribution_bills",
        schema="enrollment",
        type_="foreignkey",
    )
    op.drop_constraint(
        op.f("fk_contribution_bills_person_id_persons"),
        "contribution_bills",
        schema="enrollment",
        type_="foreignkey",
    )


def downgrade() -> None:
    op.create_foreign_key(
        op.f("fk_contribution_bills_person_id_persons"),
        "contribution_bills",
        "persons",
        ["person_id"],
        ["id"],
        source_schema="enrollment",
        referent_schema="enrollment",
    )
    op.create_foreign_key(
        op.f("fk_contribution_bills_county_code_counties"),
        "contribution_bills",
        "counties",
        ["county_code"],
        ["code"],
        source_schema="enrollment",
        referent_schema="enrollment",
    )
    op.create_foreign_key(
        op.f("fk_contribution_bills_year_contribution_policies"),
        "contribution_bills",
        "contribution_policies",
        ["year"],
        ["year"],
        source_schema="enrollment",
        referent_schema="enrollment",
    )
    op.alter_column(
        "contribution_bills",
        "id",
        existing_type=sa.UUID(),
        server_default=sa.text("gen_random_uuid()"),
        existing_nullable=False,
        schema="enrollment",
    )
