"""The rules of insured persons: one person per ID number, status over time, coverage on a date."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import PersonCountyChanged, PersonEnrolled, PersonStatusChanged
from services.enrollment.counties.exceptions import CountyNotInScheme
from services.enrollment.counties.service import require_county, require_in_scheme
from services.enrollment.models import Employer, Person, PersonCountyChange, PersonStatusChange, outbox
from services.enrollment.persons import repository
from services.enrollment.persons.schemas import (
    CountyTransferCreate,
    Coverage,
    PersonCreate,
    StatusChangeCreate,
)
from shared.dates import today
from shared.errors import Conflict, NotFound, Unprocessable
from shared.identifiers import parse_id_number
from shared.principal import Principal, Role

FINAL_STATUS = "deceased"


def person_enrolled(person: Person) -> PersonEnrolled:
    return PersonEnrolled(
        person_id=person.id,
        county_code=person.county_code,
        category=person.category,
        enrolled_on=person.enrolled_on,
        birth_date=person.birth_date,
        sex=person.sex,
    )


# How an enrolment's faults are worded, for a single call and a file's row alike (the person import fills the
# same templates in SQL: ``{value}`` the field's value, ``{existing_id}`` the person enrolled already).
ENROLMENT_MESSAGES: dict[str, str] = {
    "DATE_IN_FUTURE": "the enrolment date lies in the future",
    "EMPLOYER_REQUIRED": "an employee is enrolled with an employer",
    "EMPLOYER_UNKNOWN": "employer {value} is not registered",
    "PERSON_EXISTS": "this ID number is enrolled already, as person {existing_id}",
    "PERSON_EXISTS_ELSEWHERE": "this ID number is enrolled in another county; "
    "a transfer is a matter for the bureau",
}


async def enrol(session: AsyncSession, principal: Principal, data: PersonCreate) -> Person:
    await require_county(session, principal, data.county_code, "body.county_code")
    if data.enrolled_on > today():
        raise Unprocessable(ENROLMENT_MESSAGES["DATE_IN_FUTURE"], code="DATE_IN_FUTURE")
    await require_in_scheme(session, data.county_code, data.enrolled_on, "an enrolment", "body.enrolled_on")
    if data.category == "employee" and data.employer_credit_code is None:
        raise Unprocessable(ENROLMENT_MESSAGES["EMPLOYER_REQUIRED"], code="EMPLOYER_REQUIRED")
    if (
        data.employer_credit_code is not None
        and await session.get(Employer, data.employer_credit_code) is None
    ):
        message = ENROLMENT_MESSAGES["EMPLOYER_UNKNOWN"].format(value=data.employer_credit_code)
        raise Unprocessable(message, code="EMPLOYER_UNKNOWN")
    existing = await repository.by_id_number(session, data.id_number)
    if existing is not None:
        if principal.sees_county(existing.county_code):
            message = ENROLMENT_MESSAGES["PERSON_EXISTS"].format(existing_id=existing.id)
            raise Conflict(message, code="PERSON_EXISTS", existing_id=str(existing.id))
        raise Conflict(ENROLMENT_MESSAGES["PERSON_EXISTS_ELSEWHERE"], code="PERSON_EXISTS_ELSEWHERE")
    resident = parse_id_number(data.id_number)
    person = Person(
        id_number=resident.number,
        name=data.name,
        sex=resident.sex.value,
        birth_date=resident.birth_date,
        category=data.category,
        county_code=data.county_code,
        employer_credit_code=data.employer_credit_code,
        enrolled_on=data.enrolled_on,
        status="insured",
        status_on=data.enrolled_on,
        enrolled_by=principal.name,
    )
    session.add(person)
    await session.flush()
    await session.refresh(person)
    outbox.publish(session, person_enrolled(person), aggregate_id=str(person.id))
    return person


async def get(
    session: AsyncSession, principal: Principal, person_id: uuid.UUID, *, lock: bool = False
) -> Person:
    person = await repository.by_id(session, person_id, lock=lock)
    if person is None or not principal.sees_county(person.county_code):
        raise NotFound(f"no person {person_id}", code="PERSON_NOT_FOUND")
    return person


async def lookup(session: AsyncSession, principal: Principal, id_number: str) -> Person:
    resident = parse_id_number(id_number)
    person = await repository.by_id_number(session, resident.number)
    if person is None or not principal.sees_county(person.county_code):
        raise NotFound("no person with this ID number", code="PERSON_NOT_FOUND")
    return person


def _refuse_far_ahead(effective_on: dt.date, what: str) -> None:
    if effective_on > today() + dt.timedelta(days=366):
        raise Unprocessable(f"{what} more than a year ahead is refused", code="DATE_TOO_FAR")


async def change_status(
    session: AsyncSession, principal: Principal, person_id: uuid.UUID, data: StatusChangeCreate
) -> Person:
    """Append a status from a date on. Deceased is final; a date before the last change is refused."""
    person = await get(session, principal, person_id, lock=True)
    last = await repository.latest_change(session, person)
    if last.status == FINAL_STATUS:
        raise Conflict(f"the person is deceased since {last.effective_on}", code="PERSON_DECEASED")
    if data.effective_on < last.effective_on:
        raise Conflict(
            f"the last status change took effect on {last.effective_on}; a change cannot predate it",
            code="STATUS_DATE_BEFORE_LAST",
            last_effective_on=last.effective_on.isoformat(),
        )
    if data.status == last.status:
        raise Conflict(f"the person is {last.status} already", code="STATUS_UNCHANGED")
    _refuse_far_ahead(data.effective_on, "a status change")
    session.add(
        PersonStatusChange(
            person_id=person.id,
            status=data.status,
            effective_on=data.effective_on,
            reason=data.reason,
            recorded_by=principal.name,
        )
    )
    person.status = data.status
    person.status_on = data.effective_on
    person.updated_at = dt.datetime.now(dt.UTC)
    await session.flush()
    outbox.publish(
        session,
        PersonStatusChanged(
            person_id=person.id,
            county_code=person.county_code,
            status=data.status,
            effective_on=data.effective_on,
            reason=data.reason,
        ),
        aggregate_id=str(person.id),
    )
    return person


# $1 the person, $2 the date asked about, $3 its year
_COVERAGE_FACTS = """
    SELECT p.county_code,
           coalesce(last_change.status, CASE WHEN $2::date >= p.enrolled_on THEN 'insured' END) AS status,
           b.employer_paid_fen + b.individual_paid_fen
               >= b.employer_due_fen + b.individual_due_fen AS settled,
           b.due_on + pol.grace_period_days AS grace_ends_on,
           ic.institution_id AS care_institution_id,
           (SELECT s.scheme_start_on FROM enrollment.county_schemes s
             WHERE s.county_code = p.county_code ORDER BY s.id DESC LIMIT 1) AS scheme_start_on
      FROM enrollment.persons p
      LEFT JOIN LATERAL (
            SELECT c.status FROM enrollment.person_status_changes c
             WHERE c.person_id = p.id AND c.effective_on <= $2::date
             ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) last_change ON true
      LEFT JOIN enrollment.contribution_bills b ON b.person_id = p.id AND b.year = $3::smallint
      LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
      LEFT JOIN enrollment.institution_clients ic ON ic.person_id = p.id
     WHERE p.id = $1::uuid
"""


async def coverage(connection: Any, principal: Principal, person_id: uuid.UUID, on: dt.date) -> Coverage:
    """Covered on ``on`` = enrolled, the status in force that day is insured, and that year's contribution
    is settled — or its grace period has not yet run out. One statement on the driver's connection
    (``shared.db.ReadDep``), no transaction around it: this is asked all day long."""
    facts = await connection.fetchrow(_COVERAGE_FACTS, person_id, on, on.year)
    if facts is None or not (
        principal.sees_county(facts["county_code"])
        or (principal.role is Role.INSTITUTION and facts["care_institution_id"] == principal.institution_id)
    ):
        raise NotFound(f"no person {person_id}", code="PERSON_NOT_FOUND")
    status: str | None = facts["status"]
    settled: bool | None = facts["settled"]
    grace_ends_on: dt.date | None = facts["grace_ends_on"]
    scheme_start_on: dt.date | None = facts["scheme_start_on"]
    reason: str | None = None
    if scheme_start_on is not None and on < scheme_start_on:
        reason = CountyNotInScheme.code
    elif status is None:
        reason = "NOT_ENROLLED"
    elif status != "insured":
        reason = status.upper()
    elif settled is False and grace_ends_on is not None and on > grace_ends_on:
        reason = "CONTRIBUTION_UNPAID"
    return Coverage(
        person_id=person_id,
        on=on,
        covered=reason is None,
        reason=reason,
        county_code=facts["county_code"],
        status=status,
        contribution_year=on.year,
        contribution_settled=settled,
        grace_ends_on=grace_ends_on,
        scheme_start_on=scheme_start_on,
    )


async def transfer_county(
    session: AsyncSession, principal: Principal, person_id: uuid.UUID, data: CountyTransferCreate
) -> Person:
    """Move a person to another accounting county from a date on (the bureau's decision). Bills and
    payments already made stay where they were made; the next bill run bills the new county."""
    person = await get(session, principal, person_id, lock=True)
    await require_county(session, principal, data.county_code, "body.county_code")
    if data.county_code == person.county_code:
        raise Conflict(f"the person belongs to {person.county_code} already", code="COUNTY_UNCHANGED")
    transfers = await repository.county_transfers(session, person)
    earliest = max(person.enrolled_on, transfers[-1].effective_on) if transfers else person.enrolled_on
    if data.effective_on < earliest:
        raise Conflict(
            f"a transfer cannot take effect before {earliest} (enrolment or the last transfer)",
            code="TRANSFER_DATE_BEFORE_LAST",
            earliest=earliest.isoformat(),
        )
    _refuse_far_ahead(data.effective_on, "a transfer")
    await require_in_scheme(session, data.county_code, data.effective_on, "a transfer", "body.effective_on")
    session.add(
        PersonCountyChange(
            person_id=person.id,
            from_county_code=person.county_code,
            county_code=data.county_code,
            effective_on=data.effective_on,
            reason=data.reason,
            recorded_by=principal.name,
        )
    )
    outbox.publish(
        session,
        PersonCountyChanged(
            person_id=person.id,
            from_county_code=person.county_code,
            county_code=data.county_code,
            effective_on=data.effective_on,
        ),
        aggregate_id=str(person.id),
    )
    person.county_code = data.county_code
    person.updated_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return person
