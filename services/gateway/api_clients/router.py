from __future__ import annotations

import uuid
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, BackgroundTasks, Body, Depends, Request, Response
from sqlalchemy import select

from services.gateway.api_clients import service
from services.gateway.api_clients.auth import ApiClientsManage
from services.gateway.api_clients.schemas import (
    ApiClient,
    ApiClientCreate,
    ApiClientList,
    IssuedKey,
    RotateRequest,
)
from services.gateway.auth import KeyAuthenticator, announce_change, authenticated
from services.gateway.models import ApiClient as ApiClientRow
from services.gateway.models import idempotency_records
from services.gateway.upstream import Upstreams
from shared.db import SessionDep
from shared.errors import NotFound, ServiceUnavailable
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.pagination import PageParams, page_params, paginate
from shared.principal import service_principal

router = APIRouter(prefix="/api/v1/api-clients", tags=["api clients"])


async def known_counties(request: Request) -> set[str]:
    """The accounting units, from the enrollment service that owns them."""
    upstreams: Upstreams = request.app.state.upstreams
    try:
        body = await upstreams.get_json("enrollment", "/api/v1/counties", service_principal("gateway"))
    except (httpx.TransportError, httpx.HTTPStatusError) as exc:
        raise ServiceUnavailable(
            "cannot check county codes: the enrollment service is unavailable", code="UPSTREAM_UNAVAILABLE"
        ) from exc
    return {item["code"] for item in body["items"]}


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


@router.post("", status_code=201, response_model=IssuedKey, summary="Create a client; its key is shown once")
async def create_client(
    data: ApiClientCreate,
    request: Request,
    session: SessionDep,
    admin: ApiClientsManage,
    idempotent: IdempotentIssue,
) -> Response:
    """With an `Idempotency-Key`, a retry answers the same client again (without the key)."""

    async def create() -> IssuedKey:
        counties = await known_counties(request) if data.county_codes else set()
        return await service.create_client(session, data, counties)

    return await idempotent.respond(create, status_code=201)


@router.get("", response_model=ApiClientList, summary="All API clients")
async def list_clients(
    session: SessionDep, admin: ApiClientsManage, page: Annotated[PageParams, Depends(page_params)]
) -> ApiClientList:
    rows, next_cursor = await paginate(
        session, select(ApiClientRow), [ApiClientRow.name], page, key=lambda c: [c.name]
    )
    return ApiClientList(items=await service.describe(session, rows), next_cursor=next_cursor)


@router.get("/{client_id}", response_model=ApiClient, summary="One API client")
async def get_client(client_id: uuid.UUID, session: SessionDep, admin: ApiClientsManage) -> ApiClient:
    client = await session.get(ApiClientRow, client_id)
    if client is None:
        raise NotFound(f"no API client {client_id}", code="CLIENT_NOT_FOUND")
    [out] = await service.describe(session, [client])
    return out


@router.post("/{client_id}/rotate", response_model=IssuedKey, summary="Issue a new key; the old one lapses")
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
    await announce_change(session, client_id)
    return await idempotent.respond(rotate)


@router.post(
    "/{client_id}/revoke", response_model=ApiClient, summary="Revoke the client and all its keys now"
)
async def revoke_client(
    client_id: uuid.UUID,
    request: Request,
    tasks: BackgroundTasks,
    session: SessionDep,
    admin: ApiClientsManage,
) -> ApiClient:
    revoked = await service.revoke(session, client_id)
    await announce_change(session, client_id)
    forget_after_commit(request, tasks, client_id)
    return revoked
