"""Enrollment's KPI figures: one set-based statement over persons, bills, payments and imports.

Persons are counted in bulk from their current row (``status``/``status_on``, ``county_code``); only the
few whose status or county changed after the period's end are looked up in their history. Every bill of a
year is due on its year's policy's ``due_on`` (the bill run copies it) and a payment is of its bill's county
and year, so payments are summed per policy year without joining the bills."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession


def _statement(by_county: bool) -> TextClause:
    """Ungrouped every fact falls in one group (key ``''``); by county, in its county's. An import naming
    several counties counts once ungrouped and once in each of its counties' groups."""

    def key(county: str) -> str:
        return county if by_county else "''"

    groups = (
        "SELECT u.code AS key FROM unnest(CAST(:counties AS text[])) AS u(code)"
        if by_county
        else "SELECT ''::text AS key"
    )
    imports_from = (
        "enrollment.import_jobs j, unnest(j.county_codes) AS jc(code)"
        if by_county
        else "enrollment.import_jobs j"
    )
    imports_where = (
        "jc.code = ANY(CAST(:counties AS text[]))"
        if by_county
        else "j.county_codes && CAST(:counties AS text[])"
    )
    return text(f"""
WITH groups AS ({groups}
), bulk AS (    -- persons with no change after the day: on it they had their current status and county
    SELECT {key("p.county_code")} AS key, count(*) AS n
      FROM enrollment.persons p
     WHERE p.county_code = ANY(CAST(:counties AS text[])) AND p.enrolled_on <= :d1 AND p.status = 'insured'
       AND NOT EXISTS (SELECT 1 FROM enrollment.person_status_changes c
                        WHERE c.person_id = p.id AND c.effective_on > :d1)
       AND NOT EXISTS (SELECT 1 FROM enrollment.person_county_changes t
                        WHERE t.person_id = p.id AND t.effective_on > :d1)
     GROUP BY 1
), late AS (      -- the few changed after the day: status and county of that day from their history
    SELECT person_id FROM enrollment.person_status_changes WHERE effective_on > :d1
    UNION
    SELECT person_id FROM enrollment.person_county_changes WHERE effective_on > :d1
), rest AS (
    SELECT {key("coalesce(m.from_county_code, p.county_code)")} AS key, count(*) AS n
      FROM late l JOIN enrollment.persons p ON p.id = l.person_id
      LEFT JOIN LATERAL (SELECT c.status FROM enrollment.person_status_changes c
                          WHERE c.person_id = p.id AND c.effective_on <= :d1
                          ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) s ON true
      LEFT JOIN LATERAL (SELECT t.from_county_code FROM enrollment.person_county_changes t
                          WHERE t.person_id = p.id AND t.effective_on > :d1
                          ORDER BY t.effective_on, t.id LIMIT 1) m ON true
     WHERE p.enrolled_on <= :d1 AND coalesce(s.status, 'insured') = 'insured'
       AND coalesce(m.from_county_code, p.county_code) = ANY(CAST(:counties AS text[]))
     GROUP BY 1
), targets AS (   -- annex 2's targets of the latest year not after the day
    SELECT {key("u.code")} AS key, coalesce(sum(t.target_assured), 0) AS assured,
           coalesce(sum(t.target_stretch), 0) AS stretch
      FROM unnest(CAST(:counties AS text[])) AS u(code)
      JOIN LATERAL (SELECT t.target_assured, t.target_stretch
                      FROM enrollment.county_insured_targets t
                     WHERE t.county_code = u.code AND t.year <= extract(year FROM CAST(:d1 AS date))
                     ORDER BY t.year DESC LIMIT 1) t ON true
     GROUP BY 1
), bills AS (
    SELECT {key("b.county_code")} AS key,
           coalesce(sum(b.employer_due_fen::bigint + b.individual_due_fen), 0) AS due
      FROM enrollment.contribution_bills b
     WHERE b.county_code = ANY(CAST(:counties AS text[])) AND b.due_on BETWEEN :d0 AND :d1
     GROUP BY 1
), paid AS (     -- a bill's due date is its year's policy's: payments are summed per year, not per bill
    SELECT {key("pm.county_code")} AS key,
           coalesce(sum(pm.applied_fen) FILTER (WHERE pm.paid_on <= pol.due_on), 0) AS by_due,
           coalesce(sum(pm.applied_fen) FILTER (
               WHERE pm.paid_on <= pol.due_on + pol.grace_period_days), 0) AS by_grace
      FROM enrollment.contribution_policies pol
      JOIN enrollment.payments pm ON pm.year = pol.year
     WHERE pol.due_on BETWEEN :d0 AND :d1 AND pm.county_code = ANY(CAST(:counties AS text[]))
     GROUP BY 1
), year_bills AS (  -- the bills of period_to's year, and what was paid on them by period_to
    SELECT {key("b.county_code")} AS key,
           coalesce(sum(b.employer_due_fen::bigint + b.individual_due_fen), 0) AS due
      FROM enrollment.contribution_bills b
     WHERE b.county_code = ANY(CAST(:counties AS text[])) AND b.year = extract(year FROM CAST(:d1 AS date))
     GROUP BY 1
), year_paid AS (
    SELECT {key("pm.county_code")} AS key, coalesce(sum(pm.applied_fen), 0) AS paid
      FROM enrollment.payments pm
     WHERE pm.county_code = ANY(CAST(:counties AS text[])) AND pm.year = extract(year FROM CAST(:d1 AS date))
       AND pm.paid_on <= :d1
     GROUP BY 1
), imports AS (
    SELECT {key("jc.code") if by_county else "''"} AS key, coalesce(sum(j.rows_failed), 0) AS failed,
           coalesce(sum(j.rows_total), 0) AS total
      FROM {imports_from}
     WHERE {imports_where}
       AND (j.finished_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
     GROUP BY 1
)
SELECT g.key, coalesce(bulk.n, 0) + coalesce(rest.n, 0) AS insured,
       coalesce(targets.assured, 0) AS target_assured, coalesce(targets.stretch, 0) AS target_stretch,
       coalesce(bills.due, 0) AS due, coalesce(paid.by_due, 0) AS paid_by_due,
       coalesce(paid.by_grace, 0) AS paid_by_grace, 
       coalesce(year_bills.due, 0) AS year_due, coalesce(year_paid.paid, 0) AS year_paid,
       coalesce(imports.failed, 0) AS rows_failed, coalesce(imports.total, 0) AS rows_total
  FROM groups g
  LEFT JOIN bulk USING (key) LEFT JOIN rest USING (key) LEFT JOIN targets USING (key)
  LEFT JOIN bills USING (key) LEFT JOIN paid USING (key) LEFT JOIN year_bills USING (key)
  LEFT JOIN year_paid USING (key) LEFT JOIN imports USING (key)
 ORDER BY g.key
""")


STATEMENTS = {False: _statement(False), True: _statement(True)}
"""The statement ungrouped and by county, built once."""


async def facts(
    session: AsyncSession, counties: list[str], d0: dt.date, d1: dt.date, by_county: bool = False
) -> dict[str, dict[str, int]]:
    """The figures over ``counties`` for the period ``d0``–``d1``, per group (``""`` ungrouped, else each
    county code): each an int."""
    params = {"counties": counties, "d0": d0, "d1": d1}
    rows = (await session.execute(STATEMENTS[by_county], params)).mappings().all()
    return {row["key"]: {k: int(v) for k, v in row.items() if k != "key"} for row in rows}
