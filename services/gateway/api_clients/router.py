from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Body, Depends, Request, Response

from services.gateway.api_clients import service
from services.gateway.api_clients.auth import ApiClientsManage
from services.gateway.api_clients.schemas import (
    ApiClient,
    ApiClientCreate,
    ApiClientList,
    IssuedKey,
    RotateRequest,
)
from services.gateway.auth import KeyAuthenticator, authenticated
from services.gateway.models import idempotency_records
from services.gateway.upstream import Upstreams
from shared.db import SessionDep
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["api clients"])


def _without_key(body: dict[str, Any]) -> dict[str, Any]:
    """What an idempotent replay may show: everything but the key itself, which is never stored."""
    return {**body, "key": None}


IdempotentIssue = Annotated[
    IdempotentRequest,
    Depends(
        idempotency_dependency(idempotency_records, redact=_without_key, principal_dependency=authenticated)
    ),
]


def forget_after_commit(request: Request, tasks: BackgroundTasks, client_id: uuid.UUID) -> None:
    """Drop the client's cached keys now and again once the change is committed (a lookup in between could
    otherwise cache the old state for another few seconds)."""
    authenticator: KeyAuthenticator = request.app.state.authenticator
    authenticator.forget_client(str(client_id))
    tasks.add_task(authenticator.forget_client, str(client_id))


@router.post(
    "/api-clients",
    status_code=201,
    response_model=IssuedKey,
    summary="Create a client; its key is shown once",
)
async def create_client(
    data: ApiClientCreate,
    request: Request,
    session: SessionDep,
    admin: ApiClientsManage,
    idempotent: IdempotentIssue,
) -> Response:
    """With an `Idempotency-Key`, a retry answers the same client again (without the key)."""

    async def create() -> IssuedKey:
        upstreams: Upstreams = request.app.state.upstreams
        counties = await service.known_counties(upstreams) if data.county_codes else set()
        return await service.create_client(session, data, counties)

    return await idempotent.respond(create, status_code=201)


@router.get("/api-clients", response_model=ApiClientList, summary="All API clients")
async def list_clients(
    session: SessionDep, admin: ApiClientsManage, page: Annotated[PageParams, Depends(page_params)]
) -> ApiClientList:
    items, next_cursor = await service.list_clients(session, page)
    return ApiClientList(items=items, next_cursor=next_cursor)


@router.get("/api-clients/{client_id}", response_model=ApiClient, summary="One API client")
async def get_client(client_id: uuid.UUID, session: SessionDep, admin: ApiClientsManage) -> ApiClient:
    return await service.get_client(session, client_id)


@router.post(
    "/api-clients/{client_id}/rotate", response_model=IssuedKey, summary="Issue a new key; the old one lapses"
)
async def rotate_key(
    client_id: uuid.UUID,
    request: Request,
    tasks: BackgroundTasks,
    session: SessionDep,
    admin: ApiClientsManage,
    idempotent: IdempotentIssue,
    body: Annotated[RotateRequest | None, Body()] = None,
) -> Response:
    """The keys before the new one keep working for `grace_seconds` (default: the configured grace)."""
    grace = (
        body.grace_seconds
        if body and body.grace_seconds is not None
        else request.app.state.settings.api_key_rotation_grace_seconds
    )

    async def rotate() -> IssuedKey:
        return await service.rotate(session, client_id, grace)

    forget_after_commit(request, tasks, client_id)
    await service.announce_change(session, client_id)
    return await idempotent.respond(rotate)


@router.post(
    "/api-clients/{client_id}/revoke",
    response_model=ApiClient,
    summary="Revoke the client and all its keys now",
)
async def revoke_client(
    client_id: uuid.UUID,
    request: Request,
    tasks: BackgroundTasks,
    session: SessionDep,
    admin: ApiClientsManage,
) -> ApiClient:
    revoked = await service.revoke(session, client_id)
    await service.announce_change(session, client_id)
    forget_after_commit(request, tasks, client_id)
    return revoked
