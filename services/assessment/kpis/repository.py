"""Assessment's KPI figures: one set-based statement over applications, objections and conclusions.

An on-site deadline is the working-day deadline the service stamped from its rule set (accepting an
application or drawing a spot check: ``onsite_due_on``; receiving an objection: ``reassessment_due_on``);
nothing here recomputes it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession


def _statement(by_county: bool) -> TextClause:
    """Ungrouped every fact falls in one group (key ``''``); by county, in its county's (an expert serving
    several counties in each of theirs)."""

    def key(county: str) -> str:
        return county if by_county else "''"

    groups = (
        "SELECT u.code AS key FROM unnest(CAST(:counties AS text[])) AS u(code)"
        if by_county
        else "SELECT ''::text AS key"
    )
    experts_from = (
        "assessment.experts e, unnest(e.county_codes) AS ec(code)" if by_county else "assessment.experts e"
    )
    experts_where = (
        "ec.code = ANY(CAST(:counties AS text[]))"
        if by_county
        else "e.county_codes && CAST(:counties AS text[])"
    )
    return text(f"""
WITH groups AS ({groups}
), rounds AS (  -- each round whose on-site deadline is recorded and falls in the period
    SELECT a.id AS application_id, 1 AS round, a.onsite_due_on AS due_on, a.county_code
      FROM assessment.applications a
     WHERE a.round = 1 AND a.onsite_due_on BETWEEN :d0 AND :d1
       AND a.county_code = ANY(CAST(:counties AS text[]))
    UNION ALL
    SELECT o.application_id, 2, o.reassessment_due_on, a.county_code
      FROM assessment.objections o JOIN assessment.applications a ON a.id = o.application_id
     WHERE o.reassessment_due_on BETWEEN :d0 AND :d1 AND a.county_code = ANY(CAST(:counties AS text[]))
), visits AS (
    SELECT {key("r.county_code")} AS key, count(*) AS due,
           count(*) FILTER (WHERE c.concluded_on <= r.due_on) AS on_time
      FROM rounds r
      LEFT JOIN assessment.conclusions c ON c.application_id = r.application_id AND c.round = r.round
     GROUP BY 1
), firsts AS (    -- first-round conclusions of applications, concluded in the period
    SELECT c.id, c.supersede_cause, c.county_code
      FROM assessment.conclusions c JOIN assessment.applications a ON a.id = c.application_id
     WHERE a.kind = 'initial' AND c.round = 1 AND c.origin = 'assessed'
       AND c.concluded_on BETWEEN :d0 AND :d1 AND c.county_code = ANY(CAST(:counties AS text[]))
), judged AS (
    SELECT {key("f.county_code")} AS key, count(*) AS conclusions,
           count(*) FILTER (WHERE f.supersede_cause = 'spot_check' OR EXISTS (
               SELECT 1 FROM assessment.objections o
                WHERE o.objected_conclusion_id = f.id AND o.outcome = 'changed')) AS overturned,
           count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM assessment.applications s
                WHERE s.kind = 'spot_check' AND s.checked_conclusion_id = f.id)) AS spot_checked
      FROM firsts f
     GROUP BY 1
), received AS (
    SELECT {key("a.county_code")} AS key, count(*) AS n
      FROM assessment.applications a
     WHERE a.kind = 'initial' AND a.received_on BETWEEN :d0 AND :d1
       AND a.county_code = ANY(CAST(:counties AS text[]))
     GROUP BY 1
), levels AS (    -- conclusions in force (today) and valid on the period's last day, by level
    SELECT {key("c.county_code")} AS key, count(*) FILTER (WHERE c.level = 3) AS level_3,
           count(*) FILTER (WHERE c.level = 4) AS level_4, count(*) FILTER (WHERE c.level = 5) AS level_5
      FROM assessment.conclusions c
     WHERE c.status = 'in_force' AND c.valid_from <= :d1 AND c.valid_to >= :d1
       AND c.county_code = ANY(CAST(:counties AS text[]))
     GROUP BY 1
), pool AS (
    SELECT {key("ec.code") if by_county else "''"} AS key, count(DISTINCT e.id) AS n
      FROM {experts_from}
     WHERE {experts_where} AND e.status = 'active' AND e.qualification_expires_on >= :d1
     GROUP BY 1
)
SELECT g.key, coalesce(visits.due, 0) AS visits_due, coalesce(visits.on_time, 0) AS visits_on_time,
       coalesce(judged.conclusions, 0) AS conclusions, coalesce(judged.overturned, 0) AS overturned,
       coalesce(judged.spot_checked, 0) AS spot_checked, coalesce(received.n, 0) AS received,
       coalesce(levels.level_3, 0) AS level_3, coalesce(levels.level_4, 0) AS level_4,
       coalesce(levels.level_5, 0) AS level_5, coalesce(pool.n, 0) AS experts
  FROM groups g
  LEFT JOIN visits USING (key) LEFT JOIN judged USING (key) LEFT JOIN received USING (key)
  LEFT JOIN levels USING (key) LEFT JOIN pool USING (key)
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
