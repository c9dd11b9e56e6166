"""Institutions (contractors manage those of their counties; an institution reads itself), caregivers."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from services.settlement.deps import Idempotent, visible_institution
from services.settlement.institutions import schemas, service
from services.settlement.institutions.auth import (
    CaregiversWrite,
    ClientHomesWrite,
    InstitutionsRead,
    InstitutionsWrite,
    sees_caregiver_id_numbers,
)
from services.settlement.models import Caregiver as CaregiverRow
from shared.db import SessionDep
from shared.identifiers import mask_id_number
from shared.pagination import PageParams, page_params
from shared.principal import Principal

router = APIRouter(prefix="/api/v1", tags=["institutions"])
Page = Annotated[PageParams, Depends(page_params)]


def to_caregiver(row: CaregiverRow, *, full_id: bool) -> schemas.Caregiver:
    """A caregiver as answered: the ID number whole only where ``full_id``."""
    shown = schemas.Caregiver.model_validate(row)
    if row.id_number is not None and not full_id:
        shown.id_number = mask_id_number(row.id_number)
    return shown


def _one(row: CaregiverRow, principal: Principal) -> schemas.Caregiver:
    return to_caregiver(row, full_id=sees_caregiver_id_numbers(principal))


@router.post(
    "/institutions", status_code=201, response_model=schemas.Institution, summary="Contract an institution"
)
async def create_institution(
    data: schemas.InstitutionCreate, session: SessionDep, principal: InstitutionsWrite, idempotent: Idempotent
) -> JSONResponse:
    async def produce() -> schemas.Institution:
        return schemas.Institution.model_validate(await service.create(session, principal, data))

    return await idempotent.respond(produce, status_code=201)


@router.get("/institutions", response_model=schemas.InstitutionList, summary="Institutions in your scope")
async def list_institutions(
    session: SessionDep, principal: InstitutionsRead, page: Page
) -> schemas.InstitutionList:
    rows, cursor = await service.list_institutions(session, principal, page)
    return schemas.InstitutionList(
        items=[schemas.Institution.model_validate(r) for r in rows], next_cursor=cursor
    )


@router.get("/institutions/{institution_id}", response_model=schemas.Institution, summary="One institution")
async def get_institution(
    institution_id: str, session: SessionDep, principal: InstitutionsRead
) -> schemas.Institution:
    return schemas.Institution.model_validate(await visible_institution(session, principal, institution_id))


@router.patch(
    "/institutions/{institution_id}",
    response_model=schemas.Institution,
    summary="Agreement, beds, modes, status",
)
async def update_institution(
    institution_id: str, data: schemas.InstitutionUpdate, session: SessionDep, principal: InstitutionsWrite
) -> schemas.Institution:
    institution = await visible_institution(session, principal, institution_id)
    return schemas.Institution.model_validate(await service.update(session, institution, data))


@router.post(
    "/institutions/{institution_id}/caregivers",
    status_code=201,
    response_model=schemas.Caregiver,
    summary="Register a caregiver",
)
async def add_caregiver(
    institution_id: str,
    data: schemas.CaregiverCreate,
    session: SessionDep,
    principal: CaregiversWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    institution = await visible_institution(session, principal, institution_id)

    async def produce() -> schemas.Caregiver:
        return _one(await service.add_caregiver(session, institution, data), principal)

    return await idempotent.respond(produce, status_code=201)


@router.get(
    "/institutions/{institution_id}/caregivers", response_model=schemas.CaregiverList, summary="Caregivers"
)
async def list_caregivers(
    institution_id: str, session: SessionDep, principal: InstitutionsRead, page: Page
) -> schemas.CaregiverList:
    institution = await visible_institution(session, principal, institution_id)
    rows, cursor = await service.list_caregivers(session, institution, page)
    return schemas.CaregiverList(items=[to_caregiver(r, full_id=False) for r in rows], next_cursor=cursor)


@router.get(
    "/institutions/{institution_id}/caregivers/{caregiver_id}",
    response_model=schemas.Caregiver,
    summary="One caregiver (the ID number whole to the institution, its contractor and the bureau)",
)
async def get_caregiver(
    institution_id: str, caregiver_id: uuid.UUID, session: SessionDep, principal: InstitutionsRead
) -> schemas.Caregiver:
    institution = await visible_institution(session, principal, institution_id)
    return _one(await service.get_caregiver(session, institution, caregiver_id), principal)


@router.patch(
    "/institutions/{institution_id}/caregivers/{caregiver_id}",
    response_model=schemas.Caregiver,
    summary="Complete or correct a caregiver: category, licence number, ID number, qualification",
)
async def update_caregiver(
    institution_id: str,
    caregiver_id: uuid.UUID,
    data: schemas.CaregiverUpdate,
    session: SessionDep,
    principal: CaregiversWrite,
) -> schemas.Caregiver:
    """422 ``LICENCE_NUMBER_REQUIRED`` when a licensed category is left without its licence number."""
    institution = await visible_institution(session, principal, institution_id)
    return _one(await service.update_caregiver(session, institution, caregiver_id, data), principal)


@router.put(
    "/institutions/{institution_id}/clients/{person_id}/home",
    response_model=schemas.ClientHome,
    summary="Where a client served at home lives (check-in distance)",
)
async def set_client_home(
    institution_id: str,
    person_id: uuid.UUID,
    data: schemas.ClientHome,
    session: SessionDep,
    principal: ClientHomesWrite,
) -> schemas.ClientHome:
    institution = await visible_institution(session, principal, institution_id)
    return await service.set_client_home(session, institution, person_id, data)
