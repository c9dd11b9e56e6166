"""Who may plan and record inspections, and who may read them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

INSPECTIONS_READ = capability(
    "oversight.inspections.read",
    "inspection visits with findings, documents and the rectification follow-up (a contractor: its "
    "counties'; an institution: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,  # reads what the bureau reads
    Role.CIVIL_AFFAIRS,  # 民政: the care institutions' quality
    Role.HEALTH,  # 卫健: the nursing institutions' quality
)
InspectionsRead = Annotated[Principal, require(INSPECTIONS_READ)]

PLANS_READ = capability(
    "oversight.inspections.plans.read",
    "inspection plans: the institutions to visit and which were visited (a contractor: plans within its "
    "counties; never the institutions inspected, so an inspection can come unannounced)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,  # reads what the bureau reads
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
)
PlansRead = Annotated[Principal, require(PLANS_READ)]

INSPECTIONS_WRITE = capability(
    "oversight.inspections.write",
    "plan inspections, record visits and follow up their rectification (a contractor: in its counties)",
    Role.BUREAU,
    Role.CONTRACTOR,  # daily inspection on the bureau's behalf
)
InspectionsWrite = Annotated[Principal, require(INSPECTIONS_WRITE)]
