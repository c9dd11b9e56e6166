"""Who may bring the old system's fund balances into the ledger, and read what was brought."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

OPENING_BALANCES_IMPORT = capability(
    "settlement.opening_balances.import",
    "import the old system's opening fund balances per county and account (posted to the ledger)",
    Role.BUREAU,
)
OpeningBalancesImport = Annotated[Principal, require(OPENING_BALANCES_IMPORT)]

OPENING_BALANCES_READ = capability(
    "settlement.opening_balances.read",
    "opening-balance imports with their row errors, and the balances they posted",
    Role.ADMIN,
    Role.BUREAU,
    Role.FINANCE,
    Role.AUDIT,
)
OpeningBalancesRead = Annotated[Principal, require(OPENING_BALANCES_READ)]
