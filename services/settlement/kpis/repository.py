"""Settlement's KPI figures: one set-based statement over records, runs, statements, payouts, disputes and
imports. Runs and disputes carry timestamps: their day is the Asia/Shanghai date.

The statement is built once per grouping (:data:`STATEMENTS`): ungrouped, every fact falls in one group;
by county, in its county's; by institution, in its institution's, counted only within the institution's own
county (as an institution's evaluation asks: its county and it). Each part of the statement groups its facts
by that key and the groups asked are joined to them, so a grouped answer is one pass, not a loop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession

Grouping = Literal["none", "county", "institution"]


@dataclass(frozen=True)
class Group:
    """One group's figures: its key, its county (none ungrouped) and the facts, each an int."""

    key: str
    county: str | None
    facts: dict[str, int]


def _by(grouping: Grouping, county: str, institution: str) -> tuple[str, str]:
    """The group key of a fact and the condition it adds: ungrouped one key; by institution only the
    institution's facts within its own county."""
    if grouping == "none":
        return "''", ""
    if grouping == "county":
        return county, ""
    return institution, (
        f"AND EXISTS (SELECT 1 FROM settlement.institutions h WHERE h.id = {institution}"
        f" AND h.county_code = {county})"
    )


def _groups(grouping: Grouping) -> str:
    if grouping == "none":
        return "SELECT ''::text AS key, NULL::text AS county"
    if grouping == "county":
        return "SELECT u.code AS key, u.code AS county FROM unnest(CAST(:counties AS text[])) AS u(code)"
    return """SELECT i.id AS key, i.county_code AS county FROM settlement.institutions i
               WHERE i.county_code = ANY(CAST(:counties AS text[]))
                 AND (CAST(:inst AS text) IS NULL OR i.id = CAST(:inst AS text))"""


def _statement(grouping: Grouping) -> TextClause:
    inst = "(CAST(:inst AS text) IS NULL OR {col} = CAST(:inst AS text))"
    k_rec, f_rec = _by(grouping, "r.county_code", "r.institution_id")
    k_pay, f_pay = _by(grouping, "p.county_code", "p.institution_id")
    k_dis, f_dis = _by(grouping, "d.county_code", "d.institution_id")
    k_cut, f_cut = _by(grouping, "r.county_code", "sr.institution_id")
    k_st, f_st = _by(grouping, "r.county_code", "s.institution_id")
    k_imp, _ = _by(grouping, "i.county_code", "j.institution_id")
    if grouping == "institution":  # a month counts for each institution with a statement in it
        k_mon, f_mon = _by(grouping, "f.county_code", "s.institution_id")
        months_from = """first_runs f JOIN (
               SELECT DISTINCT s.county_code, s.month, s.institution_id
                 FROM settlement.settlement_statements s
                WHERE s.county_code = ANY(CAST(:counties AS text[])) AND s.month BETWEEN :d0 AND :d1
                  AND (CAST(:inst AS text) IS NULL OR s.institution_id = CAST(:inst AS text))
               ) s ON s.county_code = f.county_code AND s.month = f.month"""
        months_where = f"true {f_mon}"
    else:
        k_mon, _ = _by(grouping, "f.county_code", "")
        months_from = "first_runs f"
        months_where = """CAST(:inst AS text) IS NULL OR EXISTS (
               SELECT 1 FROM settlement.settlement_statements s
                WHERE s.county_code = f.county_code AND s.month = f.month
                  AND s.institution_id = CAST(:inst AS text))"""
    return text(f"""
WITH groups AS ({_groups(grouping)}
), reviewed AS (  -- records of the period sampled for review, and their reviews
    SELECT {k_rec} AS key, count(*) AS sampled,
           count(*) FILTER (WHERE r.first_review IS NOT NULL) AS first_reviewed,
           count(*) FILTER (WHERE r.second_review IS NOT NULL) AS second_reviewed
      FROM settlement.service_records r
     WHERE r.county_code = ANY(CAST(:counties AS text[])) AND r.service_date BETWEEN :d0 AND :d1
       AND r.sampled_for_review IS NOT NULL AND {inst.format(col="r.institution_id")} {f_rec}
     GROUP BY 1
), first_runs AS (  -- each (county, month) of the period with its first settlement
    SELECT DISTINCT ON (r.county_code, r.month) r.county_code, r.month,
           (r.created_at AT TIME ZONE 'Asia/Shanghai')::date AS settled_on
      FROM settlement.settlement_runs r
     WHERE r.county_code = ANY(CAST(:counties AS text[])) AND r.month BETWEEN :d0 AND :d1
     ORDER BY r.county_code, r.month, r.created_at, r.id
), months AS (
    SELECT {k_mon} AS key, count(*) AS n,
           coalesce(sum(f.settled_on - ((f.month + interval '1 month')::date - 1)), 0) AS days
      FROM {months_from}
     WHERE {months_where}
     GROUP BY 1
), payouts AS (
    SELECT {k_pay} AS key, count(*) AS n,
           coalesce(sum(p.paid_on - (r.created_at AT TIME ZONE 'Asia/Shanghai')::date), 0) AS days
      FROM settlement.settlement_payments p JOIN settlement.settlement_runs r ON r.id = p.run_id
     WHERE p.county_code = ANY(CAST(:counties AS text[])) AND p.paid_on BETWEEN :d0 AND :d1
       AND {inst.format(col="p.institution_id")} {f_pay}
     GROUP BY 1
), decided AS (
    SELECT {k_dis} AS key, count(*) AS n, count(*) FILTER (WHERE d.status = 'upheld') AS upheld,
           coalesce(sum((d.decided_at AT TIME ZONE 'Asia/Shanghai')::date
                        - (d.raised_at AT TIME ZONE 'Asia/Shanghai')::date), 0) AS days
      FROM settlement.disputes d
     WHERE d.county_code = ANY(CAST(:counties AS text[])) AND d.decided_at IS NOT NULL
       AND (d.decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
       AND {inst.format(col="d.institution_id")} {f_dis}
     GROUP BY 1
), checked AS (     -- the records of the settled runs of the period's months that the checks cut
    SELECT {k_cut} AS key, count(*) AS cut
      FROM settlement.settlement_runs r JOIN settlement.service_record_checks c ON c.run_id = r.id
      JOIN settlement.service_records sr ON sr.id = c.record_id
     WHERE r.status = 'settled' AND r.county_code = ANY(CAST(:counties AS text[]))
       AND r.month BETWEEN :d0 AND :d1 AND c.deducted_fen > 0
       AND {inst.format(col="sr.institution_id")} {f_cut}
     GROUP BY 1
), stated AS (      -- the statements of those runs: records settled, fen claimed and cut
    SELECT {k_st} AS key, coalesce(sum(s.records), 0) AS records, coalesce(sum(s.claimed_fen), 0) AS claimed,
           coalesce(sum(s.deducted_fen), 0) AS deducted
      FROM settlement.settlement_runs r JOIN settlement.settlement_statements s ON s.run_id = r.id
     WHERE r.status = 'settled' AND r.county_code = ANY(CAST(:counties AS text[]))
       AND r.month BETWEEN :d0 AND :d1 AND {inst.format(col="s.institution_id")} {f_st}
     GROUP BY 1
), imported AS (
    SELECT {k_imp} AS key, coalesce(sum(j.rows_rejected), 0) AS rejected,
           coalesce(sum(j.rows_total), 0) AS total
      FROM settlement.service_record_imports j JOIN settlement.institutions i ON i.id = j.institution_id
     WHERE i.county_code = ANY(CAST(:counties AS text[]))
       AND (j.finished_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN :d0 AND :d1
       AND {inst.format(col="j.institution_id")}
     GROUP BY 1
)
SELECT g.key, g.county, coalesce(reviewed.sampled, 0) AS sampled,
       coalesce(reviewed.first_reviewed, 0) AS first_reviewed,
       coalesce(reviewed.second_reviewed, 0) AS second_reviewed,
       coalesce(months.n, 0) AS months, coalesce(months.days, 0) AS month_days,
       coalesce(payouts.n, 0) AS payouts, coalesce(payouts.days, 0) AS payout_days,
       coalesce(decided.n, 0) AS disputes, coalesce(decided.upheld, 0) AS disputes_upheld,
       coalesce(decided.days, 0) AS dispute_days, coalesce(stated.records, 0) AS records_checked,
       coalesce(checked.cut, 0) AS records_cut, coalesce(stated.claimed, 0) AS claimed_fen,
       coalesce(stated.deducted, 0) AS deducted_fen, coalesce(imported.rejected, 0) AS rows_rejected,
       coalesce(imported.total, 0) AS rows_total
  FROM groups g
  LEFT JOIN reviewed USING (key) LEFT JOIN months USING (key) LEFT JOIN payouts USING (key)
  LEFT JOIN decided USING (key) LEFT JOIN checked USING (key) LEFT JOIN stated USING (key)
  LEFT JOIN imported USING (key)
 ORDER BY g.key
""")


STATEMENTS: dict[Grouping, TextClause] = {g: _statement(g) for g in ("none", "county", "institution")}
"""The statement of each grouping, built once."""


async def facts(
    session: AsyncSession,
    counties: list[str],
    d0: dt.date,
    d1: dt.date,
    institution_id: str | None,
    grouping: Grouping = "none",
) -> list[Group]:
    """The figures over ``counties`` for the period ``d0``–``d1`` (of one institution if given), per group
    (ordered by key: ``""`` ungrouped, a county code, an institution id)."""
    params = {"counties": counties, "d0": d0, "d1": d1, "inst": institution_id}
    rows = (await session.execute(STATEMENTS[grouping], params)).mappings().all()
    return [
        Group(
            key=row["key"],
            county=row["county"],
            facts={k: int(v) for k, v in row.items() if k not in ("key", "county")},
        )
        for row in rows
    ]


async def institution_exists(session: AsyncSession, institution_id: str) -> bool:
    found = await session.scalar(
        text("SELECT true FROM settlement.institutions WHERE id = :id"), {"id": institution_id}
    )
    return bool(found)
