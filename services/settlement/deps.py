"""Dependencies every settlement router uses: idempotent POSTs, object scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import Institution, idempotency_records
from shared.errors import NotFound
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.principal import Principal, Role

Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


def sees_institution(principal: Principal, institution: Institution) -> bool:
    if principal.role is Role.INSTITUTION:
        return principal.institution_id == institution.id
    return principal.sees_county(institution.county_code)


async def visible_institution(
    session: AsyncSession, principal: Principal, institution_id: str
) -> Institution:
    """The institution if the caller may see it; otherwise 404, so existence does not leak."""
    institution = await session.get(Institution, institution_id)
    if institution is None or not sees_institution(principal, institution):
        raise NotFound(f"no institution {institution_id}", code="INSTITUTION_NOT_FOUND")
    return institution
