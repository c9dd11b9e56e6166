"""Employers: created by a contractor in one of its counties; one per credit code."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.counties.service import require_county
from services.enrollment.employers.schemas import EmployerCreate
from services.enrollment.models import Employer
from shared.errors import Conflict, NotFound
from shared.principal import Principal


async def create(session: AsyncSession, principal: Principal, data: EmployerCreate) -> Employer:
    await require_county(session, principal, data.county_code, "body.county_code")
    existing = await session.get(Employer, data.credit_code)
    if existing is not None:
        raise Conflict(
            f"employer {data.credit_code} is registered", code="EMPLOYER_EXISTS", credit_code=data.credit_code
        )
    employer = Employer(credit_code=data.credit_code, name=data.name, county_code=data.county_code)
    session.add(employer)
    await session.flush()
    await session.refresh(employer)
    return employer


async def get(session: AsyncSession, principal: Principal, credit_code: str) -> Employer:
    employer = await session.get(Employer, credit_code.strip().upper())
    if employer is None or not principal.sees_county(employer.county_code):
        raise NotFound(f"no employer {credit_code}", code="EMPLOYER_NOT_FOUND")
    return employer


def list_statement(principal: Principal, county_code: str | None) -> Select[Employer]:
    stmt = select(Employer)
    counties = principal.county_filter()
    if counties is not None:
        stmt = stmt.where(Employer.county_code.in_(counties))
    if county_code is not None:  # checked by the router (scope.require_county)
        stmt = stmt.where(Employer.county_code == county_code)
    return stmt
