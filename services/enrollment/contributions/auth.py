"""Who may bill contributions, record payments and read them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CONTRIBUTIONS_READ = capability(
    "enrollment.contributions.read",
    "contribution bills and payment imports",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.TAX,
    Role.AUDIT,
)
ContributionsRead = Annotated[Principal, require(CONTRIBUTIONS_READ)]

CONTRIBUTIONS_WRITE = capability(
    "enrollment.contributions.write",
    "generate bills, record payments (one or a file)",
    Role.CONTRACTOR,
)
ContributionsWrite = Annotated[Principal, require(CONTRIBUTIONS_WRITE)]
