"""Service records' rules for reading them: whose records a caller sees, and which filters it may name."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.deps import visible_institution
from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.institutions.exceptions import InstitutionNotFound
from services.settlement.records import checks, repository, results, schemas
from services.settlement.reference.units import require_county
from shared.pagination import PageParams, paginate
from shared.principal import Principal

__all__ = ["list_records"]


async def list_records(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    *,
    institution_id: str | None,
    county_code: str | None,
    month: dt.date | None,
    check: str | None,
) -> schemas.ServiceRecordList:
    """An institution lists its own records (naming another institution is 404, as unknown); a contractor
    those of its counties (an institution or county outside them: 404 / 403 as everywhere); the bureau all."""
    record = models.ServiceRecord
    if acts_for_one_institution(principal):
        if institution_id is not None and institution_id != principal.institution_id:
            raise InstitutionNotFound(f"no institution {institution_id}")
        scope = record.institution_id == principal.institution_id
    else:
        if institution_id is not None:
            await visible_institution(session, principal, institution_id)  # out of scope or unknown: 404
        if county_code is not None:
            await require_county(session, principal, county_code, "query.county_code")
        scope = principal.in_counties(record.county_code)
    stmt = repository.records_stmt(
        scope=scope,
        institution_id=institution_id,
        county_code=county_code,
        month_bounds=checks.month_bounds(month) if month is not None else None,
        check=check,
    )
    rows, cursor = await paginate(session, stmt, [record.id], page, lambda r: [r.id])
    return schemas.ServiceRecordList(items=await results.records_out(session, rows), next_cursor=cursor)
