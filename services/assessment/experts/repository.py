"""The expert pool's SQL beyond single rows: the staged import file, the upsert by code, and the quality
figures."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Row, RowMapping, literal_column, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import Expert as ExpertRow
from services.assessment.models import ExpertStatusChange

UPSERT_BATCH = 1000  # the driver takes at most 32 767 parameters a statement


async def first_malformed(session: AsyncSession, staging: str) -> Row[Any] | None:
    """The first staged row that could not be read (``row_number``, ``malformed``), if any."""
    return (
        await session.execute(
            text(
                f"SELECT row_number, malformed FROM {staging} "
                "WHERE malformed IS NOT NULL ORDER BY row_number LIMIT 1"
            )
        )
    ).first()


async def staged_page(
    session: AsyncSession, staging: str, columns: Sequence[str], after: int, limit: int
) -> Sequence[RowMapping]:
    """The staged rows after row ``after``, in the file's order, at most ``limit``."""
    return (
        (
            await session.execute(
                text(
                    f"SELECT row_number, {', '.join(columns)} FROM {staging} "
                    "WHERE row_number > :after ORDER BY row_number LIMIT :limit"
                ),
                {"after": after, "limit": limit},
            )
        )
        .mappings()
        .all()
    )


async def upsert_pool(
    session: AsyncSession, rows: list[dict[str, Any]], fields: Sequence[str], scope: list[str] | None
) -> list[Any]:
    """Insert or update the experts by code (an expert of counties outside ``scope`` is left as it is and
    not returned); ``id``, ``code`` and ``inserted`` of each row written."""
    returned: list[Any] = []
    for start in range(0, len(rows), UPSERT_BATCH):
        stmt = pg_insert(ExpertRow).values(rows[start : start + UPSERT_BATCH])
        result = await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[ExpertRow.code],
                set_={**{f: stmt.excluded[f] for f in fields}, "updated_at": text("now()")},
                where=ExpertRow.county_codes.overlap(scope) if scope is not None else None,
            ).returning(ExpertRow.id, ExpertRow.code, literal_column("(xmax = 0)", Boolean).label("inserted"))
        )
        returned.extend(result)
    return returned


async def add_admissions(
    session: AsyncSession, expert_ids: Sequence[uuid.UUID], today: dt.date, changed_by: str
) -> None:
    """The first status (active, admitted by import) of each new expert."""
    await session.execute(
        pg_insert(ExpertStatusChange),
        [
            {
                "id": uuid.uuid4(),
                "expert_id": i,
                "status": "active",
                "effective_on": today,
                "reason": "admitted (import)",
                "changed_by": changed_by,
            }
            for i in expert_ids
        ],
    )


async def quality_counts(session: AsyncSession, expert_id: uuid.UUID) -> Row[Any]:
    """``assessments``, ``reviewed`` (re-assessed later) and ``overturned`` of the expert's panels."""
    return (
        await session.execute(
            text(
                """
                SELECT
                  (SELECT count(*) FROM assessment.scores WHERE expert_id = :id) AS assessments,
                  count(*) FILTER (WHERE r.id IS NOT NULL) AS reviewed,
                  count(*) FILTER (WHERE r.id IS NOT NULL AND r.level <> c.level) AS overturned
                FROM assessment.conclusions c
                JOIN assessment.panel_draws d ON d.id = c.draw_id
                LEFT JOIN LATERAL (
                    SELECT n.id, n.level FROM assessment.conclusions n
                    JOIN assessment.applications a ON a.id = n.application_id
                    WHERE n.status <> 'pending'
                      AND ((n.application_id = c.application_id AND n.round > c.round)
                           OR a.checked_conclusion_id = c.id)
                    ORDER BY n.created_at LIMIT 1
                ) r ON true
                WHERE CAST(:id AS text) = ANY(d.panel)
                """
            ),
            {"id": str(expert_id)},
        )
    ).one()


async def level_distribution(
    session: AsyncSession, expert_id: uuid.UUID, counties: Sequence[str]
) -> Sequence[Row[Any]]:
    """Per level: the expert's scores (``mine``) and its county peers' (``peers``)."""
    return (
        await session.execute(
            text(
                """
                WITH peer AS (
                    SELECT s.expert_id, s.level FROM assessment.scores s
                    JOIN assessment.applications a ON a.id = s.application_id
                    WHERE a.county_code = ANY(:counties)
                )
                SELECT level,
                       count(*) FILTER (WHERE expert_id = :id) AS mine,
                       count(*) FILTER (WHERE expert_id <> :id) AS peers
                FROM peer GROUP BY level ORDER BY level
                """
            ),
            {"id": expert_id, "counties": list(counties)},
        )
    ).all()
