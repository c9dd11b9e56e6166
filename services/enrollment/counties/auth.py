"""Who may read the accounting units: everyone, they are public reference data."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

COUNTIES_READ = capability(
    "enrollment.counties.read",
    "the accounting units and their insured targets",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.SERVICE,
)
CountiesRead = Annotated[Principal, require(COUNTIES_READ)]
