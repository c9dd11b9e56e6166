"""Who may read the fund's status and persons' benefit statements."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

FUND_STATUS_READ = capability(
    "settlement.fund_status.read",
    "fund status per county and month, or city-wide",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
    Role.INSURANCE_REGULATOR,
)
FundStatusRead = Annotated[Principal, require(FUND_STATUS_READ)]

BENEFIT_STATEMENTS_READ = capability(
    "settlement.benefit_statements.read",
    "what the fund paid on a person's behalf",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,
)
BenefitStatementsRead = Annotated[Principal, require(BENEFIT_STATEMENTS_READ)]
