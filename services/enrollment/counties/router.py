from __future__ import annotations

from fastapi import APIRouter

from services.enrollment import models
from services.enrollment.counties import repository
from services.enrollment.counties.auth import CountiesRead
from services.enrollment.counties.schemas import County, CountyList, InsuredTarget
from shared.db import SessionDep
from shared.principal import county_unknown

router = APIRouter(prefix="/api/v1/counties", tags=["counties"])


def _county(county: models.County, target: models.CountyInsuredTarget | None) -> County:
    return County(
        code=county.code,
        name=county.name,
        kind=county.kind,
        insured_target=InsuredTarget.model_validate(target, from_attributes=True) if target else None,
    )


@router.get("", response_model=CountyList, summary="The accounting units (code, name, insured target)")
async def list_counties(session: SessionDep, principal: CountiesRead) -> CountyList:
    """Every role reads every unit: the list is public reference data, not personal data."""
    rows = await repository.list_counties(session)
    return CountyList(items=[_county(c, t) for c, t in rows])


@router.get("/{code}", response_model=County, summary="One accounting unit")
async def get_county(code: str, session: SessionDep, principal: CountiesRead) -> County:
    rows = await repository.list_counties(session, [code])
    if not rows:
        raise county_unknown([code], "path.code")  # 404 COUNTY_UNKNOWN, worded as every service words it
    return _county(*rows[0])
