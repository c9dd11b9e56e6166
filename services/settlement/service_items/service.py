"""The catalogue of service items (S003 §二(六) "统一全市长期护理保险护理服务项目和服务标准"): the bureau
drafts a version, edits its items while it is a draft and publishes it; a published version is frozen and
in force from its ``effective_from`` until the next published version starts. The checks before paying read
the version in force on each record's service date (``records/checks.py``); before the first one, none.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.models import CatalogueStatus
from services.settlement.service_items import repository, schemas
from services.settlement.service_items.exceptions import (
    CatalogueDateTaken,
    CatalogueEmpty,
    CatalogueExists,
    CatalogueNotFound,
    CataloguePublished,
    ServiceItemNotFound,
)
from shared.principal import Principal


def _values(item: schemas.ServiceItemFields, code: str) -> dict[str, object]:
    values = item.model_dump(mode="json")
    values.pop("code", None)
    return {"code": code, **values}


async def create(
    session: AsyncSession, principal: Principal, data: schemas.CatalogueCreate
) -> schemas.Catalogue:
    if await repository.catalogue(session, data.version) is not None:
        raise CatalogueExists(f"catalogue {data.version} exists already")
    session.add(
        models.ServiceItemCatalogue(
            version=data.version,
            effective_from=data.effective_from,
            status=CatalogueStatus.DRAFT.value,
            source=data.source,
            created_by=principal.client_id,
        )
    )
    await session.flush()
    for item in data.items:
        await repository.upsert_item(session, data.version, _values(item, item.code))
    return await get(session, data.version)


async def get(session: AsyncSession, version: str) -> schemas.Catalogue:
    found = await repository.catalogue(session, version)
    if found is None:
        raise CatalogueNotFound(f"no catalogue {version}")
    items = [schemas.ServiceItem.model_validate(i) for i in await repository.items_of(session, version)]
    summary = schemas.CatalogueSummary.model_validate(found).model_copy(update={"item_count": len(items)})
    return schemas.Catalogue(**summary.model_dump(), items=items)


async def list_catalogues(
    session: AsyncSession, on: dt.date | None, status: str | None
) -> list[schemas.CatalogueSummary]:
    """Every version (newest first), or the one in force on ``on`` (none before the first publication)."""
    in_force = None
    if on is not None:
        found = await repository.in_force(session, on)
        if found is None:
            return []
        in_force = found.version
    return [
        schemas.CatalogueSummary.model_validate(c).model_copy(update={"item_count": n})
        for c, n in await repository.catalogues(session, status)
        if in_force is None or c.version == in_force
    ]


async def _draft(session: AsyncSession, version: str) -> models.ServiceItemCatalogue:
    """The version, locked, if it is still a draft."""
    found = await repository.catalogue(session, version, for_update=True)
    if found is None:
        raise CatalogueNotFound(f"no catalogue {version}")
    if found.status != CatalogueStatus.DRAFT:
        raise CataloguePublished(f"catalogue {version} is published: draft a new version to change it")
    return found


async def put_item(
    session: AsyncSession, version: str, code: str, data: schemas.ServiceItemFields
) -> schemas.ServiceItem:
    """Add or replace one item of a draft."""
    await _draft(session, version)
    await repository.upsert_item(session, version, _values(data, code))
    return await get_item(session, version, code)


async def get_item(session: AsyncSession, version: str, code: str) -> schemas.ServiceItem:
    if await repository.catalogue(session, version) is None:
        raise CatalogueNotFound(f"no catalogue {version}")
    found = await repository.item(session, version, code)
    if found is None:
        raise ServiceItemNotFound(f"catalogue {version} has no item {code}")
    await session.refresh(found)
    return schemas.ServiceItem.model_validate(found)


async def delete_item(session: AsyncSession, version: str, code: str) -> None:
    await _draft(session, version)
    if await repository.delete_item(session, version, code) == 0:
        raise ServiceItemNotFound(f"catalogue {version} has no item {code}")


async def publish(session: AsyncSession, principal: Principal, version: str) -> schemas.Catalogue:
    """Freeze a draft: from its ``effective_from`` the checks read it, until the next published version."""
    draft = await _draft(session, version)
    if not await repository.items_of(session, version):
        raise CatalogueEmpty(f"catalogue {version} has no items")
    clash = await repository.published_on(session, draft.effective_from)
    if clash is not None:
        raise CatalogueDateTaken(f"{clash} is published from {draft.effective_from} already", version=clash)
    draft.status = CatalogueStatus.PUBLISHED.value
    draft.published_by = principal.client_id
    draft.published_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return await get(session, version)
