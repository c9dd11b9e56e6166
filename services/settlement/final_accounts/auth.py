"""Who draws up and approves the final accounts, and who reads them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

FINAL_ACCOUNTS_WRITE = capability(
    "settlement.final_accounts.write",
    "draw up a county's final accounts (决算) of a cleared year and record their approval",
    Role.BUREAU,
)
FinalAccountsWrite = Annotated[Principal, require(FINAL_ACCOUNTS_WRITE)]

FINAL_ACCOUNTS_READ = capability(
    "settlement.final_accounts.read",
    "the counties' final accounts and the city's sum (a contractor: its counties)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
FinalAccountsRead = Annotated[Principal, require(FINAL_ACCOUNTS_READ)]
