"""merge: service records for bulk intake, and main's applications received and accounting units

Revision ID: 8e4b1d6c0a27
Revises: 5a7c2e91f4d3, f03a7181e999
Create Date: 2026-11-23 21:10:00
"""

from collections.abc import Sequence

revision: str = "8e4b1d6c0a27"
down_revision: str | tuple[str, ...] | None = ("5a7c2e91f4d3", "f03a7181e999")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
