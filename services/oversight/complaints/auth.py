"""Who may receive, assign, handle and follow up complaints, who presses an overdue one, who reads them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

COMPLAINTS_READ = capability(
    "oversight.complaints.read",
    "complaints and their loop (a contractor: its counties'); the complainant masked but to the bureau",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,  # reads what the bureau reads
    Role.INSURANCE_REGULATOR,  # 金融监管: complaints about the insurers operating the fund
)
ComplaintsRead = Annotated[Principal, require(COMPLAINTS_READ)]

COMPLAINTS_WRITE = capability(
    "oversight.complaints.write",
    "receive, assign, handle and follow up complaints (a contractor: of its counties)",
    Role.BUREAU,
    Role.CONTRACTOR,
)
ComplaintsWrite = Annotated[Principal, require(COMPLAINTS_WRITE)]

COMPLAINTS_SUPERVISE = capability(
    "oversight.complaints.supervise",
    "press an overdue complaint (督办)",
    Role.BUREAU,
)
ComplaintsSupervise = Annotated[Principal, require(COMPLAINTS_SUPERVISE)]


def sees_complainant(principal: Principal) -> bool:
    """Who the complainant is stays with the bureau (the complainant's protection)."""
    return principal.role is Role.BUREAU
