"""initial schema: accounting units, insured targets, contribution policy, outbox

Revision ID: 5f2a4b866d36
Revises:
Create Date: 2026-11-23 17:16:43.795878
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "5f2a4b866d36"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contribution_policies",
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("amount_per_person_fen", sa.Integer(), nullable=False),
        sa.Column("employer_share_fen", sa.Integer(), nullable=False),
        sa.Column("individual_share_fen", sa.Integer(), nullable=False),
        sa.Column("grace_period_days", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("unconfirmed_fields", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "employer_share_fen + individual_share_fen = amount_per_person_fen",
            name=op.f("ck_contribution_policies_shares_add_up"),
        ),
        sa.CheckConstraint(
            "employer_share_fen >= 0 AND individual_share_fen >= 0",
            name=op.f("ck_contribution_policies_shares_not_negative"),
        ),
        sa.CheckConstraint(
            "grace_period_days >= 0", name=op.f("ck_contribution_policies_grace_not_negative")
        ),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_contribution_policies")),
        schema="enrollment",
    )
    op.create_table(
        "counties",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("code ~ '^[0-9]{6}$'", name=op.f("ck_counties_code_six_digits")),
        sa.CheckConstraint(
            "kind IN ('district', 'county', 'county_city', 'development_zone')",
            name=op.f("ck_counties_kind_known"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_counties")),
        sa.UniqueConstraint("name", name=op.f("uq_counties_name")),
        schema="enrollment",
    )
    op.create_table(
        "outbox_events",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("event_id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("aggregate_type", sa.Text(), nullable=False),
        sa.Column("aggregate_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=True),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_outbox_events_event_id")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"),
        "outbox_events",
        ["aggregate_type", "aggregate_id"],
        unique=False,
        schema="enrollment",
    )
    op.create_table(
        "county_insured_targets",
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("employee_insured", sa.Integer(), nullable=False),
        sa.Column("target_assured", sa.Integer(), nullable=False),
        sa.Column("target_stretch", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_code"],
            ["enrollment.counties.code"],
            name=op.f("fk_county_insured_targets_county_code_counties"),
        ),
        sa.PrimaryKeyConstraint("county_code", "year", name=op.f("pk_county_insured_targets")),
        schema="enrollment",
    )

    make_append_only("enrollment", "outbox_events")


def downgrade() -> None:
    drop_append_only("enrollment", "outbox_events")
    op.drop_table("county_insured_targets", schema="enrollment")
    op.drop_index(
        op.f("ix_outbox_events_aggregate_type_aggregate_id"), table_name="outbox_events", schema="enrollment"
    )
    op.drop_table("outbox_events", schema="enrollment")
    op.drop_table("counties", schema="enrollment")
    op.drop_table("contribution_policies", schema="enrollment")
