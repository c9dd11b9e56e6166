"""SQL of panel draws: the candidates and earlier panels a draw reads, the draw and its assignments."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import AssignmentStatus, PanelAssignment, PanelDraw

_CANDIDATES = text(
    """
    SELECT e.id::text AS expert_id, e.code, e.institution_id, e.profession,
           e.relative_person_ids, e.family_doctor_person_ids,
           (SELECT count(*) FROM assessment.panel_assignments pa
            WHERE pa.expert_id = e.id AND pa.status = 'open') AS open_assignments
    FROM assessment.experts e
    WHERE e.status = 'active'
      AND e.qualification_expires_on >= :today
      AND (e.training_expires_on IS NULL OR e.training_expires_on >= :today)
      AND e.county_codes @> ARRAY[CAST(:county AS text)]
    ORDER BY e.id
    """
)


async def candidates(session: AsyncSession, county_code: str, today: dt.date) -> list[dict[str, Any]]:
    """Active, qualified experts serving the county, with their open assignments now."""
    rows = await session.execute(_CANDIDATES, {"county": county_code, "today": today})
    return [dict(r._mapping) for r in rows]


_EARLIER = text(
    """
    SELECT e.id::text AS expert_id, e.institution_id
    FROM assessment.panel_draws d
    JOIN assessment.experts e ON e.id::text = ANY(d.panel)
    WHERE d.current AND (
        (d.application_id = :application AND d.round < :round)
        OR d.id = (SELECT c.draw_id FROM assessment.conclusions c WHERE c.id = :checked)
    )
    """
)


async def earlier_panels(
    session: AsyncSession, application_id: uuid.UUID, round_: int, checked_conclusion_id: uuid.UUID | None
) -> tuple[set[str], set[str]]:
    """Experts and institutions of the panels whose result is being re-assessed."""
    rows = (
        await session.execute(
            _EARLIER, {"application": application_id, "round": round_, "checked": checked_conclusion_id}
        )
    ).all()
    return {r.expert_id for r in rows}, {r.institution_id for r in rows}


async def get(session: AsyncSession, draw_id: uuid.UUID) -> PanelDraw | None:
    return (await session.scalars(select(PanelDraw).where(PanelDraw.id == draw_id))).first()


async def cancel_open_assignments(session: AsyncSession, draw_id: uuid.UUID) -> None:
    """A replaced draw's experts no longer owe a visit (workload balancing)."""
    await session.execute(
        update(PanelAssignment)
        .where(PanelAssignment.draw_id == draw_id, PanelAssignment.status == AssignmentStatus.OPEN)
        .values(status=AssignmentStatus.CANCELLED)
    )


async def assign(
    session: AsyncSession, draw_id: uuid.UUID, application_id: uuid.UUID, expert_ids: list[str]
) -> None:
    """One open assignment per expert of the panel."""
    await session.execute(
        insert(PanelAssignment),
        [
            {
                "draw_id": draw_id,
                "expert_id": uuid.UUID(e),
                "application_id": application_id,
                "status": AssignmentStatus.OPEN,
            }
            for e in expert_ids
        ],
    )
