"""The accounting units over HTTP: the public list (on the driver's connection) and the scheme start."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from services.enrollment import models
from services.enrollment.counties import service
from services.enrollment.counties.auth import CountiesRead, SchemeWrite
from services.enrollment.counties.schemas import (
    County,
    CountyList,
    InsuredTarget,
    SchemeHistory,
    SchemeVersion,
)
from services.enrollment.counties.schemas import SchemeWrite as SchemeBody
from shared.db import ReadDep, SessionDep

router = APIRouter(prefix="/api/v1", tags=["counties"])


def _version(row: models.CountyScheme) -> SchemeVersion:
    return SchemeVersion(
        version=row.id,
        scheme_start_on=row.scheme_start_on,
        basis=row.basis,
        confirmed=row.confirmed,
        reason=row.reason,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
    )


def _county(row: Any) -> County:
    """A record of ``service.list_counties`` as the answer (no ORM object in between)."""
    scheme = (
        SchemeVersion(
            version=row["version"],
            scheme_start_on=row["scheme_start_on"],
            basis=row["basis"],
            confirmed=row["confirmed"],
            reason=row["reason"],
            recorded_by=row["recorded_by"],
            recorded_at=row["recorded_at"],
        )
        if row["version"] is not None
        else None
    )
    target = (
        InsuredTarget(
            year=row["year"],
            employee_insured=row["employee_insured"],
            target_assured=row["target_assured"],
            target_stretch=row["target_stretch"],
            source=row["source"],
        )
        if row["year"] is not None
        else None
    )
    return County(
        code=row["code"],
        name=row["name"],
        kind=row["kind"],
        scheme_start_on=scheme.scheme_start_on if scheme else None,
        scheme=scheme,
        insured_target=target,
    )


@router.get(
    "/counties", response_model=CountyList, summary="The accounting units (code, name, scheme start, target)"
)
async def list_counties(connection: ReadDep, principal: CountiesRead) -> CountyList:
    """Every role reads every unit: the list is public reference data, not personal data."""
    return CountyList(items=[_county(row) for row in await service.list_counties(connection)])


@router.get("/counties/{code}", response_model=County, summary="One accounting unit")
async def get_county(code: str, connection: ReadDep, principal: CountiesRead) -> County:
    return _county(await service.get_county(connection, code))


def _history(code: str, rows: list[models.CountyScheme]) -> SchemeHistory:
    versions = [_version(v) for v in rows]
    return SchemeHistory(county_code=code, current=versions[0] if versions else None, history=versions)


@router.get(
    "/counties/{code}/scheme",
    response_model=SchemeHistory,
    summary="A unit's scheme start in force and its history",
    operation_id="get_county_scheme",
)
async def get_scheme(code: str, session: SessionDep, principal: CountiesRead) -> SchemeHistory:
    return _history(code, await service.scheme_history(session, code))


@router.put(
    "/counties/{code}/scheme", response_model=SchemeHistory, summary="Set a unit's scheme start (bureau)"
)
async def put_scheme(
    code: str, body: SchemeBody, session: SessionDep, principal: SchemeWrite
) -> SchemeHistory:
    """Records a new version (who, when, why); the earlier versions stay in the history. The change is
    announced to assessment and settlement (`county.scheme_changed`). It applies to what is recorded from
    now on: enrolments, bills, applications and service-record checks dated before the new start are
    refused or cut (`COUNTY_NOT_IN_SCHEME`); what was recorded earlier is not rewritten."""
    await service.record_scheme(
        session,
        code,
        scheme_start_on=body.scheme_start_on,
        basis=body.basis,
        confirmed=body.confirmed,
        reason=body.reason,
        recorded_by=principal.name,
    )
    return _history(code, await service.scheme_history(session, code))
