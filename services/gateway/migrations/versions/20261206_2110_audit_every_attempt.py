"""audit of every mutating attempt: the client's own request id, source address, bad key prefix, the object
touched and the problem code; an index to find a call by the gateway's request id

Revision ID: 6b1f0c2d9a47
Revises: 324e91d0bdbe
Create Date: 2026-12-06 21:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "6b1f0c2d9a47"
down_revision: str | None = "324e91d0bdbe"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("client_request_id", "source_address", "key_prefix", "object_id", "code")


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("audit_events", sa.Column(column, sa.Text(), nullable=True), schema="gateway")
    op.create_index(
        op.f("ix_audit_events_request_id"), "audit_events", ["request_id"], unique=False, schema="gateway"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_events_request_id"), table_name="audit_events", schema="gateway")
    for column in reversed(_COLUMNS):
        op.drop_column("audit_events", column, schema="gateway")
