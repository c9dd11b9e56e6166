"""Who may enrol, change, transfer and read insured persons and their coverage."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

PERSONS_READ = capability(
    "enrollment.persons.read",
    "insured persons, their status history and person imports",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,
)
PersonsRead = Annotated[Principal, require(PERSONS_READ)]

PERSONS_WRITE = capability(
    "enrollment.persons.write",
    "enrol persons (one or a file) and record status changes",
    Role.CONTRACTOR,
)
PersonsWrite = Annotated[Principal, require(PERSONS_WRITE)]

PERSONS_TRANSFER = capability(
    "enrollment.persons.transfer",
    "move a person to another accounting county",
    Role.BUREAU,
)
PersonsTransfer = Annotated[Principal, require(PERSONS_TRANSFER)]

COVERAGE_READ = capability(
    "enrollment.coverage.read",
    "whether a person is covered on a date (an institution: its own clients)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.SERVICE,
    Role.AUDIT,
)
CoverageRead = Annotated[Principal, require(COVERAGE_READ)]

PERSONS_ID_NUMBERS_READ = capability(
    "enrollment.persons.id_numbers.read",
    "whole ID numbers on a person's detail (masked otherwise)",
    Role.BUREAU,
    Role.CONTRACTOR,
    within=(
        "GET /persons/{person_id}",
        "GET /persons:lookup",
        "POST /persons",
        "POST /persons/{person_id}/status-changes",
        "POST /persons/{person_id}/county-transfers",
    ),
)

PERSONS_RESOLVE = capability(
    "enrollment.persons.resolve",
    "persons and their coverage in bulk, by id or ID number (/internal/persons:resolve)",
    Role.SERVICE,
)


def sees_full_id_number(principal: Principal) -> bool:
    """Whole ID numbers only on detail reads, and only to the roles that administer persons."""
    return PERSONS_ID_NUMBERS_READ.allows(principal)


def is_care_institution_of(principal: Principal, care_institution_id: str | None) -> bool:
    """An institution reads the coverage of its own clients: those whose disability level in force names it
    as their care institution."""
    return principal.role is Role.INSTITUTION and care_institution_id == principal.institution_id
