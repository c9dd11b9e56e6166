"""SQL of reviews: the records a review decides (locked), the decisions applied in one statement, and the
picks of a sample (random, above a threshold, or unusual against the institution's history)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import ServiceRecord
from services.settlement.records import results

_APPLY = {
    "first": """
        UPDATE settlement.service_records sr
           SET first_review = d.decision, first_reviewer = :reviewer, first_review_reason = d.reason,
               first_reviewed_at = now()
          FROM unnest(CAST(:ids AS bigint[]), CAST(:decisions AS text[]), CAST(:reasons AS text[]))
               AS d(id, decision, reason)
         WHERE sr.id = d.id
    """,
    "second": """
        UPDATE settlement.service_records sr
           SET second_review = d.decision, second_reviewer = :reviewer, second_review_reason = d.reason,
               second_reviewed_at = now()
          FROM unnest(CAST(:ids AS bigint[]), CAST(:decisions AS text[]), CAST(:reasons AS text[]))
               AS d(id, decision, reason)
         WHERE sr.id = d.id
    """,
}


async def months_of(session: AsyncSession, ids: Sequence[int]) -> list[tuple[str, dt.date]]:
    """The (county, first day of the month) of the records, in lock order."""
    month = func.date_trunc("month", ServiceRecord.service_date)
    rows = (
        await session.execute(
            select(ServiceRecord.county_code, month)
            .where(ServiceRecord.id.in_(ids))
            .distinct()
            .order_by(ServiceRecord.county_code, month)
        )
    ).all()
    return [(county_code, first_day.date()) for county_code, first_day in rows]


async def records_for_update(session: AsyncSession, ids: Sequence[int]) -> Sequence[ServiceRecord]:
    return (
        await session.scalars(
            select(ServiceRecord)
            .where(ServiceRecord.id.in_(ids))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).all()


async def settled_among(session: AsyncSession, ids: Sequence[int]) -> list[int]:
    """Those of the records a settled run has settled."""
    return list(
        (
            await session.scalars(
                select(ServiceRecord.id)
                .where(ServiceRecord.id.in_(ids), results.settled(ServiceRecord.id))
                .order_by(ServiceRecord.id)
            )
        ).all()
    )


async def apply_decisions(
    session: AsyncSession,
    stage: str,
    reviewer: str,
    ids: Sequence[int],
    decisions: Sequence[str],
    reasons: Sequence[str | None],
) -> None:
    await session.execute(
        text(_APPLY[stage]),
        {"reviewer": reviewer, "ids": list(ids), "decisions": list(decisions), "reasons": list(reasons)},
    )


_CANDIDATES = """
    SELECT sr.id, sr.institution_id, sr.care_mode, sr.amount_claimed_fen AS amount,
           extract(epoch FROM (sr.end_time - sr.start_time)) / 60 AS minutes
      FROM settlement.service_records sr
     WHERE sr.county_code = :county AND sr.service_date >= :m0 AND sr.service_date < :m1
       AND NOT EXISTS (SELECT 1 FROM settlement.service_record_checks x
                        JOIN settlement.settlement_runs run ON run.id = x.run_id AND run.status = 'settled'
                       WHERE x.record_id = sr.id)
       AND (CAST(:institution AS text) IS NULL OR sr.institution_id = :institution)
"""

_PICKS = {
    "random": f"""
        WITH c AS ({_CANDIDATES}),
        ranked AS (SELECT id, row_number() OVER (ORDER BY md5(:seed || id::text), id) AS rn,
                          count(*) OVER () AS n FROM c)
        SELECT id, n FROM ranked WHERE rn <= ceil(n * :share_bp / 10000.0) ORDER BY id LIMIT :limit
    """,
    "amount_above": f"""
        WITH c AS ({_CANDIDATES})
        SELECT id, (SELECT count(*) FROM c) AS n FROM c WHERE amount > :threshold ORDER BY id LIMIT :limit
    """,
    "deviation": f"""
        WITH c AS ({_CANDIDATES}),
        history AS (
            SELECT sr.institution_id, sr.care_mode, count(*) AS k,
                   avg(sr.amount_claimed_fen) AS amount_mean, stddev_pop(sr.amount_claimed_fen) AS amount_sd,
                   avg(extract(epoch FROM (sr.end_time - sr.start_time)) / 60) AS minutes_mean,
                   stddev_pop(extract(epoch FROM (sr.end_time - sr.start_time)) / 60) AS minutes_sd
              FROM settlement.service_records sr
             WHERE sr.county_code = :county AND sr.service_date >= :h0 AND sr.service_date < :m0
               AND sr.institution_id IN (SELECT DISTINCT institution_id FROM c)
             GROUP BY 1, 2 HAVING count(*) >= :min_history
        ),
        current AS (
            SELECT institution_id, care_mode, count(*) AS k,
                   avg(amount) AS amount_mean, stddev_pop(amount) AS amount_sd,
                   avg(minutes) AS minutes_mean, stddev_pop(minutes) AS minutes_sd
              FROM c GROUP BY 1, 2
        ),
        usual AS (
            SELECT cur.institution_id, cur.care_mode,
                   coalesce(h.amount_mean, cur.amount_mean) AS amount_mean,
                   coalesce(h.amount_sd, cur.amount_sd) AS amount_sd,
                   coalesce(h.minutes_mean, cur.minutes_mean) AS minutes_mean,
                   coalesce(h.minutes_sd, cur.minutes_sd) AS minutes_sd
              FROM current cur
              LEFT JOIN history h ON h.institution_id = cur.institution_id AND h.care_mode = cur.care_mode
        )
        SELECT c.id, (SELECT count(*) FROM c) AS n
          FROM c JOIN usual u ON u.institution_id = c.institution_id AND u.care_mode = c.care_mode
         WHERE (u.amount_sd > 0 AND abs(c.amount - u.amount_mean) > :sigmas * u.amount_sd)
            OR (u.minutes_sd > 0 AND abs(c.minutes - u.minutes_mean) > :sigmas * u.minutes_sd)
         ORDER BY abs(c.amount - u.amount_mean) / nullif(u.amount_sd, 0) DESC NULLS LAST, c.id
         LIMIT :limit
    """,
}


async def pick(session: AsyncSession, method: str, params: dict[str, Any]) -> list[tuple[int, int]]:
    """The picked record ids of a sample, each with the number of candidates (of the first row: all)."""
    rows = (await session.execute(text(_PICKS[method]), params)).all()
    return [(int(r[0]), int(r[1])) for r in rows]


async def mark_sampled(session: AsyncSession, method: str, ids: Sequence[int]) -> None:
    await session.execute(
        text(
            "UPDATE settlement.service_records SET sampled_for_review = :method "
            "WHERE id = ANY(CAST(:ids AS bigint[]))"
        ),
        {"method": method, "ids": list(ids)},
    )


async def count_candidates(
    session: AsyncSession, county_code: str, m0: dt.date, m1: dt.date, institution_id: str | None
) -> int:
    return int(
        await session.scalar(
            text(f"SELECT count(*) FROM ({_CANDIDATES}) c"),
            {"county": county_code, "m0": m0, "m1": m1, "institution": institution_id},
        )
        or 0
    )
