"""Who may read the fund ledger and pay money into it."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

FUND_READ = capability(
    "settlement.fund.read",
    "ledger balances and entries of a county",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
FundRead = Annotated[Principal, require(FUND_READ)]

FUND_WRITE = capability(
    "settlement.fund.write",
    "record a fiscal subsidy into a county's fund",
    Role.BUREAU,
)
FundWrite = Annotated[Principal, require(FUND_WRITE)]
