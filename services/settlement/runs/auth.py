"""Who may settle months, record payouts and read runs and statements."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

RUNS_READ = capability(
    "settlement.runs.read",
    "settlement runs and statements (an institution: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.FINANCE,
    Role.AUDIT,
)
RunsRead = Annotated[Principal, require(RUNS_READ)]

RUNS_WRITE = capability(
    "settlement.runs.write",
    "settle or re-settle a county's month",
    Role.CONTRACTOR,
)
RunsWrite = Annotated[Principal, require(RUNS_WRITE)]

PAYOUTS_WRITE = capability(
    "settlement.payouts.write",
    "record a payout to an institution",
    Role.CONTRACTOR,
)
PayoutsWrite = Annotated[Principal, require(PAYOUTS_WRITE)]
