"""Who may read the accounting units (everyone: public reference data) and set their scheme start."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

COUNTIES_READ = capability(
    "enrollment.counties.read",
    "the accounting units, their scheme start (with its history) and insured targets",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.SERVICE,
    Role.FINANCE,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.HUMAN_RESOURCES,
    Role.TAX,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
    Role.INSURANCE_REGULATOR,
    Role.EVALUATOR,
)
CountiesRead = Annotated[Principal, require(COUNTIES_READ)]

COUNTY_SCHEME_WRITE = capability(
    "enrollment.counties.scheme.write",
    "set a unit's scheme start (a new version; the earlier ones are kept)",
    Role.BUREAU,
)
SchemeWrite = Annotated[Principal, require(COUNTY_SCHEME_WRITE)]
