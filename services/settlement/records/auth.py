"""Who may submit, check and read service records."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

RECORDS_READ = capability(
    "settlement.records.read",
    "service records with their results, and record imports (an institution: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,
)
RecordsRead = Annotated[Principal, require(RECORDS_READ)]

RECORDS_SUBMIT = capability(
    "settlement.records.submit",
    "submit service records (a batch or a file) as the institution",
    Role.INSTITUTION,
)
RecordsSubmit = Annotated[Principal, require(RECORDS_SUBMIT)]

RECORDS_CHECK = capability(
    "settlement.records.check",
    "run the checks of a county's month now",
    Role.CONTRACTOR,
)
RecordsCheck = Annotated[Principal, require(RECORDS_CHECK)]
