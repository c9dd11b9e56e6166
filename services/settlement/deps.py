"""Dependencies every settlement router uses: idempotent POSTs, object scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.institutions import repository as institutions
from services.settlement.institutions.auth import sees_institution
from services.settlement.institutions.exceptions import InstitutionNotFound
from services.settlement.models import Institution, idempotency_records
from shared.idempotency import IdempotentRequest, idempotency_dependency
from shared.principal import Principal

__all__ = ["Idempotent", "sees_institution", "visible_institution"]

Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]


async def visible_institution(
    session: AsyncSession, principal: Principal, institution_id: str
) -> Institution:
    """The institution if the caller may see it; otherwise 404, so existence does not leak."""
    institution = await institutions.get_institution(session, institution_id)
    if institution is None or not sees_institution(principal, institution):
        raise InstitutionNotFound(f"no institution {institution_id}")
    return institution
