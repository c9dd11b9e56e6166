"""Settlement's KPI figures: one set-based statement over records, runs, statements, payouts, disputes and
imports. Runs and disputes carry timestamps: their day is the Asia/Shanghai date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_FACTS = text("""
WITH reviewed AS (  -- records of the period sampled for review, and their reviews
    SELECT count(*) AS sampled,
           count(*) FILTER (WHERE r.first_review IS NOT NULL) AS first_reviewed,
           count(*) FILTER (WHERE r.second_review IS NOT NULL) AS second_reviewed
      FROM settlement.service_records r
     WHERE r.county_code = ANY(CAST(:counties AS text[])) AND r.service_date BETWEEN :d0 AND :d1
       AND r.sampled_for_review IS NOT NULL
       AND (CAST(:inst AS text) IS NULL OR r.institution_id = CAST(:inst AS text))
), first_runs AS (  -- each (county, month) of the period with its first settlement
    SELECT DISTINCT ON (r.county_code, r.month) r.county_code, r.month,
           (r.created_at AT TIME ZONE 'Asia/Shanghai')::date AS settled_on
      FROM settlement.settlement_runs r
     WHERE r.county_code = ANY(CAST(:counties AS text[])) AND r.month BETWEEN :d0 AND :d1
     ORDER BY r.county_code, r.month, r.created_at, r.id
), months AS (
    SELECT count(*) AS n,
           coalesce(sum(f.settled_on - ((f.month + interval '1 month')::date - 1)), 0) AS days
      FROM first_runs f
     WHERE CAST(:inst AS text) IS NULL OR EXISTS (
           SELECT 1 FROM settlement.settlement_statements s
            WHERE s.county_code = f.county_code AND s.month = f.month
              AND s.institution_id = CAST(:inst AS text))
), payouts AS (
    SELECT count(*) AS n,
           coalesce(sum(p.paid_on - (r.created_at AT TIME ZONE 'Asia/Shanghai')::date), 0) AS days
      FROM settlement.settlement_payments p JOIN settlement.settlement_runs r ON r.id = p.run_id
     WHERE p.county_code = ANY(CAST(:counties AS text[])) AND p.paid_on BETWEEN :d0 AND :d1
       AND (CAST(:inst AS text) IS NULL OR p.institution_id = CAST(:inst AS text))
), decided AS (
    SELECT count(*) AS n, count(*) FILTER (WHERE d.status = 'upheld') AS upheld,
           coalesce(sum((d.decided_at AT TIME ZONE 'Asia/Shanghai')::date
                        - (d.raised_at AT TIME ZONE 'Asia/Shanghai')::date), 0) AS days
      FROM settlement.disputes d
     WHERE d.county_code = ANY(CAST(:counties AS text[])) AND d.decided_at IS NOT NULL
       AND (d.decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
       AND (CAST(:inst AS text) IS NULL OR d.institution_id = CAST(:inst AS text))
), checked AS (     -- the records of the settled runs of the period's months that the checks cut
    SELECT count(*) AS cut
      FROM settlement.settlement_runs r JOIN settlement.service_record_checks c ON c.run_id = r.id
     WHERE r.status = 'settled' AND r.county_code = ANY(CAST(:counties AS text[]))
       AND r.month BETWEEN :d0 AND :d1 AND c.deducted_fen > 0
       AND (CAST(:inst AS text) IS NULL OR EXISTS (
            SELECT 1 FROM settlement.service_records sr
             WHERE sr.id = c.record_id AND sr.institution_id = CAST(:inst AS text)))
), stated AS (      -- the statements of those runs: records settled, fen claimed and cut
    SELECT coalesce(sum(s.records), 0) AS records, coalesce(sum(s.claimed_fen), 0) AS claimed,
           coalesce(sum(s.deducted_fen), 0) AS deducted
      FROM settlement.settlement_runs r JOIN settlement.settlement_statements s ON s.run_id = r.id
     WHERE r.status = 'settled' AND r.county_code = ANY(CAST(:counties AS text[]))
       AND r.month BETWEEN :d0 AND :d1
       AND (CAST(:inst AS text) IS NULL OR s.institution_id = CAST(:inst AS text))
), imported AS (
    SELECT coalesce(sum(j.rows_rejected), 0) AS rejected, coalesce(sum(j.rows_total), 0) AS total
      FROM settlement.service_record_imports j JOIN settlement.institutions i ON i.id = j.institution_id
     WHERE i.county_code = ANY(CAST(:counties AS text[]))
       AND (j.finished_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
       AND (CAST(:inst AS text) IS NULL OR j.institution_id = CAST(:inst AS text))
)
SELECT reviewed.sampled, reviewed.first_reviewed, reviewed.second_reviewed,
       months.n AS months, months.days AS month_days, payouts.n AS payouts, payouts.days AS payout_days,
       decided.n AS disputes, decided.upheld AS disputes_upheld, decided.days AS dispute_days,
       stated.records AS records_checked, checked.cut AS records_cut, stated.claimed AS claimed_fen,
       stated.deducted AS deducted_fen, imported.rejected AS rows_rejected, imported.total AS rows_total
  FROM reviewed, months, payouts, decided, checked, stated, imported
""")


async def facts(
    session: AsyncSession, counties: list[str], d0: dt.date, d1: dt.date, institution_id: str | None
) -> dict[str, Any]:
    """The figures over ``counties`` for the period ``d0``–``d1`` (of one institution if given): ints."""
    params = {"counties": counties, "d0": d0, "d1": d1, "inst": institution_id}
    row = (await session.execute(_FACTS, params)).mappings().one()
    return {key: int(value) for key, value in row.items()}


async def institution_exists(session: AsyncSession, institution_id: str) -> bool:
    found = await session.scalar(
        text("SELECT true FROM settlement.institutions WHERE id = :id"), {"id": institution_id}
    )
    return bool(found)
