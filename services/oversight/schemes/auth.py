"""Who may draft and approve evaluation schemes, and who may read them (rule data: every role reads)."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import READ_ONLY_ROLES, Principal

SCHEMES_READ = capability(
    "oversight.schemes.read",
    "evaluation schemes (rule data: indicators, weights, bands, grades and their consequences)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    *sorted(READ_ONLY_ROLES),  # the rules an evaluation is made by are public
)
SchemesRead = Annotated[Principal, require(SCHEMES_READ)]

SCHEMES_WRITE = capability(
    "oversight.schemes.write",
    "draft, change and approve evaluation scheme versions",
    Role.BUREAU,
)
SchemesWrite = Annotated[Principal, require(SCHEMES_WRITE)]
