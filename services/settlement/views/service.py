"""The bureau's fund views and the beneficiary statements; every balance comes from the ledger."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.records.checks import month_bounds
from services.settlement.views import repository, schemas
from services.settlement.views.exceptions import StatementPersonNotFound
from shared.principal import Principal

ASSETS_AND_LIABILITIES = (
    "cash",
    "finance_receivable",
    "receivable_institutions",
    "payable_institutions",
    "deposits_held",
)


async def visible_counties(session: AsyncSession, counties: list[str] | None) -> list[str]:
    """The city-wide list: all the accounting units (a contractor: its own), whether they have data or not."""
    known = await repository.counties_with_books(session)
    return known if counties is None else [c for c in known if c in counties] or sorted(counties)


Ledger = dict[str, dict[str, tuple[int, int, int]]]
"""County → account → (balance at the month's end, year to date, the month), annual clearing left out of
the last two."""


async def fund_status(
    session: AsyncSession, counties: list[str], month: dt.date
) -> list[schemas.CountyStatus]:
    m0, m1 = month_bounds(month)
    end = m1 - dt.timedelta(days=1)
    params: dict[str, Any] = {"counties": counties, "m0": m0, "m1": m1, "end": end, "y0": m0.replace(month=1)}
    ledger_rows: Ledger = defaultdict(dict)
    for county, account, balance, ytd, this_month in await repository.ledger_figures(session, params):
        ledger_rows[county][account] = (int(balance), int(ytd), int(this_month))
    insured = await repository.insured(session, params)
    due = await repository.contributions_due(session, {**params, "year": m0.year})
    applications = await repository.applications(session, params)
    levels: dict[str, dict[str, int]] = defaultdict(dict)
    for county, level, n in await repository.beneficiaries(session, params):
        levels[county][_level_key(level)] = int(n)
    return _statuses(counties, m0, ledger_rows, insured, due, applications, levels)


def _level_key(level: int | None) -> str:
    """A beneficiary's care level as ``beneficiaries_by_level`` names it (no level on record: ``unknown``)."""
    return "unknown" if level is None else str(level)


def _statuses(
    counties: list[str],
    m0: dt.date,
    ledger_rows: Ledger,
    insured: dict[str, int],
    due: dict[str, int],
    applications: dict[str, tuple[int, int]],
    levels: dict[str, dict[str, int]],
) -> list[schemas.CountyStatus]:
    """Each county's status in the month of ``m0`` from its figures."""
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
                county_finance_owed_fen=col("finance_receivable", 0),
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


async def status_of(
    session: AsyncSession, counties: list[str], month: dt.date, county_code: str | None
) -> schemas.FundStatus:
    """The fund status of the counties (one, or city-wide: ``county_code`` None) with their total."""
    rows = await fund_status(session, counties, month)
    return schemas.FundStatus(
        month=month.replace(day=1), county_code=county_code, counties=rows, total=total(rows), notes=[]
    )


async def trend_of(
    session: AsyncSession, counties: list[str], month: dt.date, county_code: str | None
) -> schemas.FundTrend:
    """Each month of ``month``'s year up to it: the counties' total as ``/fund/status`` gives it, from one
    pass over the year per kind of figure (the ledger's legs summed by month, then run up month by month)."""
    m0, m1 = month_bounds(month)
    y0 = m0.replace(month=1)
    params: dict[str, Any] = {
        "counties": counties,
        "y0": y0,
        "last": m0,
        "m1": m1,
        "end": m1 - dt.timedelta(days=1),
    }
    opening: dict[tuple[str, str], int] = defaultdict(int)
    posted: dict[tuple[str, str], dict[dt.date, tuple[int, int]]] = defaultdict(dict)
    for county, account, in_month, amount, ordinary in await repository.ledger_by_month(session, params):
        if in_month is None:
            opening[(county, account)] += int(amount)
        else:
            posted[(county, account)][in_month] = (int(amount), int(ordinary))
    insured: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for first, county, n in await repository.insured_by_month(session, params):
        insured[first][county] = int(n)
    applications: dict[dt.date, dict[str, tuple[int, int]]] = defaultdict(dict)
    for first, county, n, accepted in await repository.applications_by_month(session, params):
        applications[first][county] = (int(n), int(accepted))
    levels: dict[dt.date, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for first, county, level, n in await repository.beneficiaries_by_month(session, params):
        levels[first][county][_level_key(level)] = int(n)
    due = await repository.contributions_due(session, {**params, "year": y0.year})

    balance, year_to_date = dict(opening), dict.fromkeys([*opening, *posted], 0)
    months = []
    for first in (dt.date(y0.year, n, 1) for n in range(1, m0.month + 1)):
        ledger_rows: Ledger = defaultdict(dict)
        for key in year_to_date:
            amount, ordinary = posted.get(key, {}).get(first, (0, 0))
            balance[key] = balance.get(key, 0) + amount
            year_to_date[key] += ordinary
            county, account = key
            ledger_rows[county][account] = (balance[key], year_to_date[key], ordinary)
        rows = _statuses(
            counties, first, ledger_rows, insured[first], due, applications[first], levels[first]
        )
        months.append(schemas.TrendMonth(month=first, total=total(rows)))
    return schemas.FundTrend(month=m0, county_code=county_code, months=months)


def csv_text(status: schemas.FundStatus) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(csv_rows(status))
    return buffer.getvalue()


async def person_benefit_statement(
    session: AsyncSession, principal: Principal, person_id: uuid.UUID, month: dt.date
) -> schemas.BenefitStatement:
    """The person's statement, if the person is known in a county the caller sees; otherwise 404."""
    county = await repository.person_county(session, person_id)
    if county is None or not principal.sees_county(county):
        raise StatementPersonNotFound("no such person")
    return await benefit_statement(session, person_id, county, month)


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
        for i, m, n, c, d, f, p in await repository.statement_lines(session, params)
    }
    for i, m, amount in await repository.adjustments(session, params):
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
    unsettled = await repository.unsettled_records(session, params)
    items = [lines[k] for k in sorted(lines)]
    return schemas.BenefitStatement(
        person_id=person_id,
        month=m0,
        county_code=county_code,
        lines=items,
        fund_paid_fen=sum(x.fund_paid_fen + x.adjustments_fen for x in items),
        person_pays_fen=sum(x.person_pays_fen for x in items),
        unsettled_records=unsettled,
    )
