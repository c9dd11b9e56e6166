"""The catalogue of service items (护理服务项目目录): versions drafted and published by the bureau, read by
everyone who claims or pays by it."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from services.settlement.deps import Idempotent
from services.settlement.service_items import schemas, service
from services.settlement.service_items.auth import ServiceItemsRead, ServiceItemsWrite
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["service items"])


@router.post(
    "/service-item-catalogues",
    status_code=201,
    response_model=schemas.Catalogue,
    summary="Draft a version of the catalogue (bureau), with its items or without",
)
async def create_catalogue(
    data: schemas.CatalogueCreate, session: SessionDep, principal: ServiceItemsWrite, idempotent: Idempotent
) -> JSONResponse:
    return await idempotent.respond(lambda: service.create(session, principal, data), status_code=201)


@router.get(
    "/service-item-catalogues",
    response_model=schemas.CatalogueList,
    summary="Every version, or the one in force on a date (`on`; none before the first publication)",
)
async def list_catalogues(
    session: SessionDep,
    principal: ServiceItemsRead,
    on: dt.date | None = None,
    status: schemas.StatusFilter | None = None,
) -> schemas.CatalogueList:
    return schemas.CatalogueList(items=await service.list_catalogues(session, on, status))


@router.get(
    "/service-item-catalogues/{version}",
    response_model=schemas.Catalogue,
    summary="One version with its items, every value flagged confirmed or not",
)
async def get_catalogue(version: str, session: SessionDep, principal: ServiceItemsRead) -> schemas.Catalogue:
    return await service.get(session, version)


@router.post(
    "/service-item-catalogues/{version}:publish",
    response_model=schemas.Catalogue,
    summary="Publish a draft: in force from its effective_from until the next published version (bureau)",
)
async def publish_catalogue(
    version: str, session: SessionDep, principal: ServiceItemsWrite
) -> schemas.Catalogue:
    return await service.publish(session, principal, version)


@router.get(
    "/service-item-catalogues/{version}/items/{code}",
    response_model=schemas.ServiceItem,
    summary="One item of a version",
)
async def get_item(
    version: str, code: schemas.ItemCode, session: SessionDep, principal: ServiceItemsRead
) -> schemas.ServiceItem:
    return await service.get_item(session, version, code)


@router.put(
    "/service-item-catalogues/{version}/items/{code}",
    response_model=schemas.ServiceItem,
    summary="Add or replace an item of a draft (bureau)",
)
async def put_item(
    version: str,
    code: schemas.ItemCode,
    data: schemas.ServiceItemFields,
    session: SessionDep,
    principal: ServiceItemsWrite,
) -> schemas.ServiceItem:
    return await service.put_item(session, version, code, data)


@router.delete(
    "/service-item-catalogues/{version}/items/{code}",
    status_code=204,
    summary="Take an item out of a draft (bureau)",
)
async def delete_item(
    version: str, code: schemas.ItemCode, session: SessionDep, principal: ServiceItemsWrite
) -> Response:
    await service.delete_item(session, version, code)
    return Response(status_code=204)
