"""Who may read recoveries (追回), record a repayment, and write one off."""

from __future__ import annotations

from typing import Annotated

from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.models import Recovery
from shared.permissions import Role, capability, require
from shared.principal import Principal

RECOVERIES_READ = capability(
    "settlement.recoveries.read",
    "money recovered from institutions (追回): what is owed, netted, repaid, written off",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,
    Role.FINANCE,
)
RecoveriesRead = Annotated[Principal, require(RECOVERIES_READ)]

RECOVERIES_REPAY = capability(
    "settlement.recoveries.repay",
    "record an institution's repayment of a recovery",
    Role.BUREAU,
    Role.CONTRACTOR,
)
RecoveriesRepay = Annotated[Principal, require(RECOVERIES_REPAY)]

RECOVERIES_WRITE_OFF = capability(
    "settlement.recoveries.write_off",
    "write off what cannot be recovered (核销), with a reason",
    Role.BUREAU,
)
RecoveriesWriteOff = Annotated[Principal, require(RECOVERIES_WRITE_OFF)]


def sees_recovery(principal: Principal, recovery: Recovery) -> bool:
    """An institution sees its own recoveries; anyone else those of the counties it sees."""
    if acts_for_one_institution(principal):
        return recovery.institution_id == principal.institution_id
    return principal.sees_county(recovery.county_code)
