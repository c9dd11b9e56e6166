from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from services.oversight.contractors import service
from services.oversight.contractors.auth import ContractorsRead, ContractorsWrite
from services.oversight.contractors.schemas import (
    Contractor,
    ContractorCreate,
    ContractorList,
    ContractorUpdate,
)
from services.oversight.deps import Idempotent
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["contractors"])


@router.post(
    "/contractors", status_code=201, response_model=Contractor, summary="Register a contractor (商保经办机构)"
)
async def create_contractor(
    data: ContractorCreate, session: SessionDep, principal: ContractorsWrite, idempotent: Idempotent
) -> JSONResponse:
    """409 ``CONTRACTOR_EXISTS`` when the credit code is registered; an outlet's county must be an
    accounting unit (422 ``COUNTY_UNKNOWN``)."""
    return await idempotent.respond(lambda: service.create(session, data, principal), status_code=201)


@router.get("/contractors", response_model=ContractorList, summary="The register (a contractor sees its own)")
async def list_contractors(
    session: SessionDep, principal: ContractorsRead, page: Annotated[PageParams, Depends(page_params)]
) -> ContractorList:
    items, cursor = await service.list_contractors(session, principal, page)
    return ContractorList(items=items, next_cursor=cursor)


@router.get("/contractors/{contractor_id}", response_model=Contractor, summary="One contractor")
async def get_contractor(
    contractor_id: uuid.UUID, session: SessionDep, principal: ContractorsRead
) -> Contractor:
    return await service.get(session, contractor_id, principal)


@router.patch(
    "/contractors/{contractor_id}",
    response_model=Contractor,
    summary="Change a contractor's name, team, contacts, outlets or qualifying conditions",
)
async def update_contractor(
    contractor_id: uuid.UUID, data: ContractorUpdate, session: SessionDep, principal: ContractorsWrite
) -> Contractor:
    return await service.update(session, contractor_id, data, principal)
