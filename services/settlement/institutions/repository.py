"""SQL of institutions: institutions, caregivers and clients' homes."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import Caregiver, ClientHome, Institution
from shared.pagination import PageParams, paginate
from shared.principal import Principal


async def get_institution(session: AsyncSession, institution_id: str) -> Institution | None:
    return await session.get(Institution, institution_id)


async def institutions_page(
    session: AsyncSession, principal: Principal, params: PageParams, *, own_only: bool
) -> tuple[list[Institution], str | None]:
    """A page of the institutions in the caller's counties, or (``own_only``) of the caller's own one."""
    stmt = select(Institution)
    if own_only:
        stmt = stmt.where(Institution.id == principal.institution_id)
    else:
        stmt = stmt.where(principal.in_counties(Institution.county_code))
    return await paginate(session, stmt, [Institution.id], params, lambda r: [r.id])


async def caregiver_registered(session: AsyncSession, institution_id: str, code: str) -> bool:
    found = await session.scalar(
        select(Caregiver.id).where(Caregiver.institution_id == institution_id, Caregiver.code == code)
    )
    return found is not None


async def get_caregiver(
    session: AsyncSession, institution_id: str, caregiver_id: uuid.UUID, *, lock: bool = False
) -> Caregiver | None:
    stmt = select(Caregiver).where(Caregiver.institution_id == institution_id, Caregiver.id == caregiver_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def caregivers_page(
    session: AsyncSession, institution_id: str, params: PageParams
) -> tuple[list[Caregiver], str | None]:
    stmt = select(Caregiver).where(Caregiver.institution_id == institution_id)
    return await paginate(session, stmt, [Caregiver.code], params, lambda r: [r.code])


async def upsert_client_home(
    session: AsyncSession, institution_id: str, person_id: uuid.UUID, latitude: float, longitude: float
) -> None:
    stmt = pg_insert(ClientHome).values(
        institution_id=institution_id, person_id=person_id, latitude=latitude, longitude=longitude
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=["institution_id", "person_id"],
            set_={"latitude": stmt.excluded.latitude, "longitude": stmt.excluded.longitude},
        )
    )
