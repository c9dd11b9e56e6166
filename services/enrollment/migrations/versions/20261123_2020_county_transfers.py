"""county transfers: a person moved to another accounting county by the bureau, with its date

Revision ID: f2f6d094728c
Revises: 2856620c9f73
Create Date: 2026-11-23 20:08:35.500389
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f2f6d094728c"
down_revision: str | None = "2856620c9f73"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_county_changes",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("from_county_code", sa.String(length=6), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "from_county_code <> county_code", name=op.f("ck_person_county_changes_another_county")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["enrollment.persons.id"], name=op.f("fk_person_county_changes_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_county_changes")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_person_county_changes_person_id"),
        "person_county_changes",
        ["person_id"],
        unique=False,
        schema="enrollment",
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_person_county_changes_person_id"), table_name="person_county_changes", schema="enrollment"
    )
    op.drop_table("person_county_changes", schema="enrollment")
