from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.oversight.contracts import service
from services.oversight.contracts.auth import AcceptanceWrite, ContractsRead, ContractsWrite
from services.oversight.contracts.schemas import (
    Acceptance,
    AcceptanceCreate,
    AcceptanceList,
    Contract,
    ContractCreate,
    ContractList,
    ContractUpdate,
    StatusChangeCreate,
)
from services.oversight.deps import Idempotent, Today
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["contracts"])


@router.post(
    "/contracts", status_code=201, response_model=Contract, summary="Draft a service contract for a lot"
)
async def create_contract(
    data: ContractCreate, session: SessionDep, principal: ContractsWrite, idempotent: Idempotent, today: Today
) -> JSONResponse:
    """A draft; it comes into force by a status change. 422 ``CONTRACTOR_UNKNOWN``, ``COUNTY_UNKNOWN``;
    ``subcontracting_forbidden: false`` is refused (``SUBCONTRACTING_FORBIDDEN``)."""
    return await idempotent.respond(lambda: service.create(session, data, principal, today), status_code=201)


@router.get(
    "/contracts", response_model=ContractList, summary="Contracts (a contractor sees its counties' lots)"
)
async def list_contracts(
    session: SessionDep,
    principal: ContractsRead,
    page: Annotated[PageParams, Depends(page_params)],
    contractor_id: uuid.UUID | None = None,
    status: Annotated[str | None, Query(pattern="^(draft|in_force|suspended|expired|terminated)$")] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> ContractList:
    items, cursor = await service.list_contracts(session, principal, page, contractor_id, status, county_code)
    return ContractList(items=items, next_cursor=cursor)


@router.get(
    "/contracts/{contract_id}", response_model=Contract, summary="One contract with its status history"
)
async def get_contract(contract_id: uuid.UUID, session: SessionDep, principal: ContractsRead) -> Contract:
    return await service.get(session, contract_id, principal)


@router.patch("/contracts/{contract_id}", response_model=Contract, summary="Change a draft contract's terms")
async def update_contract(
    contract_id: uuid.UUID, data: ContractUpdate, session: SessionDep, principal: ContractsWrite, today: Today
) -> Contract:
    """409 ``CONTRACT_IS_<STATUS>`` once the contract is no longer a draft."""
    return await service.update(session, contract_id, data, principal, today)


@router.post(
    "/contracts/{contract_id}/status-changes",
    status_code=201,
    response_model=Contract,
    summary="Bring into force, suspend, resume, expire or terminate a contract",
)
async def change_contract_status(
    contract_id: uuid.UUID,
    data: StatusChangeCreate,
    session: SessionDep,
    principal: ContractsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """draft → in_force (filed with finance; 409 ``CONTRACT_COUNTIES_TAKEN`` when another live contract
    covers a county of the lot for an overlapping period), in_force ⇄ suspended (reason), → expired (after
    ``ends_on``), → terminated (reason). 409 ``CONTRACT_IS_<STATUS>`` for any other step."""
    return await idempotent.respond(
        lambda: service.change_status(session, contract_id, data, principal, today), status_code=201
    )


@router.post(
    "/contracts/{contract_id}/acceptances",
    status_code=201,
    response_model=Acceptance,
    summary="Accept a period's fulfilment (履约检查验收): fee payable, withheld and why",
)
async def accept_fulfilment(
    contract_id: uuid.UUID,
    data: AcceptanceCreate,
    session: SessionDep,
    principal: AcceptanceWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Money in fen; each period of a contract once (409 ``ACCEPTANCE_PERIOD_TAKEN``), within the contract's
    period (422 ``ACCEPTANCE_OUTSIDE_CONTRACT``)."""
    return await idempotent.respond(
        lambda: service.accept(session, contract_id, data, principal, today), status_code=201
    )


@router.get(
    "/contracts/{contract_id}/acceptances",
    response_model=AcceptanceList,
    summary="The accepted periods of a contract",
)
async def list_acceptances(
    contract_id: uuid.UUID, session: SessionDep, principal: ContractsRead
) -> AcceptanceList:
    return AcceptanceList(items=await service.list_acceptances(session, contract_id, principal))
