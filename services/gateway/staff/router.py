"""The staff accounts' JSON API for admins (and a contractor's staff administrator)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.gateway.api_clients import service as api_clients
from services.gateway.staff import service
from services.gateway.staff.auth import StaffManage
from services.gateway.staff.schemas import (
    PasswordSet,
    SecondFactorEnrolment,
    SessionsRevoked,
    Staff,
    StaffCreate,
    StaffList,
)
from services.gateway.upstream import Upstreams
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["staff"])


@router.post("/staff", status_code=201, response_model=Staff, summary="Create a console staff account")
async def create_staff(
    data: StaffCreate, request: Request, session: SessionDep, manager: StaffManage
) -> Staff:
    """The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have."""
    upstreams: Upstreams = request.app.state.upstreams
    counties = await api_clients.known_counties(upstreams) if data.county_codes else set()
    return await service.create(session, manager, data, counties, created_by=manager.name)


@router.get("/staff", response_model=StaffList, summary="Staff accounts you manage")
async def list_staff(
    session: SessionDep, manager: StaffManage, page: Annotated[PageParams, Depends(page_params)]
) -> StaffList:
    items, next_cursor = await service.list_staff(session, manager, page)
    return StaffList(items=items, next_cursor=next_cursor)


@router.get("/staff/{staff_id}", response_model=Staff, summary="One staff account")
async def get_staff(staff_id: uuid.UUID, session: SessionDep, manager: StaffManage) -> Staff:
    return await service.get(session, manager, staff_id)


@router.post("/staff/{staff_id}/disable", response_model=Staff, summary="Disable an account; signs it out")
async def disable_staff(staff_id: uuid.UUID, session: SessionDep, manager: StaffManage) -> Staff:
    return await service.disable(session, manager, staff_id)


@router.post("/staff/{staff_id}/enable", response_model=Staff, summary="Enable a disabled account again")
async def enable_staff(staff_id: uuid.UUID, session: SessionDep, manager: StaffManage) -> Staff:
    return await service.enable(session, manager, staff_id)


@router.put(
    "/staff/{staff_id}/password",
    response_model=Staff,
    summary="Set a new password; clears a lockout and signs the account out everywhere",
)
async def set_password(
    staff_id: uuid.UUID, data: PasswordSet, session: SessionDep, manager: StaffManage
) -> Staff:
    return await service.set_password(session, manager, staff_id, data.password)


@router.post(
    "/staff/{staff_id}/second-factor",
    response_model=SecondFactorEnrolment,
    summary="Enrol a TOTP second factor (bureau and admin accounts); the secret is shown once",
)
async def enrol_second_factor(
    staff_id: uuid.UUID, session: SessionDep, manager: StaffManage
) -> SecondFactorEnrolment:
    return await service.enrol_second_factor(session, manager, staff_id)


@router.post(
    "/staff/{staff_id}/sessions:revoke",
    response_model=SessionsRevoked,
    summary="Sign the account out everywhere",
)
async def revoke_sessions(staff_id: uuid.UUID, session: SessionDep, manager: StaffManage) -> SessionsRevoked:
    return SessionsRevoked(
        staff_id=staff_id, revoked=await service.revoke_all_sessions(session, manager, staff_id)
    )
