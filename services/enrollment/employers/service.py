"""Employers: created by a contractor in one of its counties; one per credit code."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.counties.service import require_county
from services.enrollment.employers import repository
from services.enrollment.employers.exceptions import EmployerExists, EmployerNotFound
from services.enrollment.employers.schemas import EmployerCreate
from services.enrollment.models import Employer
from shared.pagination import PageParams
from shared.principal import Principal


async def create(session: AsyncSession, principal: Principal, data: EmployerCreate) -> Employer:
    await require_county(session, principal, data.county_code, "body.county_code")
    existing = await repository.get(session, data.credit_code)
    if existing is not None:
        raise EmployerExists(f"employer {data.credit_code} is registered", credit_code=data.credit_code)
    employer = Employer(credit_code=data.credit_code, name=data.name, county_code=data.county_code)
    session.add(employer)
    await session.flush()
    await session.refresh(employer)
    return employer


async def get(session: AsyncSession, principal: Principal, credit_code: str) -> Employer:
    employer = await repository.get(session, credit_code.strip().upper())
    if employer is None or not principal.sees_county(employer.county_code):
        raise EmployerNotFound(f"no employer {credit_code}")
    return employer


async def list_page(
    session: AsyncSession, principal: Principal, county_code: str | None, page: PageParams
) -> tuple[list[Employer], str | None]:
    """A page of the employers of the caller's counties; ``county_code`` (known and the caller's, else 422)
    narrows it to one."""
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
    return await repository.list_page(session, principal, county_code, page)
