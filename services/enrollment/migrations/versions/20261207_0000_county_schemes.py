"""county schemes: each accounting unit's scheme start as versioned data; the contribution policy's first
partial year rule and allowed payment channels per category; what a payment put into the employer half

Revision ID: 9a4f1c2e7b55
Revises: 7d1c4e2a9b30
Create Date: 2026-12-07 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "9a4f1c2e7b55"
down_revision: str | None = "7d1c4e2a9b30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# seed 003: employees and flexible workers 个人账户代扣 / 家庭共济 / 按年一次性缴纳; retirees 按年一次性缴纳 /
# 养老金代扣 (the policies that exist get it, flagged unconfirmed)
SEED_CHANNELS = (
    '{"employee": ["personal_account", "family_account", "annual_self_payment"], '
    '"flexible": ["personal_account", "family_account", "annual_self_payment"], '
    '"retiree": ["annual_self_payment", "pension_deduction"]}'
)


def upgrade() -> None:
    op.create_table(
        "county_schemes",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("scheme_start_on", sa.Date(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_code"], ["enrollment.counties.code"], name=op.f("fk_county_schemes_county_code_counties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_schemes")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_county_schemes_county_code_id"),
        "county_schemes",
        ["county_code", "id"],
        unique=False,
        schema="enrollment",
    )
    op.add_column(
        "contribution_policies",
        sa.Column("first_year_rule", sa.Text(), server_default="full", nullable=False),
        schema="enrollment",
    )
    op.add_column(
        "contribution_policies",
        sa.Column(
            "channels_by_category",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text(f"'{SEED_CHANNELS}'::jsonb"),
            nullable=False,
        ),
        schema="enrollment",
    )
    op.execute(
        "UPDATE enrollment.contribution_policies "
        "SET unconfirmed_fields = unconfirmed_fields || ARRAY['first_year_rule', 'channels_by_category']"
    )
    op.add_column(
        "payments",
        sa.Column("to_employer_half_fen", sa.Integer(), server_default="0", nullable=False),
        schema="enrollment",
    )
    op.alter_column("contribution_policies", "first_year_rule", server_default=None, schema="enrollment")
    op.alter_column("contribution_policies", "channels_by_category", server_default=None, schema="enrollment")
    op.create_check_constraint(
        op.f("ck_contribution_policies_first_year_rule_known"),
        "contribution_policies",
        "first_year_rule IN ('full', 'none', 'pro_rata')",
        schema="enrollment",
    )


def downgrade() -> None:
    op.drop_column("payments", "to_employer_half_fen", schema="enrollment")
    op.drop_constraint(
        op.f("ck_contribution_policies_first_year_rule_known"), "contribution_policies", schema="enrollment"
    )
    op.drop_column("contribution_policies", "channels_by_category", schema="enrollment")
    op.drop_column("contribution_policies", "first_year_rule", schema="enrollment")
    op.execute(
        "UPDATE enrollment.contribution_policies SET unconfirmed_fields = "
        "array_remove(array_remove(unconfirmed_fields, 'first_year_rule'), 'channels_by_category')"
    )
    op.drop_index(op.f("ix_county_schemes_county_code_id"), table_name="county_schemes", schema="enrollment")
    op.drop_table("county_schemes", schema="enrollment")
