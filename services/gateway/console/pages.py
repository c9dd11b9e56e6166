"""What each page shows, built from the public API's answers only (the console's "service" layer): tables
that the templates render and the CSV exports write, and the charts' series."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from services.gateway.console.calls import Api, ApiFailed, fetch
from services.gateway.console.i18n import mode_text, status_text, translate, yuan
from services.gateway.console.tables import Cell, Table, count, day, money

__all__ = ["TABLES", "ApiFailed", "Cell", "Table", "city_overview", "county_page", "fetch"]


# --- the city overview --------------------------------------------------------------------------------------


@dataclass
class CityOverview:
    month: dt.date
    table: Table
    deficits: list[dict[str, Any]]
    notes: list[str]
    chart: dict[str, Any]


async def city_overview(api: Api, month: dt.date, language: str) -> CityOverview:
    t = functools.partial(translate, language=language)
    counties = {c["code"]: c for c in (await fetch(api, "/api/v1/counties"))["items"]}
    status = await fetch(api, "/api/v1/fund/status", {"month": f"{month:%Y-%m}"})
    table = Table(
        "counties",
        t("city.counties"),
        [
            t("city.county"),
            t("city.insured"),
            t("city.target"),
            t("city.due"),
            t("city.collected"),
            t("city.balance"),
            t("city.income_ytd"),
            t("city.spending_ytd"),
            t("city.burn"),
            t("city.projected"),
            t("city.surplus"),
            t("city.exposure"),
        ],
        csv_href=f"/console/city/fund-status.csv?month={month:%Y-%m}",
    )
    deficits = []
    for row in [*status["counties"], status["total"]]:
        code = row["county_code"]
        county = counties.get(code or "", {})
        target = (county.get("insured_target") or {}).get("target_assured")
        name = f"{county.get('name', code)}" if code else t("city.total")
        projected = row["projected_year_end_result_fen"]
        first = Cell(
            name, href=f"/console/counties/{code}?month={month:%Y-%m}" if code else None, raw=code or ""
        )
        if code and projected < 0:
            first.flag = "deficit"
            deficits.append({
                "code": code, "name": name, "projected_fen": projected,
                "surplus_fen": row["accumulated_surplus_fen"],
                "exposure_fen": row["county_finance_exposure_fen"],
            })  # fmt: skip
        table.rows.append([
            first, count(row["insured"]), count(target), money(row["contributions_due_fen"]),
            money(row["contributions_collected_ytd_fen"]), money(row["fund_balance_fen"]),
            money(row["income_ytd_fen"]), money(row["expenditure_ytd_fen"]),
            money(row["monthly_burn_rate_fen"]), money(projected), money(row["accumulated_surplus_fen"]),
            money(row["county_finance_exposure_fen"]),
        ])  # fmt: skip
    chart = await _city_chart(api, month, language, status)
    return CityOverview(month, table, deficits, list(status.get("notes", [])), chart)


async def _city_chart(api: Api, month: dt.date, language: str, current: dict[str, Any]) -> dict[str, Any]:
    """The year to the month, city-wide: income and spending by care mode per month, the balance (one call
    to ``/fund/status/trend``), and the month's beneficiaries by care level (from its status)."""
    trend = await fetch(api, "/api/v1/fund/status/trend", {"month": f"{month:%Y-%m}"})
    months, income, balance = [], [], []
    modes: dict[str, list[int]] = {}
    for n, line in enumerate(trend["months"]):
        first, total = dt.date.fromisoformat(line["month"]), line["total"]
        months.append(f"{first.month}月" if language == "zh" else f"{first:%b}")
        income.append(total["contributions_collected_month_fen"])
        balance.append(total["fund_balance_fen"])
        for mode in total["expenditure_month_by_mode_fen"]:
            modes.setdefault(mode, [0] * n)
        for mode, series in modes.items():
            series.append(total["expenditure_month_by_mode_fen"].get(mode, 0))
    levels = current["total"]["beneficiaries_by_level"]
    return {
        "months": months,
        "income_label": translate("city.income", language),
        "income_fen": income,
        "spending_fen": {mode_text(mode, language): series for mode, series in modes.items()},
        "balance_label": translate("city.balance", language),
        "balance_fen": balance,
        "levels": [translate("city.level", language, level=level) for level in sorted(levels, key=int)],
        "beneficiaries": [levels[level] for level in sorted(levels, key=int)],
        "beneficiaries_label": translate("city.beneficiaries", language),
    }


# --- a county ---------------------------------------------------------------------------------------------


@dataclass
class CountyPage:
    code: str
    name: str
    month: dt.date
    tables: list[Table]


TABLES = ("runs", "statements", "applications", "ledger", "institutions")


async def county_page(api: Api, code: str, month: dt.date, language: str) -> CountyPage:
    t = functools.partial(translate, language=language)
    county = await fetch(api, f"/api/v1/counties/{code}")
    base = f"/console/counties/{code}"
    m = f"{month:%Y-%m}"
    institutions = [
        i
        for i in (await fetch(api, "/api/v1/institutions", {"limit": 200}))["items"]
        if i["county_code"] == code
    ]
    statements: list[dict[str, Any]] = []
    for institution in institutions:
        found = await fetch(api, f"/api/v1/institutions/{institution['id']}/statements", {"month": m})
        statements += found["items"]
    runs: dict[str, dict[str, Any]] = {}
    for statement in statements:
        if statement["run_id"] not in runs:
            runs[statement["run_id"]] = await fetch(api, f"/api/v1/settlement-runs/{statement['run_id']}")
    run_table = Table(
        "runs", t("county.runs"),
        [t("county.run_status"), t("county.settled_on"), t("county.records"), t("county.claimed"),
         t("county.deducted"), t("county.net_payable")],
        csv_href=f"{base}/runs.csv?month={m}",
    )  # fmt: skip
    for run in runs.values():
        run_table.rows.append([
            Cell(status_text(run["status"], language), raw=run["status"]), day(run["created_at"], language),
            count(run["records"]),
            money(run["claimed_fen"]), money(run["deducted_fen"]), money(run["net_payable_fen"]),
        ])  # fmt: skip
    statement_table = Table(
        "statements", t("county.statements"),
        [t("county.institution"), t("county.records"), t("county.claimed"), t("county.deducted"),
         t("county.deductions"), t("county.net_payable")],
        csv_href=f"{base}/statements.csv?month={m}",
    )  # fmt: skip
    for s in statements:
        reasons = "; ".join(
            f"{reason} {yuan(fen)}" for reason, fen in sorted(s["deducted_by_reason"].items())
        )
        statement_table.rows.append([
            Cell(s["institution_id"]), count(s["records"]), money(s["claimed_fen"]), money(s["deducted_fen"]),
            Cell(reasons or "—", raw=reasons), money(s["net_payable_fen"]),
        ])  # fmt: skip
    applications = (await fetch(api, "/api/v1/assessment-applications", {"county_code": code, "limit": 100}))[
        "items"
    ]
    application_table = Table(
        "applications", t("county.applications"),
        [t("county.application"), t("county.run_status"), t("county.received"), t("county.deadline"),
         t("county.overdue")],
        csv_href=f"{base}/applications.csv?month={m}",
    )  # fmt: skip
    pipeline = [a for a in applications if a["served_on"] is None]
    pipeline.sort(key=lambda a: (not a["overdue"], a["received_on"]))
    for a in pipeline:
        application_table.rows.append([
            Cell(str(a["id"])[:8], raw=str(a["id"])),
            Cell(status_text(a["status"], language), raw=a["status"]), day(a["received_on"], language),
            day(a["onsite_due_on"], language),
            Cell(t("county.overdue") if a["overdue"] else "", flag="overdue" if a["overdue"] else None,
                 raw="true" if a["overdue"] else "false"),
        ])  # fmt: skip
    ledger = (await fetch(api, "/api/v1/fund/transactions", {"county_code": code, "limit": 20}))["items"]
    ledger_table = Table(
        "ledger", t("county.ledger"),
        [t("county.entry"), t("county.posted"), t("county.kind"), t("county.amount")],
        csv_href=f"{base}/ledger.csv?month={m}",
    )  # fmt: skip
    for entry in ledger:
        amount = sum(leg["amount_fen"] for leg in entry["legs"] if leg["amount_fen"] > 0)
        ledger_table.rows.append([
            Cell(str(entry["id"])), day(entry["posted_on"], language),
            Cell(f"{entry['kind']} — {entry['memo']}"), money(amount),
        ])  # fmt: skip
    deducted: dict[str, dict[str, int]] = {}
    for s in statements:
        for reason, fen in s["deducted_by_reason"].items():
            deducted.setdefault(s["institution_id"], {}).setdefault(reason, 0)
            deducted[s["institution_id"]][reason] += fen
    institution_table = Table(
        "institutions", t("county.institutions"),
        [t("county.institution"), t("county.kind"), t("county.modes"), t("county.run_status"),
         t("county.deductions")],
        csv_href=f"{base}/institutions.csv?month={m}",
    )  # fmt: skip
    for i in institutions:
        reasons = "; ".join(f"{r} {yuan(f)}" for r, f in sorted(deducted.get(i["id"], {}).items()))
        modes = Cell(
            "、".join(mode_text(m, language) for m in i["care_modes"]), raw=",".join(i["care_modes"])
        )
        institution_table.rows.append([
            Cell(f"{i['name']}（{i['id']}）", raw=i["id"]), Cell(i["kind"]), modes,
            Cell(status_text(i["status"], language), raw=i["status"]), Cell(reasons or "—", raw=reasons),
        ])  # fmt: skip
    return CountyPage(
        code, county["name"], month,
        [run_table, statement_table, application_table, ledger_table, institution_table],
    )  # fmt: skip
