"""Who may raise, decide and read disputes of deductions."""

from __future__ import annotations

from typing import Annotated

from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.models import ServiceRecord
from shared.permissions import Role, capability, require
from shared.principal import Principal

DISPUTES_READ = capability(
    "settlement.disputes.read",
    "disputes and their decisions: a record's, or a list (an institution: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,
)
DisputesRead = Annotated[Principal, require(DISPUTES_READ)]

DISPUTES_RAISE = capability(
    "settlement.disputes.raise",
    "dispute a deduction of one's own record",
    Role.INSTITUTION,
)
DisputesRaise = Annotated[Principal, require(DISPUTES_RAISE)]

DISPUTES_DECIDE = capability(
    "settlement.disputes.decide",
    "uphold or reject a dispute",
    Role.CONTRACTOR,
)
DisputesDecide = Annotated[Principal, require(DISPUTES_DECIDE)]


def sees_record(principal: Principal, record: ServiceRecord) -> bool:
    """An institution sees its own service records; anyone else those of the counties it sees."""
    if acts_for_one_institution(principal):
        return record.institution_id == principal.institution_id
    return principal.sees_county(record.county_code)
