"""Who may draft, publish and read the assessment scale's rule sets."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

RULE_SETS_READ = capability(
    "assessment.rule_sets.read",
    "rule-set versions, every value flagged",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
)
RuleSetsRead = Annotated[Principal, require(RULE_SETS_READ)]

RULE_SETS_WRITE = capability(
    "assessment.rule_sets.write",
    "draft, dry-run and publish a rule-set version",
    Role.BUREAU,
)
RuleSetsWrite = Annotated[Principal, require(RULE_SETS_WRITE)]
