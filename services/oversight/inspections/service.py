"""The rules of daily inspection: a plan lists institutions of its counties to visit in its period; a visit
records findings and documents and, when a finding calls for it, a rectification deadline (given, or the
rule ``inspection.rectification_days``); the follow-up says rectified or not, and what was not may open a
case."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases import service as cases
from services.oversight.cases.exceptions import InstitutionUnknown
from services.oversight.cases.schemas import CaseCreate
from services.oversight.feeds.repository import institution as institution_in_scope
from services.oversight.inspections import repository
from services.oversight.inspections.exceptions import (
    InspectionNotFound,
    InspectionPlanNotFound,
    InspectionPlanUnknown,
    RectificationNotPending,
    VisitOutsidePlan,
)
from services.oversight.inspections.schemas import (
    FollowUpCreate,
    Inspection,
    InspectionCreate,
    Plan,
    PlanCreate,
    PlannedVisit,
)
from services.oversight.models import Inspection as InspectionRow
from services.oversight.models import InspectionPlan, RectificationStatus
from services.oversight.reference.units import require_counties
from shared.errors import FieldError
from shared.pagination import PageParams, paginate
from shared.principal import Principal

R = RectificationStatus
RECTIFICATION_RULE = "inspection.rectification_days"


async def _plans(session: AsyncSession, rows: list[InspectionPlan]) -> list[Plan]:
    done = await repository.visited(session, [r.id for r in rows])
    out = []
    for row in rows:
        visits = [PlannedVisit(institution_id=i, visited=(row.id, i) in done) for i in row.institution_ids]
        out.append(
            Plan(
                id=row.id,
                name=row.name,
                period_from=row.period_from,
                period_to=row.period_to,
                county_codes=list(row.county_codes),
                institutions=visits,
                visits_planned=len(visits),
                visits_done=sum(v.visited for v in visits),
                created_by=row.created_by,
                created_at=row.created_at,
            )
        )
    return out


def _visit(row: InspectionRow, today: dt.date) -> Inspection:
    return Inspection.model_validate(
        {
            **{k: getattr(row, k) for k in Inspection.model_fields if k != "overdue"},
            "overdue": row.rectification_status == R.PENDING
            and row.rectification_due_on is not None
            and row.rectification_due_on < today,
        }
    )


async def create_plan(session: AsyncSession, data: PlanCreate, principal: Principal) -> Plan:
    await require_counties(session, principal, data.county_codes, "body.county_codes")
    known = await repository.institutions_in(session, data.institution_ids, data.county_codes)
    unknown = [i for i in data.institution_ids if i not in known]
    if unknown:
        raise InstitutionUnknown(
            "no institution " + ", ".join(unknown) + " in the plan's counties",
            errors=[
                FieldError(
                    field=f"body.institution_ids.{data.institution_ids.index(i)}",
                    code="INSTITUTION_UNKNOWN",
                    message=f"{i}: no institution of the plan's counties",
                )
                for i in unknown
            ],
        )
    row = InspectionPlan(id=uuid.uuid4(), created_by=principal.client_id, **data.model_dump())
    session.add(row)
    await session.flush()
    await session.refresh(row)
    (plan,) = await _plans(session, [row])
    return plan


async def get_plan(session: AsyncSession, plan_id: uuid.UUID, principal: Principal) -> Plan:
    row = await repository.plan(session, plan_id, principal)
    if row is None:
        raise InspectionPlanNotFound("no such inspection plan")
    (plan,) = await _plans(session, [row])
    return plan


async def list_plans(
    session: AsyncSession, principal: Principal, page: PageParams, county_code: str | None
) -> tuple[list[Plan], str | None]:
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await paginate(
        session,
        repository.plans(principal, county_code),
        [InspectionPlan.period_from, InspectionPlan.id],
        page,
        lambda r: [r.period_from, r.id],
    )
    return await _plans(session, list(rows)), cursor


async def record_visit(
    session: AsyncSession, data: InspectionCreate, principal: Principal, today: dt.date
) -> Inspection:
    institution = await institution_in_scope(session, data.institution_id, principal)
    if institution is None:
        raise InstitutionUnknown(
            f"no institution {data.institution_id} that you may name",
            errors=[FieldError(field="body.institution_id", code="INSTITUTION_UNKNOWN", message="unknown")],
        )
    if data.plan_id is not None:
        plan = await repository.plan(session, data.plan_id, principal)
        if plan is None or institution.id not in plan.institution_ids:
            raise InspectionPlanUnknown(f"no plan {data.plan_id} that lists {institution.id}")
        if not plan.period_from <= data.visited_on <= plan.period_to:
            raise VisitOutsidePlan(
                f"the plan runs from {plan.period_from.isoformat()} to {plan.period_to.isoformat()}"
            )
    to_rectify = any(f.rectification_required for f in data.findings)
    due = data.rectification_due_on
    if to_rectify and due is None:
        days = await cases.rule_value(session, RECTIFICATION_RULE, data.visited_on)
        due = data.visited_on + dt.timedelta(days=days)
    row = InspectionRow(
        id=uuid.uuid4(),
        plan_id=data.plan_id,
        institution_id=institution.id,
        county_code=institution.county_code,
        visited_on=data.visited_on,
        inspectors=data.inspectors,
        findings=[f.model_dump() for f in data.findings],
        documents=[d.model_dump() for d in data.documents],
        rectification_due_on=due,
        rectification_status=(R.PENDING if to_rectify else R.NONE).value,
        note=data.note,
        created_by=principal.client_id,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return _visit(row, today)


async def get_visit(
    session: AsyncSession, inspection_id: uuid.UUID, principal: Principal, today: dt.date
) -> Inspection:
    row = await repository.visit(session, inspection_id, principal)
    if row is None:
        raise InspectionNotFound("no such inspection")
    return _visit(row, today)


async def list_visits(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    today: dt.date,
    institution_id: str | None,
    county_code: str | None,
    plan_id: uuid.UUID | None,
    rectification_status: str | None,
) -> tuple[list[Inspection], str | None]:
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await paginate(
        session,
        repository.visits(principal, institution_id, county_code, plan_id, rectification_status),
        [InspectionRow.visited_on, InspectionRow.id],
        page,
        lambda r: [r.visited_on, r.id],
    )
    return [_visit(r, today) for r in rows], cursor


async def follow_up(
    session: AsyncSession,
    inspection_id: uuid.UUID,
    data: FollowUpCreate,
    principal: Principal,
    today: dt.date,
) -> Inspection:
    """Once, on a pending rectification (the visit row is locked: two follow-ups take turns)."""
    row = await repository.visit(session, inspection_id, principal, lock=True)
    if row is None:
        raise InspectionNotFound("no such inspection")
    if row.rectification_status != R.PENDING:
        raise RectificationNotPending(
            f"the visit's rectification is {row.rectification_status}",
            current_status=row.rectification_status,
        )
    row.rectification_status = data.outcome
    row.followed_up_on = data.checked_on
    row.follow_up_note = data.note
    await session.flush()
    if data.open_case:
        findings = "; ".join(f["description"] for f in row.findings if f.get("rectification_required"))
        await cases.open_case(
            session,
            CaseCreate(
                institution_id=row.institution_id,
                source="finding",
                inspection_id=row.id,
                summary=data.case_summary
                or f"not rectified by {row.rectification_due_on}: {findings}"[:4000],
                evidence=row.documents,
            ),
            principal,
            today,
        )
    await session.refresh(row)
    return _visit(row, today)
