"""service records shaped for bulk intake: no per-row foreign-key trigger to institutions

The foreign key of ``service_records.institution_id`` fired a trigger (a lookup of the institution) for
every inserted record, about a sixth of a month's submission. The only writer of records is the intake,
which inserts the institution it has just read in the same transaction (the caller's own institution), and
institutions are never deleted; so the key is guaranteed without it.

Revision ID: 5a7c2e91f4d3
Revises: bf26dd3ca60d
Create Date: 2026-11-23 21:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5a7c2e91f4d3"
down_revision: str | None = "bf26dd3ca60d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(
        op.f("fk_service_records_institution_id_institutions"), "service_records", schema="settlement"
    )


def downgrade() -> None:
    op.create_foreign_key(
        op.f("fk_service_records_institution_id_institutions"),
        "service_records",
        "institutions",
        ["institution_id"],
        ["id"],
        source_schema="settlement",
        referent_schema="settlement",
    )
