"""Who may manage and read the expert pool."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

EXPERTS_READ = capability(
    "assessment.experts.read",
    "experts of the pool and their quality figures",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.HEALTH,
    Role.AUDIT,
)
ExpertsRead = Annotated[Principal, require(EXPERTS_READ)]

EXPERTS_WRITE = capability(
    "assessment.experts.write",
    "admit, change and import experts of one's counties",
    Role.CONTRACTOR,
)
ExpertsWrite = Annotated[Principal, require(EXPERTS_WRITE)]
