"""Who may see which persons and employers of this service (object-level authorization)."""

from __future__ import annotations

from services.enrollment.persons.auth import PERSONS_ID_NUMBERS_READ
from shared.errors import Forbidden
from shared.principal import Principal


def require_write_county(principal: Principal, county_code: str) -> None:
    """A contractor writes only in its counties; naming another county is refused plainly (counties are
    public, so this leaks nothing)."""
    if not principal.sees_county(county_code):
        raise Forbidden(
            f"county {county_code} is not one of this client's counties", code="COUNTY_OUT_OF_SCOPE"
        )


def sees_full_id_number(principal: Principal) -> bool:
    """Whole ID numbers only on detail reads, and only to the roles that administer persons."""
    return PERSONS_ID_NUMBERS_READ.allows(principal)
