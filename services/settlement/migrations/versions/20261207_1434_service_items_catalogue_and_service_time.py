"""the catalogue of service items (versions, items) and service time: minutes a month per level × mode on the
benefit rules, family care's personal-care share limit on the rule sets

No catalogue is shipped (no seed gives items), so the item checks apply to no month until the bureau
publishes a version. Existing benefit rules get no monthly minutes (no limit) and existing rule sets no
personal-care share limit, that parameter flagged unconfirmed: S003 gives no figure for either.

Revision ID: b7e2c4d9a1f3
Revises: 5b1d7e3a9c42
Create Date: 2026-12-07 14:34:18.908438
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "b7e2c4d9a1f3"
down_revision: str | None = "5b1d7e3a9c42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"
SHARE = "family_personal_care_max_bp"


def upgrade() -> None:
    op.create_table(
        "service_item_catalogues",
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), server_default="draft", nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("published_by", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(status = 'published') = (published_at IS NOT NULL)",
            name=op.f("ck_service_item_catalogues_published_has_instant"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'published')", name=op.f("ck_service_item_catalogues_status_known")
        ),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_service_item_catalogues")),
        schema=S,
    )
    op.create_index(
        "uq_service_item_catalogues_published_from",
        "service_item_catalogues",
        ["effective_from"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("status = 'published'"),
    )
    op.create_table(
        "service_items",
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("item_class", sa.Text(), nullable=False),
        sa.Column("personal_care", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("care_modes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("min_minutes", sa.Integer(), nullable=True),
        sa.Column("max_per_month", sa.Integer(), nullable=True),
        sa.Column("caregiver_categories", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("unconfirmed_fields", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.CheckConstraint("code ~ '^[0-9A-Z]{17}$'", name=op.f("ck_service_items_code_shape")),
        sa.CheckConstraint("cardinality(care_modes) > 0", name=op.f("ck_service_items_has_care_modes")),
        sa.CheckConstraint(
            "min_minutes >= 0 AND max_per_month >= 1", name=op.f("ck_service_items_limits_positive")
        ),
        sa.ForeignKeyConstraint(
            ["version"],
            ["settlement.service_item_catalogues.version"],
            name=op.f("fk_service_items_version_service_item_catalogues"),
        ),
        sa.PrimaryKeyConstraint("version", "code", name=op.f("pk_service_items")),
        schema=S,
    )
    op.add_column("benefit_rule_sets", sa.Column(SHARE, sa.Integer(), nullable=True), schema=S)
    op.create_check_constraint(
        op.f("ck_benefit_rule_sets_personal_care_share_range"),
        "benefit_rule_sets",
        f"{SHARE} BETWEEN 0 AND 10000",
        schema=S,
    )
    op.execute(
        f"UPDATE {S}.benefit_rule_sets SET unconfirmed_fields = array_append(unconfirmed_fields, '{SHARE}')"
    )
    op.add_column("benefit_rules", sa.Column("monthly_minutes", sa.Integer(), nullable=True), schema=S)
    op.create_check_constraint(
        op.f("ck_benefit_rules_monthly_minutes_not_negative"),
        "benefit_rules",
        "monthly_minutes >= 0",
        schema=S,
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_benefit_rules_monthly_minutes_not_negative"), "benefit_rules", type_="check", schema=S
    )
    op.drop_column("benefit_rules", "monthly_minutes", schema=S)
    op.execute(
        f"UPDATE {S}.benefit_rule_sets SET unconfirmed_fields = array_remove(unconfirmed_fields, '{SHARE}')"
    )
    op.drop_constraint(
        op.f("ck_benefit_rule_sets_personal_care_share_range"), "benefit_rule_sets", type_="check", schema=S
    )
    op.drop_column("benefit_rule_sets", SHARE, schema=S)
    op.drop_table("service_items", schema=S)
    op.drop_index(
        "uq_service_item_catalogues_published_from",
        table_name="service_item_catalogues",
        schema=S,
        postgresql_where=sa.text("status = 'published'"),
    )
    op.drop_table("service_item_catalogues", schema=S)
