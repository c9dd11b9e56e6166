from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from services.enrollment.counties.service import require_county
from services.enrollment.employers import service
from services.enrollment.employers.auth import EmployersRead, EmployersWrite
from services.enrollment.employers.schemas import Employer, EmployerCreate, EmployerList
from services.enrollment.models import Employer as EmployerRow
from services.enrollment.models import idempotency_records
from shared.db import SessionDep
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.pagination import PageParams, page_params, paginate

router = APIRouter(prefix="/api/v1/employers", tags=["employers"])
Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


@router.post("", status_code=201, response_model=Employer, summary="Register an employer")
async def create_employer(
    data: EmployerCreate, session: SessionDep, principal: EmployersWrite, idempotent: Idempotent
) -> Response:
    async def create() -> Employer:
        return Employer.model_validate(await service.create(session, principal, data))

    return await idempotent.respond(create, status_code=201)


@router.get("", response_model=EmployerList, summary="Employers of the caller's counties")
async def list_employers(
    session: SessionDep,
    principal: EmployersRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> EmployerList:
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
    stmt = service.list_statement(principal, county_code)
    rows, cursor = await paginate(
        session, stmt, [EmployerRow.credit_code], page, key=lambda e: [e.credit_code]
    )
    return EmployerList(items=[Employer.model_validate(r) for r in rows], next_cursor=cursor)


@router.get("/{credit_code}", response_model=Employer, summary="One employer")
async def get_employer(credit_code: str, session: SessionDep, principal: EmployersRead) -> Employer:
    return Employer.model_validate(await service.get(session, principal, credit_code))
