"""The rules of insured persons: one person per ID number, status over time, coverage on a date."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import PersonCountyChanged, PersonEnrolled, PersonStatusChanged
from services.enrollment.counties.exceptions import CountyNotInScheme
from services.enrollment.counties.service import require_county, require_county_read, require_in_scheme
from services.enrollment.employers import repository as employers
from services.enrollment.models import Person, PersonCountyChange, PersonStatus, PersonStatusChange, outbox
from services.enrollment.persons import repository
from services.enrollment.persons.auth import is_care_institution_of
from services.enrollment.persons.exceptions import (
    CountyUnchanged,
    DateInFuture,
    DateTooFar,
    EmployerRequired,
    EmployerUnknown,
    InsuredPersonNotFound,
    PersonDeceased,
    PersonExists,
    PersonExistsElsewhere,
    StatusDateBeforeLast,
    StatusUnchanged,
    TransferDateBeforeLast,
)
from services.enrollment.persons.schemas import (
    CountyTransferCreate,
    Coverage,
    PersonCreate,
    Resolved,
    StatusChangeCreate,
)
from shared.dates import today
from shared.identifiers import normalize_id_number, parse_id_number
from shared.pagination import InvalidCursor, decode_cursor
from shared.principal import Principal, service_principal

FINAL_STATUS = PersonStatus.DECEASED


@dataclass(frozen=True)
class StatusEntry:
    """One status of a person from a date on: the implied enrolment one or a recorded change."""

    status: str
    effective_on: dt.date
    reason: str
    recorded_by: str
    recorded_at: dt.datetime

    @classmethod
    def of(cls, change: PersonStatusChange) -> StatusEntry:
        return cls(change.status, change.effective_on, change.reason, change.recorded_by, change.recorded_at)


def enrolment(person: Person) -> StatusEntry:
    """The first status, insured from the enrolment date, implied by the enrolment itself."""
    reason = (
        "enrolment"
        if person.enrolment_import_id is None
        else f"enrolment by import {person.enrolment_import_id}"
    )
    return StatusEntry(
        PersonStatus.INSURED, person.enrolled_on, reason, person.enrolled_by, person.created_at
    )


async def history(session: AsyncSession, person: Person) -> list[StatusEntry]:
    """Every status of the person in the order they took effect, the enrolment's first."""
    changes = await repository.status_changes(session, person.id)
    return [enrolment(person), *(StatusEntry.of(c) for c in changes)]


async def latest_status(session: AsyncSession, person: Person) -> StatusEntry:
    change = await repository.latest_status_change(session, person.id)
    return enrolment(person) if change is None else StatusEntry.of(change)


async def county_transfers(session: AsyncSession, person: Person) -> list[PersonCountyChange]:
    return await repository.county_transfers(session, person)


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
        raise DateInFuture(ENROLMENT_MESSAGES["DATE_IN_FUTURE"])
    await require_in_scheme(session, data.county_code, data.enrolled_on, "an enrolment", "body.enrolled_on")
    if data.category == "employee" and data.employer_credit_code is None:
        raise EmployerRequired(ENROLMENT_MESSAGES["EMPLOYER_REQUIRED"])
    if (
        data.employer_credit_code is not None
        and await employers.get(session, data.employer_credit_code) is None
    ):
        message = ENROLMENT_MESSAGES["EMPLOYER_UNKNOWN"].format(value=data.employer_credit_code)
        raise EmployerUnknown(message)
    existing = await repository.by_id_number(session, data.id_number)
    if existing is not None:
        if principal.sees_county(existing.county_code):
            message = ENROLMENT_MESSAGES["PERSON_EXISTS"].format(existing_id=existing.id)
            raise PersonExists(message, existing_id=str(existing.id))
        raise PersonExistsElsewhere(ENROLMENT_MESSAGES["PERSON_EXISTS_ELSEWHERE"])
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
        status=PersonStatus.INSURED,
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
        raise InsuredPersonNotFound(f"no person {person_id}")
    return person


async def lookup(session: AsyncSession, principal: Principal, id_number: str) -> Person:
    resident = parse_id_number(id_number)
    person = await repository.by_id_number(session, resident.number)
    if person is None or not principal.sees_county(person.county_code):
        raise InsuredPersonNotFound("no person with this ID number")
    return person


def _refuse_far_ahead(effective_on: dt.date, what: str) -> None:
    if effective_on > today() + dt.timedelta(days=366):
        raise DateTooFar(f"{what} more than a year ahead is refused")


async def change_status(
    session: AsyncSession, principal: Principal, person_id: uuid.UUID, data: StatusChangeCreate
) -> Person:
    """Append a status from a date on. Deceased is final; a date before the last change is refused."""
    person = await get(session, principal, person_id, lock=True)
    last = await latest_status(session, person)
    if last.status == FINAL_STATUS:
        raise PersonDeceased(f"the person is deceased since {last.effective_on}")
    if data.effective_on < last.effective_on:
        raise StatusDateBeforeLast(
            f"the last status change took effect on {last.effective_on}; a change cannot predate it",
            last_effective_on=last.effective_on.isoformat(),
        )
    if data.status == last.status:
        raise StatusUnchanged(f"the person is {last.status} already")
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


async def list_page(
    connection: Any,
    principal: Principal,
    *,
    county_code: str | None,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> list[Any]:
    """Up to ``limit`` persons of the caller's counties in id order (asyncpg records), after the one a
    ``next_cursor`` of this list names: only ``county_code``'s (known and the caller's, else 422) and
    ``status``'s when given."""
    if county_code is not None:
        await require_county_read(connection, principal, county_code, "query.county_code")
    after = _cursor_id(cursor) if cursor is not None else None
    return await repository.list_page(
        connection,
        counties=principal.county_filter(),
        county_code=county_code,
        status=status,
        after=after,
        limit=limit,
    )


def _cursor_id(cursor: str) -> uuid.UUID:
    """The id a ``next_cursor`` of the persons list holds; any other cursor is a 422 ``INVALID_CURSOR``."""
    (value,) = decode_cursor(cursor, 1)
    if not isinstance(value, uuid.UUID):
        raise InvalidCursor("the cursor does not fit this list")
    return value


async def coverage(connection: Any, principal: Principal, person_id: uuid.UUID, on: dt.date) -> Coverage:
    """Covered on ``on`` = enrolled, the status in force that day is insured, and that year's contribution
    is settled — or its grace period has not yet run out. One statement on the driver's connection
    (``shared.db.ReadDep``), no transaction around it: this is asked all day long."""
    facts = await repository.coverage_facts(connection, person_id, on)
    if facts is None or not (
        principal.sees_county(facts["county_code"])
        or is_care_institution_of(principal, facts["care_institution_id"])
    ):
        raise InsuredPersonNotFound(f"no person {person_id}")
    status: str | None = facts["status"]
    settled: bool | None = facts["settled"]
    grace_ends_on: dt.date | None = facts["grace_ends_on"]
    scheme_start_on: dt.date | None = facts["scheme_start_on"]
    reason: str | None = None
    if scheme_start_on is not None and on < scheme_start_on:
        reason = CountyNotInScheme.code
    elif status is None:
        reason = "NOT_ENROLLED"
    elif status != PersonStatus.INSURED:
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
        raise CountyUnchanged(f"the person belongs to {person.county_code} already")
    transfers = await repository.county_transfers(session, person)
    earliest = max(person.enrolled_on, transfers[-1].effective_on) if transfers else person.enrolled_on
    if data.effective_on < earliest:
        raise TransferDateBeforeLast(
            f"a transfer cannot take effect before {earliest} (enrolment or the last transfer)",
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


async def resolve(connection: Any, keys: list[str], on: dt.date) -> list[Resolved]:
    """Each person asked about by another service (a platform id or an ID number): their county and whether
    they are covered on ``on``, or ``PERSON_NOT_FOUND``."""
    asking = service_principal("enrollment")
    out = []
    for key in keys:
        person_id = _uuid(key)
        if person_id is None:
            person_id = await repository.id_of(connection, normalize_id_number(key))
        if person_id is None:
            out.append(Resolved(person=key, reason=InsuredPersonNotFound.code))
            continue
        try:
            answer = await coverage(connection, asking, person_id, on)
        except InsuredPersonNotFound:
            out.append(Resolved(person=key, reason=InsuredPersonNotFound.code))
            continue
        out.append(
            Resolved(
                person=key,
                person_id=person_id,
                county_code=answer.county_code,
                covered=answer.covered,
                reason=answer.reason,
            )
        )
    return out


def _uuid(key: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(key)
    except ValueError:
        return None
