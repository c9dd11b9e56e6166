"""Who may run assessment applications, revoke conclusions and read disability levels."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

APPLICATIONS_READ = capability(
    "assessment.applications.read",
    "applications with their deadlines and history",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
)
ApplicationsRead = Annotated[Principal, require(APPLICATIONS_READ)]

APPLICATIONS_WRITE = capability(
    "assessment.applications.write",
    "apply, score, conclude, publicise, serve, object",
    Role.CONTRACTOR,
)
ApplicationsWrite = Annotated[Principal, require(APPLICATIONS_WRITE)]

CONCLUSIONS_REVOKE = capability(
    "assessment.conclusions.revoke",
    "revoke a conclusion in force (death)",
    Role.BUREAU,
    Role.CONTRACTOR,
)
ConclusionsRevoke = Annotated[Principal, require(CONCLUSIONS_REVOKE)]

CONCLUSIONS_REVOKE_MISTAKEN = capability(
    "assessment.conclusions.revoke_mistaken",
    "withdraw a mistaken conclusion (reason MISTAKEN)",
    Role.BUREAU,
    within=("POST /assessment-applications/{application_id}/conclusion:revoke",),
)

DISABILITY_LEVELS_READ = capability(
    "assessment.disability_levels.read",
    "a person's disability level and history (an institution: its own clients)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
)
DisabilityLevelsRead = Annotated[Principal, require(DISABILITY_LEVELS_READ)]


def sees_own_clients_only(principal: Principal) -> bool:
    """An institution reads the current level of its own clients only (the care institution named on their
    latest application, or on a level migrated from the old system), never another's, never the history."""
    return principal.role is Role.INSTITUTION
