"""Insured persons over HTTP: enrolment, status changes, transfers, reads and coverage on a date."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import Person as PersonRow
from services.enrollment.models import idempotency_records
from services.enrollment.persons import service
from services.enrollment.persons.auth import (
    CoverageRead,
    PersonsRead,
    PersonsTransfer,
    PersonsWrite,
    sees_full_id_number,
)
from services.enrollment.persons.schemas import (
    CountyTransfer,
    CountyTransferCreate,
    Coverage,
    Person,
    PersonCreate,
    PersonDetail,
    PersonList,
    Status,
    StatusChange,
    StatusChangeCreate,
)
from shared.dates import FIRST_DAY, LAST_DAY, today
from shared.db import ReadDep, SessionDep
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.identifiers import mask_id_number
from shared.pagination import PageParams, encode_cursor, page_params
from shared.principal import Principal

router = APIRouter(prefix="/api/v1", tags=["persons"])
Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


def to_person(row: PersonRow, *, full_id: bool) -> Person:
    return Person(
        id=row.id,
        id_number=row.id_number if full_id else mask_id_number(row.id_number),
        name=row.name,
        sex=row.sex,
        birth_date=row.birth_date,
        category=row.category,
        county_code=row.county_code,
        employer_credit_code=row.employer_credit_code,
        enrolled_on=row.enrolled_on,
        status=row.status,
        status_on=row.status_on,
        created_at=row.created_at,
    )


async def to_detail(session: AsyncSession, row: PersonRow, principal: Principal) -> PersonDetail:
    history = await service.history(session, row)
    return PersonDetail(
        **to_person(row, full_id=sees_full_id_number(principal)).model_dump(),
        status_history=[StatusChange.model_validate(h, from_attributes=True) for h in history],
        county_transfers=[
            CountyTransfer.model_validate(t) for t in await service.county_transfers(session, row)
        ],
    )


@router.post("/persons", status_code=201, response_model=PersonDetail, summary="Enrol an insured person")
async def enrol_person(
    data: PersonCreate, session: SessionDep, principal: PersonsWrite, idempotent: Idempotent
) -> Response:
    """A second enrolment of the same ID number is a 409 `PERSON_EXISTS` naming the existing person."""

    async def enrol() -> PersonDetail:
        return await to_detail(session, await service.enrol(session, principal, data), principal)

    return await idempotent.respond(enrol, status_code=201)


@router.get("/persons", response_model=PersonList, summary="Persons of the caller's counties (ID masked)")
async def list_persons(
    connection: ReadDep,
    principal: PersonsRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    status: Status | None = None,
) -> PersonList:
    # keyset pages in id order, one statement on a driver connection (no session, no ORM rows)
    rows = await service.list_page(
        connection,
        principal,
        county_code=county_code,
        status=status,
        cursor=page.cursor,
        limit=page.limit + 1,
    )
    cursor = encode_cursor([rows[page.limit - 1]["id"]]) if len(rows) > page.limit else None
    items = [
        Person(
            id=r["id"],
            id_number=mask_id_number(r["id_number"]),
            name=r["name"],
            sex=r["sex"],
            birth_date=r["birth_date"],
            category=r["category"],
            county_code=r["county_code"],
            employer_credit_code=r["employer_credit_code"],
            enrolled_on=r["enrolled_on"],
            status=r["status"],
            status_on=r["status_on"],
            created_at=r["created_at"],
        )
        for r in rows[: page.limit]
    ]
    return PersonList(items=items, next_cursor=cursor)


@router.get("/persons:lookup", response_model=PersonDetail, summary="Find a person by ID number")
async def lookup_person(
    session: SessionDep,
    principal: PersonsRead,
    id_number: Annotated[str, Query(min_length=1, max_length=32)],
) -> PersonDetail:
    return await to_detail(session, await service.lookup(session, principal, id_number), principal)


@router.get("/persons/{person_id}", response_model=PersonDetail, summary="One person with status history")
async def get_person(person_id: uuid.UUID, session: SessionDep, principal: PersonsRead) -> PersonDetail:
    return await to_detail(session, await service.get(session, principal, person_id), principal)


@router.post(
    "/persons/{person_id}/status-changes",
    status_code=201,
    response_model=PersonDetail,
    summary="Record a status from a date on (suspended, terminated, deceased, insured again)",
)
async def change_status(
    person_id: uuid.UUID,
    data: StatusChangeCreate,
    session: SessionDep,
    principal: PersonsWrite,
    idempotent: Idempotent,
) -> Response:
    async def change() -> PersonDetail:
        return await to_detail(
            session, await service.change_status(session, principal, person_id, data), principal
        )

    return await idempotent.respond(change, status_code=201)


@router.post(
    "/persons/{person_id}/county-transfers",
    status_code=201,
    response_model=PersonDetail,
    summary="Move a person to another accounting county from a date on (bureau)",
)
async def transfer_county(
    person_id: uuid.UUID,
    data: CountyTransferCreate,
    session: SessionDep,
    principal: PersonsTransfer,
    idempotent: Idempotent,
) -> Response:
    """Bills and payments already made stay with the county they were made in; settlement is told by
    ``person.county_changed``. 409 ``COUNTY_UNCHANGED`` or ``TRANSFER_DATE_BEFORE_LAST``."""

    async def transfer() -> PersonDetail:
        return await to_detail(
            session, await service.transfer_county(session, principal, person_id, data), principal
        )

    return await idempotent.respond(transfer, status_code=201)


@router.get(
    "/persons/{person_id}/coverage", response_model=Coverage, summary="Covered on a date, and why not"
)
async def get_coverage(
    person_id: uuid.UUID,
    connection: ReadDep,
    principal: CoverageRead,
    on: Annotated[
        dt.date | None, Query(ge=FIRST_DAY, le=LAST_DAY, description="default: today (Asia/Shanghai)")
    ] = None,
) -> Coverage:
    """An institution reads the coverage of its own clients only (the care institution named on their
    disability level in force); any other person is a 404 to it."""
    return await service.coverage(connection, principal, person_id, on or today())
