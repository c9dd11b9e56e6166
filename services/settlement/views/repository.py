"""SQL of the fund views: the ledger, insured persons, contributions due, applications and beneficiaries per
county for the fund status, and a person's settled services and adjustments for the benefit statement."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Every accounting unit the fund keeps books for (zeros included), and any county data names besides.
_COUNTIES = """
SELECT code FROM settlement.accounting_units
UNION SELECT county_code FROM settlement.insured_persons UNION SELECT county_code FROM settlement.institutions
UNION SELECT county_code FROM settlement.ledger_transactions
UNION SELECT county_code FROM settlement.contributions_due
"""
_LEDGER = """
SELECT l.county_code, l.account, sum(l.amount_fen) AS balance,
       coalesce(sum(l.amount_fen) FILTER (WHERE t.posted_on >= :y0 AND t.kind <> 'annual_clearing'), 0)
           AS ytd,
       coalesce(sum(l.amount_fen) FILTER (WHERE t.posted_on >= :m0 AND t.kind <> 'annual_clearing'), 0)
           AS month
  FROM settlement.ledger_legs l JOIN settlement.ledger_transactions t ON t.id = l.transaction_id
 WHERE t.posted_on <= :end AND l.county_code = ANY(:counties)
 GROUP BY 1, 2
"""
_INSURED = """
SELECT p.county_code, count(*) FROM settlement.insured_persons p
  JOIN settlement.coverage_periods c ON c.person_id = p.person_id AND c.starts_on <= :end
       AND (c.ends_before IS NULL OR :end < c.ends_before) AND c.status = 'insured'
 WHERE p.county_code = ANY(:counties) GROUP BY 1
"""
_DUE = """
SELECT county_code, amount_due_fen FROM settlement.contributions_due
 WHERE year = :year AND county_code = ANY(:counties)
"""
_BENEFICIARIES = """
SELECT county_code, level, count(*) FROM (
    SELECT r.county_code, r.person_id, max(d.level) AS level
      FROM settlement.settlement_runs run
      JOIN settlement.service_record_checks x ON x.run_id = run.id AND x.fund_fen > 0
      JOIN settlement.service_records r ON r.id = x.record_id
      LEFT JOIN settlement.disability_levels d ON d.person_id = r.person_id
           AND r.service_date BETWEEN d.valid_from AND d.valid_to AND (d.ends_on IS NULL OR r.service_date < d.ends_on)
     WHERE run.county_code = ANY(:counties) AND run.month = :m0 AND run.status = 'settled'
     GROUP BY 1, 2) x
 GROUP BY 1, 2
"""  # noqa: E501
_APPLICATIONS = """
SELECT county_code, count(*), count(*) FILTER (WHERE accepted) FROM settlement.applications_received
 WHERE county_code = ANY(:counties) AND received_on >= :m0 AND received_on < :m1
 GROUP BY 1
"""
# The same figures for each month of a year up to the last one, in one pass each (the trend of the year):
# the ledger's legs by month posted (before the year: one line, for the balances), the insured at each
# month's end, the applications by month received and the beneficiaries of each month's settled run.
_LEDGER_BY_MONTH = """
SELECT l.county_code, l.account,
       CASE WHEN t.posted_on < :y0 THEN NULL ELSE date_trunc('month', t.posted_on)::date END AS month,
       sum(l.amount_fen) AS amount,
       coalesce(sum(l.amount_fen) FILTER (WHERE t.kind <> 'annual_clearing'), 0) AS ordinary
  FROM settlement.ledger_legs l JOIN settlement.ledger_transactions t ON t.id = l.transaction_id
 WHERE t.posted_on <= :end AND l.county_code = ANY(:counties)
 GROUP BY 1, 2, 3
"""
_MONTHS = """
WITH months AS (
    SELECT d::date AS m0, (d + interval '1 month' - interval '1 day')::date AS m_end
      FROM generate_series(CAST(:y0 AS date), CAST(:last AS date), interval '1 month') AS d)
"""
_INSURED_BY_MONTH = (
    _MONTHS
    + """
SELECT months.m0, p.county_code, count(*) FROM months
  JOIN settlement.coverage_periods c ON c.starts_on <= months.m_end
       AND (c.ends_before IS NULL OR months.m_end < c.ends_before) AND c.status = 'insured'
  JOIN settlement.insured_persons p ON p.person_id = c.person_id
 WHERE p.county_code = ANY(:counties) GROUP BY 1, 2
"""
)
_BENEFICIARIES_BY_MONTH = """
SELECT month, county_code, level, count(*) FROM (
    SELECT run.month, r.county_code, r.person_id, max(d.level) AS level
      FROM settlement.settlement_runs run
      JOIN settlement.service_record_checks x ON x.run_id = run.id AND x.fund_fen > 0
      JOIN settlement.service_records r ON r.id = x.record_id
      LEFT JOIN settlement.disability_levels d ON d.person_id = r.person_id
           AND r.service_date BETWEEN d.valid_from AND d.valid_to AND (d.ends_on IS NULL OR r.service_date < d.ends_on)
     WHERE run.county_code = ANY(:counties) AND run.month >= :y0 AND run.month <= :last
       AND run.status = 'settled'
     GROUP BY 1, 2, 3) x
 GROUP BY 1, 2, 3
"""  # noqa: E501
_APPLICATIONS_BY_MONTH = """
SELECT date_trunc('month', received_on)::date, county_code, count(*), count(*) FILTER (WHERE accepted)
  FROM settlement.applications_received
 WHERE county_code = ANY(:counties) AND received_on >= :y0 AND received_on < :m1
 GROUP BY 1, 2
"""
_STATEMENT = """
SELECT r.institution_id, r.care_mode, count(*), sum(r.amount_claimed_fen), sum(x.deducted_fen),
       sum(x.fund_fen), sum(x.person_fen)
  FROM settlement.service_records r
  JOIN settlement.service_record_checks x ON x.record_id = r.id
  JOIN settlement.settlement_runs run ON run.id = x.run_id AND run.status = 'settled'
 WHERE r.person_id = :person AND r.service_date >= :m0 AND r.service_date < :m1
 GROUP BY 1, 2 ORDER BY 1, 2
"""
_ADJUSTMENTS = """
SELECT d.institution_id, d.care_mode, sum(d.adjustment_fen)
  FROM settlement.disputes d
  JOIN settlement.service_records r ON r.id = d.service_record_id
  JOIN settlement.settlement_runs run ON run.id = d.paid_in_run_id AND run.status = 'settled'
 WHERE r.person_id = :person AND run.month = :m0
 GROUP BY 1, 2
"""


_UNSETTLED = (
    "SELECT count(*) FROM settlement.service_records r WHERE r.person_id = :person "
    "AND r.service_date >= :m0 AND r.service_date < :m1 AND NOT EXISTS ("
    "SELECT 1 FROM settlement.service_record_checks x JOIN settlement.settlement_runs run "
    "ON run.id = x.run_id AND run.status = 'settled' WHERE x.record_id = r.id)"
)
_PERSON_COUNTY = (
    "SELECT county_code FROM settlement.insured_persons WHERE person_id = :p UNION ALL "
    "SELECT county_code FROM settlement.service_records WHERE person_id = :p LIMIT 1"
)


async def counties_with_books(session: AsyncSession) -> list[str]:
    """Every accounting unit the fund keeps books for, and any county the data names besides, sorted."""
    return sorted(str(c) for c in (await session.scalars(text(_COUNTIES))).all() if c != "*")


async def ledger_figures(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(county, account, balance, year to date, month) of the counties at the month's end."""
    return (await session.execute(text(_LEDGER), params)).all()


async def insured(session: AsyncSession, params: dict[str, Any]) -> dict[str, int]:
    return {c: int(n) for c, n in (await session.execute(text(_INSURED), params)).all()}


async def contributions_due(session: AsyncSession, params: dict[str, Any]) -> dict[str, int]:
    return {c: int(a) for c, a in (await session.execute(text(_DUE), params)).all()}


async def applications(session: AsyncSession, params: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """County → (applications received in the month, of them accepted)."""
    return {
        c: (int(n), int(accepted))
        for c, n, accepted in (await session.execute(text(_APPLICATIONS), params)).all()
    }


async def beneficiaries(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(county, level or None, persons) the month's settled run paid for."""
    return (await session.execute(text(_BENEFICIARIES), params)).all()


async def ledger_by_month(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(county, account, month posted or None before the year, amount, amount outside annual clearing)."""
    return (await session.execute(text(_LEDGER_BY_MONTH), params)).all()


async def insured_by_month(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(month, county, insured at the month's end) from ``y0`` to ``last``."""
    return (await session.execute(text(_INSURED_BY_MONTH), params)).all()


async def applications_by_month(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(month, county, applications received, of them accepted) from ``y0`` to before ``m1``."""
    return (await session.execute(text(_APPLICATIONS_BY_MONTH), params)).all()


async def beneficiaries_by_month(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(month, county, level or None, persons) each month's settled run paid for, ``y0`` to ``last``."""
    return (await session.execute(text(_BENEFICIARIES_BY_MONTH), params)).all()


async def person_county(session: AsyncSession, person_id: uuid.UUID) -> str | None:
    county = await session.scalar(text(_PERSON_COUNTY), {"p": person_id})
    return None if county is None else str(county)


async def statement_lines(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(institution, care mode, records, claimed, deducted, fund paid, person pays) of the person's month."""
    return (await session.execute(text(_STATEMENT), params)).all()


async def adjustments(session: AsyncSession, params: dict[str, Any]) -> Sequence[Any]:
    """(institution, care mode, amount) paid back to the person's month by upheld disputes."""
    return (await session.execute(text(_ADJUSTMENTS), params)).all()


async def unsettled_records(session: AsyncSession, params: dict[str, Any]) -> int:
    return int(await session.scalar(text(_UNSETTLED), params) or 0)
