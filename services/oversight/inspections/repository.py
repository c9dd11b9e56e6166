"""Inspections' SQL: the scope of plans and visits, the institutions a plan may list, what was visited."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases.auth import sees_institution_object
from services.oversight.models import Inspection, InspectionPlan, InstitutionMirror
from shared.principal import Principal, Role


def plan_visible(principal: Principal) -> ColumnElement[bool]:
    """A contractor sees the plans wholly within its counties; an institution none (its visits it sees)."""
    if principal.role is Role.INSTITUTION:
        return false()
    counties = principal.county_filter()
    return true() if counties is None else InspectionPlan.county_codes.contained_by(counties)


def visit_visible(principal: Principal) -> ColumnElement[bool]:
    return sees_institution_object(principal, Inspection.county_code, Inspection.institution_id)


async def plan(
    session: AsyncSession, plan_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> InspectionPlan | None:
    stmt = select(InspectionPlan).where(InspectionPlan.id == plan_id, plan_visible(principal))
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def plans(principal: Principal, county_code: str | None) -> Select[InspectionPlan]:
    stmt = select(InspectionPlan).where(plan_visible(principal))
    if county_code is not None:
        stmt = stmt.where(InspectionPlan.county_codes.any_() == county_code)
    return stmt


async def visited(session: AsyncSession, plan_ids: Sequence[uuid.UUID]) -> set[tuple[uuid.UUID, str]]:
    rows = await session.execute(
        select(Inspection.plan_id, Inspection.institution_id)
        .where(Inspection.plan_id.in_(plan_ids))
        .distinct()
    )
    return {(p, i) for p, i in rows.all() if p is not None}


async def institutions_in(session: AsyncSession, ids: Sequence[str], counties: Sequence[str]) -> set[str]:
    rows = await session.scalars(
        select(InstitutionMirror.id).where(
            InstitutionMirror.id.in_(ids), InstitutionMirror.county_code.in_(counties)
        )
    )
    return set(rows)


async def visit(
    session: AsyncSession, inspection_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Inspection | None:
    stmt = select(Inspection).where(Inspection.id == inspection_id, visit_visible(principal))
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def visits(
    principal: Principal,
    institution_id: str | None,
    county_code: str | None,
    plan_id: uuid.UUID | None,
    rectification_status: str | None,
) -> Select[Inspection]:
    stmt = select(Inspection).where(visit_visible(principal))
    if institution_id is not None:
        stmt = stmt.where(Inspection.institution_id == institution_id)
    if county_code is not None:
        stmt = stmt.where(Inspection.county_code == county_code)
    if plan_id is not None:
        stmt = stmt.where(Inspection.plan_id == plan_id)
    if rectification_status is not None:
        stmt = stmt.where(Inspection.rectification_status == rectification_status)
    return stmt
