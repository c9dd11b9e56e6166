"""Who may run the policy calculation (测算) and dry runs of benefit rule sets, and who reads them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

PROJECTIONS_WRITE = capability(
    "settlement.projections.write",
    "start a projection (测算) of a draft benefit rule set over a settled year",
    Role.BUREAU,
)
ProjectionsWrite = Annotated[Principal, require(PROJECTIONS_WRITE)]

PROJECTIONS_READ = capability(
    "settlement.projections.read",
    "projections (测算): their inputs, progress and outputs, side by side",
    Role.ADMIN,
    Role.BUREAU,
    Role.FINANCE,
    Role.AUDIT,
)
ProjectionsRead = Annotated[Principal, require(PROJECTIONS_READ)]

RULE_DRY_RUN = capability(
    "settlement.benefit_rules.dry_run",
    "replay a (draft) benefit rule set over a settled month: what each institution would have been paid "
    "(a contractor: its counties; nothing is stored)",
    Role.BUREAU,
    Role.CONTRACTOR,
)
RuleDryRun = Annotated[Principal, require(RULE_DRY_RUN)]
