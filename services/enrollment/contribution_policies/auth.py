"""Who may read and set the contribution policy of a year."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CONTRIBUTION_POLICIES_READ = capability(
    "enrollment.contribution_policies.read",
    "the contribution policy of each year",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.FINANCE,
    Role.TAX,
    Role.AUDIT,
)
PoliciesRead = Annotated[Principal, require(CONTRIBUTION_POLICIES_READ)]

CONTRIBUTION_POLICIES_WRITE = capability(
    "enrollment.contribution_policies.write",
    "set or replace a year's contribution policy",
    Role.BUREAU,
)
PoliciesWrite = Annotated[Principal, require(CONTRIBUTION_POLICIES_WRITE)]
