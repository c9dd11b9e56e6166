"""One demo person per console role, for a local run (``make run``), beside the demo API clients.

Passwords are drawn once per data directory and kept in ``.ltc/demo-credentials.json`` (mode 0600) with the
keys; ``make run`` twice in a row prints the same ones. A demo account whose known password no longer
matches (changed through the API, or a new data directory over an old database) gets a fresh one, is
unlocked and enabled again: the demo accounts exist to be signed in with."""

from __future__ import annotations

import secrets
import string
from collections.abc import Collection, Mapping

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.reference.demo_clients import DEMO_CONTRACTOR_COUNTIES, DEMO_INSTITUTION_ID
from services.gateway.staff import repository, service
from services.gateway.staff.schemas import StaffCreate
from shared.principal import Principal, Role

DEMO_STAFF: dict[str, dict[str, object]] = {
    "demo.admin": {"display_name": "演示管理员", "role": "admin"},
    "demo.bureau": {"display_name": "演示医保局基金科", "role": "bureau"},
    "demo.contractor": {
        "display_name": "演示经办审核员",
        "role": "contractor",
        "county_codes": DEMO_CONTRACTOR_COUNTIES,
        "staff_admin": True,
    },
    "demo.institution": {
        "display_name": "演示机构结算员",
        "role": "institution",
        "institution_id": DEMO_INSTITUTION_ID,
    },
}

_LAUNCHER = Principal(role=Role.ADMIN, client_id="launcher", name="launcher")


def new_password() -> str:
    """16 characters of letters and digits with at least one of each (the password rules' two kinds)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        password = "".join(secrets.choice(alphabet) for _ in range(16))
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            return password


async def ensure_demo_staff(
    session: AsyncSession, known_passwords: Mapping[str, str], known_counties: Collection[str]
) -> dict[str, str]:
    """Create the demo accounts that are missing; returns username → password."""
    passwords: dict[str, str] = {}
    for username, spec in DEMO_STAFF.items():
        user = await repository.get_by_username(session, username, lock=True)
        old = known_passwords.get(username)
        if user is None:
            password = new_password()
            data = StaffCreate.model_validate({"username": username, "password": password, **spec})
            await service.create(session, _LAUNCHER, data, known_counties, created_by="launcher")
        elif old and user.disabled_at is None and service.password_matches(user.password_hash, old):
            password = old
        else:
            password = new_password()
            user.password_hash = service.hash_password(password)
            user.failed_attempts = 0
            user.locked_until = None
            user.disabled_at = None
            await session.flush()
        passwords[username] = password
    return passwords
