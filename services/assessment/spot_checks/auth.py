"""Who may start and read spot checks of conclusions in force."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

SPOT_CHECKS_READ = capability(
    "assessment.spot_checks.read",
    "spot checks and their findings",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.HEALTH,
    Role.AUDIT,
)
SpotChecksRead = Annotated[Principal, require(SPOT_CHECKS_READ)]

SPOT_CHECKS_WRITE = capability(
    "assessment.spot_checks.write",
    "sample conclusions in force for re-assessment",
    Role.BUREAU,
    Role.CONTRACTOR,
)
SpotChecksWrite = Annotated[Principal, require(SPOT_CHECKS_WRITE)]
