"""Who may propose, approve and read annual clearings."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CLEARINGS_READ = capability(
    "settlement.clearings.read",
    "annual clearings",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
ClearingsRead = Annotated[Principal, require(CLEARINGS_READ)]

CLEARINGS_PROPOSE = capability(
    "settlement.clearings.propose",
    "propose a county's annual clearing",
    Role.CONTRACTOR,
)
ClearingsPropose = Annotated[Principal, require(CLEARINGS_PROPOSE)]

CLEARINGS_APPROVE = capability(
    "settlement.clearings.approve",
    "approve a clearing: post it and close the year",
    Role.BUREAU,
)
ClearingsApprove = Annotated[Principal, require(CLEARINGS_APPROVE)]
