"""Who may review service records."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

RECORDS_REVIEW = capability(
    "settlement.records.review",
    "sample records for review and decide first and second reviews",
    Role.CONTRACTOR,
)
RecordsReview = Annotated[Principal, require(RECORDS_REVIEW)]
