"""Enrollment's KPI figures: one set-based statement over persons, bills, payments and imports.

Persons are counted in bulk from their current row (``status``/``status_on``, ``county_code``); only the
few whose status or county changed after the period's end are looked up in their history. Every bill of a
year is due on its year's policy's ``due_on`` (the bill run copies it) and a payment is of its bill's county
and year, so payments are summed per policy year without joining the bills."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_FACTS = text("""
WITH bulk AS (    -- persons with no change after the day: on it they had their current status and county
    SELECT count(*) AS n
      FROM enrollment.persons p
     WHERE p.county_code = ANY(CAST(:counties AS text[])) AND p.enrolled_on <= :d1 AND p.status = 'insured'
       AND NOT EXISTS (SELECT 1 FROM enrollment.person_status_changes c
                        WHERE c.person_id = p.id AND c.effective_on > :d1)
       AND NOT EXISTS (SELECT 1 FROM enrollment.person_county_changes t
                        WHERE t.person_id = p.id AND t.effective_on > :d1)
), late AS (      -- the few changed after the day: status and county of that day from their history
    SELECT person_id FROM enrollment.person_status_changes WHERE effective_on > :d1
    UNION
    SELECT person_id FROM enrollment.person_county_changes WHERE effective_on > :d1
), rest AS (
    SELECT count(*) AS n
      FROM late l JOIN enrollment.persons p ON p.id = l.person_id
      LEFT JOIN LATERAL (SELECT c.status FROM enrollment.person_status_changes c
                          WHERE c.person_id = p.id AND c.effective_on <= :d1
                          ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) s ON true
      LEFT JOIN LATERAL (SELECT t.from_county_code FROM enrollment.person_county_changes t
                          WHERE t.person_id = p.id AND t.effective_on > :d1
                          ORDER BY t.effective_on, t.id LIMIT 1) m ON true
     WHERE p.enrolled_on <= :d1 AND coalesce(s.status, 'insured') = 'insured'
       AND coalesce(m.from_county_code, p.county_code) = ANY(CAST(:counties AS text[]))
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
), paid AS (     -- a bill's due date is its year's policy's: payments are summed per year, not per bill
    SELECT coalesce(sum(pm.applied_fen) FILTER (WHERE pm.paid_on <= pol.due_on), 0) AS by_due,
           coalesce(sum(pm.applied_fen) FILTER (
               WHERE pm.paid_on <= pol.due_on + pol.grace_period_days), 0) AS by_grace
      FROM enrollment.contribution_policies pol
      JOIN enrollment.payments pm ON pm.year = pol.year
     WHERE pol.due_on BETWEEN :d0 AND :d1 AND pm.county_code = ANY(CAST(:counties AS text[]))
), imports AS (
    SELECT coalesce(sum(j.rows_failed), 0) AS failed, coalesce(sum(j.rows_total), 0) AS total
      FROM enrollment.import_jobs j
     WHERE j.county_codes && CAST(:counties AS text[])
       AND (j.finished_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
)
SELECT bulk.n + rest.n AS insured, targets.assured AS target_assured, targets.stretch AS target_stretch,
       bills.due, paid.by_due AS paid_by_due, paid.by_grace AS paid_by_grace,
       imports.failed AS rows_failed, imports.total AS rows_total
  FROM bulk, rest, targets, bills, paid, imports
""")


async def facts(session: AsyncSession, counties: list[str], d0: dt.date, d1: dt.date) -> dict[str, Any]:
    """The figures over ``counties`` for the period ``d0``–``d1``: each an int."""
    row = (await session.execute(_FACTS, {"counties": counties, "d0": d0, "d1": d1})).mappings().one()
    return {key: int(value) for key, value in row.items()}
