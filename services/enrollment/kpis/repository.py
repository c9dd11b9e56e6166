"""Enrollment's KPI figures: one set-based statement over persons, bills, payments and imports.

Persons are counted in bulk from their current row (``status``/``status_on``, ``county_code``); only the
few whose status or county changed after the period's end are looked up in their history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_FACTS = text("""
WITH moved AS (   -- persons transferred after the day: on it they belonged to the first transfer's origin
    SELECT DISTINCT ON (t.person_id) t.person_id, t.from_county_code AS county_code
      FROM enrollment.person_county_changes t
     WHERE t.effective_on > :d1
     ORDER BY t.person_id, t.effective_on, t.id
), placed AS (    -- persons enrolled by the day, in the counties on that day
    SELECT p.id, p.status, p.status_on
      FROM enrollment.persons p
     WHERE p.county_code = ANY(CAST(:counties AS text[])) AND p.enrolled_on <= :d1
       AND NOT EXISTS (SELECT 1 FROM moved m WHERE m.person_id = p.id)
    UNION ALL
    SELECT p.id, p.status, p.status_on
      FROM moved m JOIN enrollment.persons p ON p.id = m.person_id
     WHERE m.county_code = ANY(CAST(:counties AS text[])) AND p.enrolled_on <= :d1
), insured AS (
    SELECT count(*) FILTER (WHERE CASE
               WHEN x.status_on <= :d1 THEN x.status = 'insured'
               ELSE coalesce((SELECT c.status FROM enrollment.person_status_changes c
                               WHERE c.person_id = x.id AND c.effective_on <= :d1
                               ORDER BY c.effective_on DESC, c.id DESC LIMIT 1), 'insured') = 'insured'
           END) AS n
      FROM placed x
), targets AS (   -- annex 2's targets of the latest year not after the day
    SELECT coalesce(sum(t.target_assured), 0) AS assured, coalesce(sum(t.target_stretch), 0) AS stretch
      FROM unnest(CAST(:counties AS text[])) AS u(code)
      JOIN LATERAL (SELECT t.target_assured, t.target_stretch
                      FROM enrollment.county_insured_targets t
                     WHERE t.county_code = u.code AND t.year <= extract(year FROM CAST(:d1 AS date))
                     ORDER BY t.year DESC LIMIT 1) t ON true
), bills AS (
    SELECT coalesce(sum(b.employer_due_fen::bigint + b.individual_due_fen), 0) AS due
      FROM enrollment.contribution_bills b
     WHERE b.county_code = ANY(CAST(:counties AS text[])) AND b.due_on BETWEEN :d0 AND :d1
), paid AS (
    SELECT coalesce(sum(pm.applied_fen) FILTER (WHERE pm.paid_on <= b.due_on), 0) AS by_due,
           coalesce(sum(pm.applied_fen) FILTER (
               WHERE pm.paid_on <= b.due_on + coalesce(pol.grace_period_days, 0)), 0) AS by_grace
      FROM enrollment.contribution_bills b
      JOIN enrollment.payments pm ON pm.bill_id = b.id
      LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
     WHERE b.county_code = ANY(CAST(:counties AS text[])) AND b.due_on BETWEEN :d0 AND :d1
), imports AS (
    SELECT coalesce(sum(j.rows_failed), 0) AS failed, coalesce(sum(j.rows_total), 0) AS total
      FROM enrollment.import_jobs j
     WHERE j.county_codes && CAST(:counties AS text[])
       AND (j.finished_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
)
SELECT insured.n AS insured, targets.assured AS target_assured, targets.stretch AS target_stretch,
       bills.due, paid.by_due AS paid_by_due, paid.by_grace AS paid_by_grace,
       imports.failed AS rows_failed, imports.total AS rows_total
  FROM insured, targets, bills, paid, imports
""")


async def facts(session: AsyncSession, counties: list[str], d0: dt.date, d1: dt.date) -> dict[str, Any]:
    """The figures over ``counties`` for the period ``d0``–``d1``: each an int."""
    row = (await session.execute(_FACTS, {"counties": counties, "d0": d0, "d1": d1})).mappings().one()
    return {key: int(value) for key, value in row.items()}
