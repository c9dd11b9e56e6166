"""Who may contract institutions, register caregivers and clients' homes, and read them."""

from __future__ import annotations

from typing import Annotated

from services.settlement.models import Institution
from shared.permissions import Role, capability, require
from shared.principal import Principal

INSTITUTIONS_READ = capability(
    "settlement.institutions.read",
    "institutions and their caregivers (an institution: itself)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.HUMAN_RESOURCES,
    Role.AUDIT,
)
InstitutionsRead = Annotated[Principal, require(INSTITUTIONS_READ)]

INSTITUTIONS_WRITE = capability(
    "settlement.institutions.write",
    "contract an institution and change its agreement",
    Role.CONTRACTOR,
)
InstitutionsWrite = Annotated[Principal, require(INSTITUTIONS_WRITE)]

CAREGIVERS_WRITE = capability(
    "settlement.caregivers.write",
    "register a caregiver (an institution: its own)",
    Role.CONTRACTOR,
    Role.INSTITUTION,
)
CaregiversWrite = Annotated[Principal, require(CAREGIVERS_WRITE)]

CAREGIVERS_ID_NUMBERS_READ = capability(
    "settlement.caregivers.id_numbers.read",
    "whole ID numbers on one caregiver's answer (masked in lists and otherwise)",
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    within=(
        "POST /institutions/{institution_id}/caregivers",
        "GET /institutions/{institution_id}/caregivers/{caregiver_id}",
        "PATCH /institutions/{institution_id}/caregivers/{caregiver_id}",
    ),
)

CLIENT_HOMES_WRITE = capability(
    "settlement.client_homes.write",
    "record where a client served at home lives",
    Role.CONTRACTOR,
    Role.INSTITUTION,
)
ClientHomesWrite = Annotated[Principal, require(CLIENT_HOMES_WRITE)]


def acts_for_one_institution(principal: Principal) -> bool:
    """An institution's client: it sees itself and its own records and statements, never a county's."""
    return principal.role is Role.INSTITUTION


def sees_caregiver_id_numbers(principal: Principal) -> bool:
    """The institution that registered the caregiver, its contractor and the bureau see the whole number on
    one caregiver; lists and every other role (admin and the agencies included) see it masked."""
    return CAREGIVERS_ID_NUMBERS_READ.allows(principal)


def sees_institution(principal: Principal, institution: Institution) -> bool:
    if acts_for_one_institution(principal):
        return principal.institution_id == institution.id
    return principal.sees_county(institution.county_code)
