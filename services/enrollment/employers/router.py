"""Employers over HTTP: register one, list those of the caller's counties, read one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from services.enrollment.employers import service
from services.enrollment.employers.auth import EmployersRead, EmployersWrite
from services.enrollment.employers.schemas import Employer, EmployerCreate, EmployerList
from services.enrollment.models import idempotency_records
from shared.db import SessionDep
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["employers"])
Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


@router.post("/employers", status_code=201, response_model=Employer, summary="Register an employer")
async def create_employer(
    data: EmployerCreate, session: SessionDep, principal: EmployersWrite, idempotent: Idempotent
) -> Response:
    async def create() -> Employer:
        return Employer.model_validate(await service.create(session, principal, data))

    return await idempotent.respond(create, status_code=201)


@router.get("/employers", response_model=EmployerList, summary="Employers of the caller's counties")
async def list_employers(
    session: SessionDep,
    principal: EmployersRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> EmployerList:
    rows, cursor = await service.list_page(session, principal, county_code, page)
    return EmployerList(items=[Employer.model_validate(r) for r in rows], next_cursor=cursor)


@router.get("/employers/{credit_code}", response_model=Employer, summary="One employer")
async def get_employer(credit_code: str, session: SessionDep, principal: EmployersRead) -> Employer:
    return Employer.model_validate(await service.get(session, principal, credit_code))
