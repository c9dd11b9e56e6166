"""the city's other departments and the third-party evaluator as API-client roles (read only, city-wide)

Revision ID: 9c3e5a7b1d20
Revises: 6b1f0c2d9a47
Create Date: 2026-12-07 06:45:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9c3e5a7b1d20"
down_revision: str | None = "6b1f0c2d9a47"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BEFORE = ("admin", "bureau", "contractor", "institution")
_AGENCIES = (
    "finance",
    "civil_affairs",
    "health",
    "human_resources",
    "tax",
    "audit",
    "disabled_persons_federation",
    "insurance_regulator",
    "evaluator",
)


def _role_known(roles: Sequence[str]) -> None:
    op.drop_constraint(op.f("ck_api_clients_role_known"), "api_clients", schema="gateway", type_="check")
    listed = ", ".join(f"'{role}'" for role in roles)
    op.create_check_constraint(
        op.f("ck_api_clients_role_known"), "api_clients", f"role IN ({listed})", schema="gateway"
    )


def upgrade() -> None:
    _role_known(_BEFORE + _AGENCIES)


def downgrade() -> None:
    """Fails on the constraint while a client of one of these roles exists: revoking is not removing, and
    no API client is deleted by a migration."""
    _role_known(_BEFORE)
