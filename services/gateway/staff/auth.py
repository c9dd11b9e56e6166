"""Who may manage staff accounts: the platform's admins (everyone), and a contractor's staff administrator
(its own contractor staff, within its counties).

A contractor principal manages staff when it is the contractor's system (its API key, held by its own
administrator) or a staff account flagged ``staff_admin`` signed in to the console; any other contractor
staff account is refused (403 ``STAFF_ADMIN_REQUIRED``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.gateway.auth import StaffCaller, authenticated
from services.gateway.staff.exceptions import StaffAdminRequired
from shared.permissions import Role, capability, require
from shared.principal import Principal

STAFF_MANAGE = capability(
    "gateway.staff.manage",
    "create, read, disable and enable console staff accounts, set their passwords and second factor, "
    "sign them out everywhere (a contractor: its own staff in its counties, by its staff administrator)",
    Role.ADMIN,
    Role.CONTRACTOR,
)


async def staff_manager(
    request: Request, principal: Annotated[Principal, require(STAFF_MANAGE, authenticated)]
) -> Principal:
    caller = getattr(request.state, "staff", None)
    if principal.role is Role.CONTRACTOR and isinstance(caller, StaffCaller) and not caller.staff_admin:
        raise StaffAdminRequired("only the contractor's staff administrator manages its staff")
    return principal


StaffManage = Annotated[Principal, Depends(staff_manager)]


def manages(principal: Principal, role: str, county_codes: list[str]) -> bool:
    """Whether ``principal`` manages an account of this role and scope: an admin every account, a
    contractor its contractor staff whose counties all lie within its own."""
    if principal.role is Role.ADMIN:
        return True
    return role == Role.CONTRACTOR and set(county_codes) <= set(principal.county_codes)
