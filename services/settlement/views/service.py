"""The bureau's fund views and the beneficiary statements; every balance comes from the ledger."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.records.checks import month_bounds
from services.settlement.views import schemas

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
ASSETS_AND_LIABILITIES = ("cash", "finance_receivable", "payable_institutions", "deposits_held")


async def visible_counties(session: AsyncSession, counties: list[str] | None) -> list[str]:
    """The city-wide list: all the accounting units (a contractor: its own), whether they have data or not."""
    known = sorted(str(c) for c in (await session.scalars(text(_COUNTIES))).all() if c != "*")
    return known if counties is None else [c for c in known if c in counties] or sorted(counties)


async def fund_status(
    session: AsyncSession, counties: list[str], month: dt.date
) -> list[schemas.CountyStatus]:
    m0, m1 = month_bounds(month)
    end = m1 - dt.timedelta(days=1)
    params: dict[str, Any] = {"counties": counties, "m0": m0, "m1": m1, "end": end, "y0": m0.replace(month=1)}
    ledger_rows: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    for county, account, balance, ytd, this_month in (await session.execute(text(_LEDGER), params)).all():
        ledger_rows[county][account] = (int(balance), int(ytd), int(this_month))
    insured = {c: int(n) for c, n in (await session.execute(text(_INSURED), params)).all()}
    due = {c: int(a) for c, a in (await session.execute(text(_DUE), {**params, "year": m0.year})).all()}
    applications = {
        c: (int(n), int(accepted))
        for c, n, accepted in (await session.execute(text(_APPLICATIONS), params)).all()
    }
    levels: dict[str, dict[str, int]] = defaultdict(dict)
    for county, level, n in (await session.execute(text(_BENEFICIARIES), params)).all():
        levels[county]["unknown" if level is None else str(level)] = int(n)
    out = []
    for county in counties:
        acc = ledger_rows.get(county, {})

        def col(account: str, i: int, acc: dict[str, tuple[int, int, int]] = acc) -> int:
            return acc.get(account, (0, 0, 0))[i]

        contributions = ("income_contribution_employer", "income_contribution_individual")
        by_mode = {m: col(a, 2) for m, a in ledger.EXPENSE_ACCOUNT.items() if col(a, 2)}
        spent_ytd = sum(col(a, 1) for a in ledger.EXPENSE_ACCOUNTS)
        income_ytd = -sum(col(a, 1) for a in ledger.INCOME_ACCOUNTS)
        collected_ytd = -sum(col(a, 1) for a in contributions)
        burn = spent_ytd // m0.month
        projected = (
            income_ytd + max(0, due.get(county, 0) - collected_ytd) - spent_ytd - burn * (12 - m0.month)
        )
        surplus = max(0, -col("accumulated_surplus", 0))
        out.append(
            schemas.CountyStatus(
                county_code=county,
                insured=insured.get(county, 0),
                contributions_due_fen=due.get(county, 0),
                contributions_collected_month_fen=-sum(col(a, 2) for a in contributions),
                contributions_collected_ytd_fen=collected_ytd,
                applications=applications.get(county, (0, 0))[0],
                applications_accepted=applications.get(county, (0, 0))[1],
                beneficiaries_by_level=dict(sorted(levels.get(county, {}).items())),
                expenditure_month_by_mode_fen=by_mode,
                expenditure_month_fen=sum(by_mode.values()),
                expenditure_ytd_fen=spent_ytd,
                income_ytd_fen=income_ytd,
                cash_fen=col("cash", 0),
                fund_balance_fen=sum(col(a, 0) for a in ASSETS_AND_LIABILITIES),
                accumulated_surplus_fen=surplus,
                monthly_burn_rate_fen=burn,
                projected_year_end_result_fen=projected,
                county_finance_exposure_fen=max(0, -projected - surplus),
            )
        )
    return out


def total(rows: list[schemas.CountyStatus]) -> schemas.CountyStatus:
    summed: dict[str, Any] = {"county_code": None}
    for field in schemas.CountyStatus.model_fields:
        if field == "county_code":
            continue
        values = [getattr(r, field) for r in rows]
        if field.endswith(("_by_level", "_by_mode_fen")):
            merged: dict[str, int] = defaultdict(int)
            for v in values:
                for k, n in v.items():
                    merged[k] += n
            summed[field] = dict(sorted(merged.items()))
        else:
            summed[field] = sum(values)
    return schemas.CountyStatus(**summed)


def csv_rows(status: schemas.FundStatus) -> list[list[object]]:
    levels = sorted({k for r in status.counties for k in r.beneficiaries_by_level})
    modes = list(ledger.EXPENSE_ACCOUNT)
    scalar = [
        f
        for f in schemas.CountyStatus.model_fields
        if f not in ("county_code", "beneficiaries_by_level", "expenditure_month_by_mode_fen")
    ]
    header: list[object] = [
        "month",
        "county_code",
        *scalar,
        *(f"beneficiaries_level_{lv}" for lv in levels),
        *(f"expenditure_month_{m}_fen" for m in modes),
    ]
    rows = [header]
    for r in [*status.counties, status.total]:
        rows.append(
            [
                status.month.isoformat(),
                r.county_code or "total",
                *("" if getattr(r, f) is None else getattr(r, f) for f in scalar),
                *(r.beneficiaries_by_level.get(lv, 0) for lv in levels),
                *(r.expenditure_month_by_mode_fen.get(m, 0) for m in modes),
            ]
        )
    return rows


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


async def person_county(session: AsyncSession, person_id: uuid.UUID) -> str | None:
    county = await session.scalar(
        text(
            "SELECT county_code FROM settlement.insured_persons WHERE person_id = :p UNION ALL "
            "SELECT county_code FROM settlement.service_records WHERE person_id = :p LIMIT 1"
        ),
        {"p": person_id},
    )
    return None if county is None else str(county)


async def benefit_statement(
    session: AsyncSession, person_id: uuid.UUID, county_code: str | None, month: dt.date
) -> schemas.BenefitStatement:
    m0, m1 = month_bounds(month)
    params = {"person": person_id, "m0": m0, "m1": m1}
    lines = {
        (i, m): schemas.BenefitLine(
            institution_id=i,
            care_mode=m,
            records=int(n),
            claimed_fen=int(c),
            deducted_fen=int(d or 0),
            fund_paid_fen=int(f or 0),
            person_pays_fen=int(p or 0),
        )
        for i, m, n, c, d, f, p in (await session.execute(text(_STATEMENT), params)).all()
    }
    for i, m, amount in (await session.execute(text(_ADJUSTMENTS), params)).all():
        line = lines.setdefault(
            (i, m),
            schemas.BenefitLine(
                institution_id=i,
                care_mode=m,
                records=0,
                claimed_fen=0,
                deducted_fen=0,
                fund_paid_fen=0,
                person_pays_fen=0,
            ),
        )
        line.adjustments_fen = int(amount)
    unsettled = await session.scalar(
        text(
            "SELECT count(*) FROM settlement.service_records r WHERE r.person_id = :person "
            "AND r.service_date >= :m0 AND r.service_date < :m1 AND NOT EXISTS ("
            "SELECT 1 FROM settlement.service_record_checks x JOIN settlement.settlement_runs run "
            "ON run.id = x.run_id AND run.status = 'settled' WHERE x.record_id = r.id)"
        ),
        params,
    )
    items = [lines[k] for k in sorted(lines)]
    return schemas.BenefitStatement(
        person_id=person_id,
        month=m0,
        county_code=county_code,
        lines=items,
        fund_paid_fen=sum(x.fund_paid_fen + x.adjustments_fen for x in items),
        person_pays_fen=sum(x.person_pays_fen for x in items),
        unsettled_records=int(unsettled or 0),
    )
