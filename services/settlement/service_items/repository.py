"""SQL of the catalogue of service items: its versions and their items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import CatalogueStatus, ServiceItem, ServiceItemCatalogue


async def catalogue(
    session: AsyncSession, version: str, *, for_update: bool = False
) -> ServiceItemCatalogue | None:
    stmt = select(ServiceItemCatalogue).where(ServiceItemCatalogue.version == version)
    if for_update:
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def in_force(session: AsyncSession, on: dt.date) -> ServiceItemCatalogue | None:
    """The published version that starts last on or before ``on``."""
    return await session.scalar(
        select(ServiceItemCatalogue)
        .where(
            ServiceItemCatalogue.status == CatalogueStatus.PUBLISHED,
            ServiceItemCatalogue.effective_from <= on,
        )
        .order_by(ServiceItemCatalogue.effective_from.desc())
        .limit(1)
    )


async def published_on(session: AsyncSession, day: dt.date) -> str | None:
    return await session.scalar(
        select(ServiceItemCatalogue.version).where(
            ServiceItemCatalogue.status == CatalogueStatus.PUBLISHED,
            ServiceItemCatalogue.effective_from == day,
        )
    )


async def catalogues(session: AsyncSession, status: str | None) -> Sequence[tuple[ServiceItemCatalogue, int]]:
    """Every version, newest date first, with its number of items."""
    counts = select(ServiceItem.version, func.count().label("n")).group_by(ServiceItem.version).subquery()
    stmt = (
        select(ServiceItemCatalogue, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.version == ServiceItemCatalogue.version)
        .order_by(ServiceItemCatalogue.effective_from.desc(), ServiceItemCatalogue.version)
    )
    if status is not None:
        stmt = stmt.where(ServiceItemCatalogue.status == status)
    return [(row[0], int(row[1])) for row in (await session.execute(stmt)).all()]


async def items_of(session: AsyncSession, version: str) -> Sequence[ServiceItem]:
    return (
        await session.scalars(
            select(ServiceItem).where(ServiceItem.version == version).order_by(ServiceItem.code)
        )
    ).all()


async def item(session: AsyncSession, version: str, code: str) -> ServiceItem | None:
    return await session.get(ServiceItem, (version, code))


async def upsert_item(session: AsyncSession, version: str, values: dict[str, object]) -> None:
    stmt = insert(ServiceItem).values(version=version, **values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[ServiceItem.version, ServiceItem.code],
            set_={name: stmt.excluded[name] for name in values if name != "code"},
        )
    )


async def delete_item(session: AsyncSession, version: str, code: str) -> int:
    result = await session.execute(
        delete(ServiceItem).where(ServiceItem.version == version, ServiceItem.code == code)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
