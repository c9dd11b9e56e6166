"""Contracted institutions, their agreements and status, caregivers and clients' homes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.institutions import schemas
from services.settlement.reference.units import require_county
from shared import dates
from shared.errors import Conflict, FieldError, Unprocessable
from shared.pagination import PageParams, paginate
from shared.principal import Principal, Role

NOTICE_MONTHS = 3


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


async def create(
    session: AsyncSession, principal: Principal, data: schemas.InstitutionCreate
) -> models.Institution:
    await require_county(session, principal, data.county_code, "body.county_code")
    if await session.get(models.Institution, data.id) is not None:
        raise Conflict(f"institution {data.id} exists already", code="INSTITUTION_EXISTS")
    institution = models.Institution(**data.model_dump(), status="active")
    session.add(institution)
    await session.flush()
    return institution


async def update(
    session: AsyncSession, institution: models.Institution, data: schemas.InstitutionUpdate
) -> models.Institution:
    changes = data.model_dump(exclude_unset=True)
    status = changes.pop("status", None)
    for field, value in changes.items():
        setattr(institution, field, value)
    if institution.agreement_to < institution.agreement_from:
        raise Unprocessable("agreement_to is before agreement_from", code="AGREEMENT_DATES")
    if status == "suspended":
        if institution.status == "terminated":
            raise Conflict("a terminated agreement cannot be suspended", code="INSTITUTION_TERMINATED")
        if data.suspended_from is None:
            raise Unprocessable("a suspension needs suspended_from", code="SUSPENSION_DATES")
        institution.status = "suspended"
    elif status == "active":
        if institution.status == "terminated":
            raise Conflict("a terminated agreement cannot be reinstated", code="INSTITUTION_TERMINATED")
        institution.status = "active"
        if institution.suspended_from is not None and institution.suspended_until is None:
            institution.suspended_until = dates.today()
    elif status == "terminated":
        notice = data.termination_notice_on or institution.termination_notice_on
        if notice is None:
            raise Unprocessable("termination needs termination_notice_on", code="TERMINATION_NOTICE")
        institution.status = "terminated"
        institution.termination_notice_on = notice
        institution.terminated_on = add_months(notice, NOTICE_MONTHS)
        institution.agreement_to = min(
            institution.agreement_to, institution.terminated_on - dt.timedelta(days=1)
        )
    _check_dates(institution)
    await session.flush()
    return institution


def _check_dates(institution: models.Institution) -> None:
    """What the agreement's status needs after a change (a date cleared with null included)."""
    if institution.status == "suspended" and institution.suspended_from is None:
        raise Unprocessable(
            "a suspended agreement keeps its suspended_from",
            code="SUSPENSION_DATES",
            errors=[
                FieldError(field="body.suspended_from", code="REQUIRED", message="the suspension's start")
            ],
        )
    if (
        institution.suspended_from is not None
        and institution.suspended_until is not None
        and institution.suspended_until < institution.suspended_from
    ):
        raise Unprocessable("suspended_until is before suspended_from", code="SUSPENSION_DATES")
    if institution.status == "terminated" and institution.termination_notice_on is None:
        raise Unprocessable(
            "a terminated agreement keeps its termination_notice_on",
            code="TERMINATION_NOTICE",
            errors=[
                FieldError(field="body.termination_notice_on", code="REQUIRED", message="the notice date")
            ],
        )


async def list_institutions(
    session: AsyncSession, principal: Principal, params: PageParams
) -> tuple[list[models.Institution], str | None]:
    stmt = select(models.Institution)
    if principal.role is Role.INSTITUTION:
        stmt = stmt.where(models.Institution.id == principal.institution_id)
    elif (counties := principal.county_filter()) is not None:
        stmt = stmt.where(models.Institution.county_code.in_(counties))
    return await paginate(session, stmt, [models.Institution.id], params, lambda r: [r.id])


async def add_caregiver(
    session: AsyncSession, institution: models.Institution, data: schemas.CaregiverCreate
) -> models.Caregiver:
    if data.qualified_until < data.qualified_from:
        raise Unprocessable("qualified_until is before qualified_from", code="QUALIFICATION_DATES")
    exists = await session.scalar(
        select(models.Caregiver.id).where(
            models.Caregiver.institution_id == institution.id, models.Caregiver.code == data.code
        )
    )
    if exists is not None:
        raise Conflict(f"caregiver {data.code} is registered already", code="CAREGIVER_EXISTS")
    caregiver = models.Caregiver(institution_id=institution.id, **data.model_dump())
    session.add(caregiver)
    await session.flush()
    return caregiver


async def list_caregivers(
    session: AsyncSession, institution: models.Institution, params: PageParams
) -> tuple[list[models.Caregiver], str | None]:
    stmt = select(models.Caregiver).where(models.Caregiver.institution_id == institution.id)
    return await paginate(session, stmt, [models.Caregiver.code], params, lambda r: [r.code])


async def set_client_home(
    session: AsyncSession, institution: models.Institution, data: schemas.ClientHome
) -> schemas.ClientHome:
    stmt = pg_insert(models.ClientHome).values(institution_id=institution.id, **data.model_dump())
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=["institution_id", "person_id"],
            set_={"latitude": stmt.excluded.latitude, "longitude": stmt.excluded.longitude},
        )
    )
    return data
