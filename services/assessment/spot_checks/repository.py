"""SQL of spot checks: the sample drawn in one statement, the checked conclusions and their applications."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Row, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import Application, Conclusion, SpotCheck

_SAMPLE = text(
    """
    WITH population AS (
        SELECT c.id, c.person_id FROM assessment.conclusions c
        WHERE c.status = 'in_force'
          AND (CAST(:county AS text) IS NULL OR c.county_code = :county)
          AND (CAST(:scope AS text[]) IS NULL OR c.county_code = ANY(CAST(:scope AS text[])))
          AND NOT EXISTS (
              SELECT 1 FROM assessment.applications a
              WHERE a.person_id = c.person_id
                AND a.status IN ('submitted', 'accepted', 'panel_drawn', 'scored', 'concluded',
                                 'in_publicity', 'objected')
          )
    )
    SELECT id, (SELECT count(*) FROM population) AS population
    FROM population
    ORDER BY md5(:seed || id::text)
    LIMIT :size
    """
)


async def sample(
    session: AsyncSession, county_code: str | None, counties: list[str] | None, seed: str, size: int
) -> Sequence[Row[tuple[uuid.UUID, int]]]:
    """Up to ``size`` conclusions in force (of ``county_code``, within ``counties`` when not None) whose
    person has no open application, ordered by a hash of the seed: ``(id, population)`` rows."""
    result = await session.execute(
        _SAMPLE, {"county": county_code, "scope": counties, "seed": seed, "size": size}
    )
    return result.all()


async def conclusions(session: AsyncSession, conclusion_ids: list[uuid.UUID]) -> Sequence[Conclusion]:
    return (await session.scalars(select(Conclusion).where(Conclusion.id.in_(conclusion_ids)))).all()


async def get_application(session: AsyncSession, application_id: uuid.UUID) -> Application | None:
    return await session.get(Application, application_id)


async def get(session: AsyncSession, spot_check_id: uuid.UUID) -> SpotCheck | None:
    return await session.get(SpotCheck, spot_check_id)


async def applications(session: AsyncSession, spot_check_id: uuid.UUID) -> Sequence[Application]:
    return (
        await session.scalars(select(Application).where(Application.spot_check_id == spot_check_id))
    ).all()


async def get_conclusion(session: AsyncSession, conclusion_id: uuid.UUID | None) -> Conclusion | None:
    return await session.get(Conclusion, conclusion_id)


async def conclusion_of(session: AsyncSession, application_id: uuid.UUID) -> Conclusion | None:
    """The conclusion of a spot-check application, once concluded."""
    return (
        await session.scalars(select(Conclusion).where(Conclusion.application_id == application_id))
    ).first()
