"""Who may keep and read the register of contractors."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CONTRACTORS_READ = capability(
    "oversight.contractors.read",
    "contractors (商保经办机构): credit code, outlets, team, qualifying conditions (a contractor: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,  # reads what the bureau reads
    Role.INSURANCE_REGULATOR,  # 金融监管: the insurers running the scheme
)
ContractorsRead = Annotated[Principal, require(CONTRACTORS_READ)]

CONTRACTORS_WRITE = capability(
    "oversight.contractors.write",
    "register and change contractors",
    Role.BUREAU,
)
ContractorsWrite = Annotated[Principal, require(CONTRACTORS_WRITE)]
