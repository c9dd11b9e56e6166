"""Who may publish and read benefit rules."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

BENEFIT_RULES_READ = capability(
    "settlement.benefit_rules.read",
    "benefit-rule versions",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.FINANCE,
    Role.AUDIT,
)
BenefitRulesRead = Annotated[Principal, require(BENEFIT_RULES_READ)]

BENEFIT_RULES_WRITE = capability(
    "settlement.benefit_rules.write",
    "publish a benefit-rule version",
    Role.BUREAU,
)
BenefitRulesWrite = Annotated[Principal, require(BENEFIT_RULES_WRITE)]


def sees_drafts(principal: Principal) -> bool:
    """A draft rule set (测算方案) is the bureau's working paper: a care institution sees published versions
    only."""
    return principal.role is not Role.INSTITUTION
