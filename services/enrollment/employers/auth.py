"""Who may register and read employers."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

EMPLOYERS_READ = capability(
    "enrollment.employers.read",
    "employers (a contractor: of its counties)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.TAX,
    Role.AUDIT,
)
EmployersRead = Annotated[Principal, require(EMPLOYERS_READ)]

EMPLOYERS_WRITE = capability(
    "enrollment.employers.write",
    "register an employer in one's counties",
    Role.CONTRACTOR,
)
EmployersWrite = Annotated[Principal, require(EMPLOYERS_WRITE)]
