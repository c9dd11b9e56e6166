"""Assessment's KPI figures: one set-based statement over applications, objections and conclusions.

An on-site deadline is the working-day deadline the service stamped from its rule set (accepting an
application or drawing a spot check: ``onsite_due_on``; receiving an objection: ``reassessment_due_on``);
nothing here recomputes it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_FACTS = text("""
WITH rounds AS (  -- each round whose on-site deadline is recorded and falls in the period
    SELECT a.id AS application_id, 1 AS round, a.onsite_due_on AS due_on
      FROM assessment.applications a
     WHERE a.round = 1 AND a.onsite_due_on BETWEEN :d0 AND :d1
       AND a.county_code = ANY(CAST(:counties AS text[]))
    UNION ALL
    SELECT o.application_id, 2, o.reassessment_due_on
      FROM assessment.objections o JOIN assessment.applications a ON a.id = o.application_id
     WHERE o.reassessment_due_on BETWEEN :d0 AND :d1 AND a.county_code = ANY(CAST(:counties AS text[]))
), visits AS (
    SELECT count(*) AS due, count(*) FILTER (WHERE c.concluded_on <= r.due_on) AS on_time
      FROM rounds r
      LEFT JOIN assessment.conclusions c ON c.application_id = r.application_id AND c.round = r.round
), firsts AS (    -- first-round conclusions of applications, concluded in the period
    SELECT c.id, c.supersede_cause
      FROM assessment.conclusions c JOIN assessment.applications a ON a.id = c.application_id
     WHERE a.kind = 'initial' AND c.round = 1 AND c.origin = 'assessed'
       AND c.concluded_on BETWEEN :d0 AND :d1 AND c.county_code = ANY(CAST(:counties AS text[]))
), judged AS (
    SELECT count(*) AS conclusions,
           count(*) FILTER (WHERE f.supersede_cause = 'spot_check' OR EXISTS (
               SELECT 1 FROM assessment.objections o
                WHERE o.objected_conclusion_id = f.id AND o.outcome = 'changed')) AS overturned,
           count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM assessment.applications s
                WHERE s.kind = 'spot_check' AND s.checked_conclusion_id = f.id)) AS spot_checked
      FROM firsts f
)
SELECT visits.due AS visits_due, visits.on_time AS visits_on_time,
       judged.conclusions, judged.overturned, judged.spot_checked
  FROM visits, judged
""")


async def facts(session: AsyncSession, counties: list[str], d0: dt.date, d1: dt.date) -> dict[str, Any]:
    """The figures over ``counties`` for the period ``d0``–``d1``: each an int."""
    row = (await session.execute(_FACTS, {"counties": counties, "d0": d0, "d1": d1})).mappings().one()
    return {key: int(value) for key, value in row.items()}
