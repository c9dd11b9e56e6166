"""Who may draw up the fund budgets and who reads them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

BUDGETS_WRITE = capability(
    "settlement.budgets.write",
    "draw up a county's fund budget (预算) or its adjustment, submit it, record its approval by finance",
    Role.BUREAU,
)
BudgetsWrite = Annotated[Principal, require(BUDGETS_WRITE)]

BUDGETS_READ = capability(
    "settlement.budgets.read",
    "the counties' fund budgets by version, the city's sum, and their execution against the ledger "
    "(a contractor: its counties)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
BudgetsRead = Annotated[Principal, require(BUDGETS_READ)]
