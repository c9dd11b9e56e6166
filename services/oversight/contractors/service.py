"""Registering contractors and keeping their profile: outlets in accounting counties, team, contacts and
S001's qualifying conditions with their evidence."""

from __future__ import annotations

import uuid
from typing import Any, get_args

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.contractors import repository
from services.oversight.contractors.exceptions import ContractorExists, ContractorNotFound
from services.oversight.contractors.schemas import (
    Condition,
    Contractor,
    ContractorCreate,
    ContractorUpdate,
)
from services.oversight.models import Contractor as ContractorRow
from services.oversight.reference.units import require_counties
from shared.pagination import PageParams, paginate
from shared.principal import Principal

CONDITIONS = frozenset(get_args(Condition))


def _qualified(qualifications: list[dict[str, Any]]) -> bool:
    return {q["condition"] for q in qualifications if q["met"]} >= CONDITIONS


def to_schema(row: ContractorRow) -> Contractor:
    return Contractor.model_validate(
        {
            **{k: getattr(row, k) for k in Contractor.model_fields if k != "qualified"},
            "qualified": _qualified(row.qualifications),
        }
    )


async def _require_outlet_counties(session: AsyncSession, principal: Principal, outlets: list[Any]) -> None:
    await require_counties(session, principal, [o["county_code"] for o in outlets], "body.outlets")


async def create(session: AsyncSession, data: ContractorCreate, principal: Principal) -> Contractor:
    values = data.model_dump(mode="json")
    await _require_outlet_counties(session, principal, values["outlets"])
    if await repository.by_credit_code(session, data.credit_code) is not None:
        raise ContractorExists(f"a contractor with credit code {data.credit_code} is registered")
    row = ContractorRow(id=uuid.uuid4(), created_by=principal.client_id, **values)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return to_schema(row)


async def get(session: AsyncSession, contractor_id: uuid.UUID, principal: Principal) -> Contractor:
    row = await repository.get(session, contractor_id, principal)
    if row is None:
        raise ContractorNotFound("no such contractor")
    return to_schema(row)


async def update(
    session: AsyncSession, contractor_id: uuid.UUID, data: ContractorUpdate, principal: Principal
) -> Contractor:
    row = await repository.get(session, contractor_id, principal, lock=True)
    if row is None:
        raise ContractorNotFound("no such contractor")
    changes = data.model_dump(mode="json", exclude_unset=True)
    if "outlets" in changes:
        await _require_outlet_counties(session, principal, changes["outlets"])
    for key, value in changes.items():
        setattr(row, key, value)
    row.updated_at = func.now()
    await session.flush()
    await session.refresh(row)
    return to_schema(row)


async def list_contractors(
    session: AsyncSession, principal: Principal, page: PageParams
) -> tuple[list[Contractor], str | None]:
    rows, cursor = await paginate(
        session, repository.listing(principal), [ContractorRow.credit_code], page, lambda r: [r.credit_code]
    )
    return [to_schema(r) for r in rows], cursor
