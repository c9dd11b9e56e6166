"""Oversight's own indicators for the evaluations (``contracts.kpis``'s shape): inspections done, complaints
closed on time, money recovered — raw facts (numerator, denominator), no judgement; the scheme judges them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, literal_column, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import Complaint, ComplaintStatus, Inspection, InspectionPlan, Recovery


async def own_kpis(
    session: AsyncSession,
    county_codes: Sequence[str],
    period_from: dt.date,
    period_to: dt.date,
    institution_id: str | None = None,
) -> list[dict[str, Any]]:
    """``[{code, numerator, denominator, unit, description}]`` for the counties and period (and one
    institution when given): the fields of ``contracts.kpis.Indicator``."""
    counties = list(county_codes)

    planned = (
        select(InspectionPlan.id.label("plan_id"), func.unnest(InspectionPlan.institution_ids).label("inst"))
        .where(
            InspectionPlan.period_from <= period_to,
            InspectionPlan.period_to >= period_from,
            InspectionPlan.county_codes.overlap(counties),
        )
        .subquery()
    )
    done = (
        select(literal_column("1"))
        .where(Inspection.plan_id == planned.c.plan_id, Inspection.institution_id == planned.c.inst)
        .exists()
    )
    institution_filter = true() if institution_id is None else planned.c.inst == institution_id
    visits_done, visits_planned = (
        await session.execute(
            select(func.count().filter(done), func.count()).select_from(planned).where(institution_filter)
        )
    ).one()

    closed_filter = and_(
        Complaint.status == ComplaintStatus.CLOSED.value,
        Complaint.closed_on.between(period_from, period_to),
        Complaint.county_code.in_(counties),
        true() if institution_id is None else Complaint.institution_id == institution_id,
    )
    on_time, closed = (
        await session.execute(
            select(func.count().filter(Complaint.closed_on <= Complaint.due_on), func.count()).where(
                closed_filter
            )
        )
    ).one()

    recovered, ordered = (
        await session.execute(
            select(
                func.coalesce(func.sum(Recovery.netted_fen + Recovery.repaid_fen), 0),
                func.coalesce(func.sum(Recovery.amount_fen), 0),
            ).where(
                Recovery.decided_on.between(period_from, period_to),
                Recovery.county_code.in_(counties),
                true() if institution_id is None else Recovery.institution_id == institution_id,
            )
        )
    ).one()
    return [
        {
            "code": "inspections_done",
            "numerator": int(visits_done),
            "denominator": int(visits_planned),
            "unit": "ratio",
            "description": "institutions visited under an inspection plan of the period / institutions "
            "planned",
        },
        {
            "code": "complaints_closed_on_time",
            "numerator": int(on_time),
            "denominator": int(closed),
            "unit": "ratio",
            "description": "complaints closed in the period by their deadline (rule complaint.close_days) / "
            "complaints closed in the period",
        },
        {
            "code": "money_recovered",
            "numerator": int(recovered),
            "denominator": int(ordered),
            "unit": "ratio",
            "description": "fen recovered (netted against settlements or repaid, as settlement reports) / "
            "fen "
            "ordered recovered by decisions of the period",
        },
    ]
