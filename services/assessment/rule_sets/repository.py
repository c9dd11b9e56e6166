"""SQL of rule sets: the document, its bands and levels as rows, and the set-based dry run."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import RuleSet, RuleSetBand, RuleSetLevel, RuleSetStatus
from services.assessment.rule_sets.schemas import RuleSetDocument


async def insert_if_absent(
    session: AsyncSession, doc: RuleSetDocument, created_by: str, *, publish: bool = False
) -> bool:
    """Store a new version with its band and level rows; False (nothing changed) if it exists."""
    definition = doc.model_dump(mode="json")
    inserted = await session.execute(
        pg_insert(RuleSet)
        .values(
            version=doc.version,
            title=doc.title,
            source=doc.source,
            status=RuleSetStatus.PUBLISHED if publish else RuleSetStatus.DRAFT,
            definition=definition,
            created_by=created_by,
            published_at=func.now() if publish else None,
            published_by=created_by if publish else None,
        )
        .on_conflict_do_nothing()
        .returning(RuleSet.version)
    )
    if inserted.first() is None:
        return False
    await session.execute(
        insert(RuleSetBand),
        [
            {
                "version": doc.version,
                "indicator": b.indicator,
                "min_total": b.min_total,
                "max_total": b.max_total,
                "grade": b.grade,
                "confirmed": b.confirmed,
            }
            for b in doc.bands
        ],
    )
    await session.execute(
        insert(RuleSetLevel),
        [{"version": doc.version, **c.model_dump()} for c in doc.levels],
    )
    return True


async def get(session: AsyncSession, version: str, *, for_update: bool = False) -> RuleSet | None:
    stmt = select(RuleSet).where(RuleSet.version == version)
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def current(session: AsyncSession) -> RuleSet | None:
    """The most recently published version."""
    stmt = (
        select(RuleSet)
        .where(RuleSet.status == RuleSetStatus.PUBLISHED)
        .order_by(RuleSet.published_at.desc(), RuleSet.version.desc())
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


async def publish(session: AsyncSession, version: str, by: str) -> None:
    await session.execute(
        update(RuleSet)
        .where(RuleSet.version == version)
        .values(status=RuleSetStatus.PUBLISHED, published_at=func.clock_timestamp(), published_by=by)
    )


async def list_all(session: AsyncSession) -> list[RuleSet]:
    return list((await session.scalars(select(RuleSet).order_by(RuleSet.created_at, RuleSet.version))).all())


_DRY_RUN = text(
    """
    WITH replayed AS (
        SELECT c.id, c.county_code, c.computed_level AS from_level,
               percentile_disc(0.5) WITHIN GROUP (ORDER BY lv.level) AS to_level
        FROM assessment.conclusions c
        JOIN assessment.scores s ON s.application_id = c.application_id AND s.round = c.round
        JOIN assessment.rule_set_bands ba ON ba.version = :version AND ba.indicator = 'adl'
             AND s.adl_total BETWEEN ba.min_total AND ba.max_total
        JOIN assessment.rule_set_bands bc ON bc.version = :version AND bc.indicator = 'cognition'
             AND s.cognition_total BETWEEN bc.min_total AND bc.max_total
        JOIN assessment.rule_set_bands bp ON bp.version = :version AND bp.indicator = 'perception'
             AND s.perception_total BETWEEN bp.min_total AND bp.max_total
        JOIN assessment.rule_set_levels lv ON lv.version = :version AND lv.adl_grade = ba.grade
             AND lv.other_grade = GREATEST(bc.grade, bp.grade)
        WHERE c.status = 'in_force'
        GROUP BY c.id, c.county_code, c.computed_level
    )
    SELECT county_code, from_level, to_level, count(*) AS persons
    FROM replayed
    GROUP BY county_code, from_level, to_level
    ORDER BY county_code, from_level, to_level
    """
)


async def dry_run(session: AsyncSession, version: str) -> list[dict[str, Any]]:
    """(county, from level, to level, persons) over every conclusion in force, in one statement."""
    rows = await session.execute(_DRY_RUN, {"version": version})
    return [dict(r._mapping) for r in rows]
