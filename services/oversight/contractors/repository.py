"""The register's SQL: one contractor, a page of them, and which of them a contractor client may see."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import Contract, Contractor
from shared.principal import Principal


def visible(principal: Principal) -> ColumnElement[bool] | None:
    """None for the bureau and admin; for a contractor client, the contractors holding a contract of one of
    its counties (a client carries counties, not a contractor: its contracts' lots say whose it is)."""
    counties = principal.county_filter()
    if counties is None:
        return None
    return exists().where(Contract.contractor_id == Contractor.id, Contract.county_codes.overlap(counties))


async def get(
    session: AsyncSession, contractor_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Contractor | None:
    stmt = select(Contractor).where(Contractor.id == contractor_id)
    scope = visible(principal)
    if scope is not None:
        stmt = stmt.where(scope)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def by_credit_code(session: AsyncSession, credit_code: str) -> uuid.UUID | None:
    return await session.scalar(select(Contractor.id).where(Contractor.credit_code == credit_code))


def listing(principal: Principal) -> Select[Contractor]:
    stmt = select(Contractor)
    scope = visible(principal)
    return stmt if scope is None else stmt.where(scope)
