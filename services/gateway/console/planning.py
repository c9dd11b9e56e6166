"""Fund planning's pages (基金规划): budget execution, projections (测算) side by side, the quarterly
bulletin (数据通报), as the API shows them to the signed-in person.

- ``/console/planning``: budget execution to a month's end (``GET /budget-execution``), per county and
  city and per budget line, with the execution rate; the API's own CSV.
- ``/console/planning/projections``: the projections, a form to start one (``POST /projections`` → 202;
  its page polls a small fragment every second until it is done, never blocking) and a form to pick two.
- ``/console/planning/compare?a=&b=``: two finished projections side by side (``GET /projections/compare``),
  a table per county and city and a chart; the API's own CSV.
- ``/console/planning/bulletin?year=&quarter=``: the quarterly bulletin (``GET /reports/quarterly``); the
  API's own CSV.

A page the API refuses to the person's role is a 403 page (a contractor reads budgets and the bulletin of
its counties, not projections)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from services.gateway.console.calls import Answer, Api
from services.gateway.console.i18n import CATALOGUE, register, translate
from services.gateway.console.sessions import Viewer, viewer_of
from services.gateway.console.tables import Cell, Table, count, money
from services.gateway.console.web import csrf_refused, month_of, problem_text, render, to_sign_in, today
from shared.principal import Role

router = APIRouter(include_in_schema=False)

register({
    "planning.title": ("基金规划", "Fund planning"),
    "planning.execution": ("预算执行", "Budget execution"),
    "planning.execution_title": ("预算执行情况（截至 {month}）", "Budget execution (to the end of {month})"),
    "planning.execution_counties": ("各统筹区预算执行", "Execution per county"),
    "planning.execution_lines": ("各统筹区分项预算执行", "Execution per county and budget line"),
    "planning.api_csv": ("导出接口 CSV", "Export the API's CSV"),
    "planning.county": ("统筹区", "County"),
    "planning.city": ("全市", "City"),
    "planning.version": ("预算版本", "Budget version"),
    "planning.line": ("预算科目", "Budget line"),
    "planning.budget": ("预算数", "Budget"),
    "planning.actual": ("执行数", "Actual"),
    "planning.rate": ("执行率", "Execution rate"),
    "planning.year_end": ("预计全年", "Projected year"),
    "planning.income_budget": ("收入预算", "Income budget"),
    "planning.income_actual": ("收入执行", "Income actual"),
    "planning.expense_budget": ("支出预算", "Expense budget"),
    "planning.expense_actual": ("支出执行", "Expense actual"),
    "planning.projections": ("基金测算", "Projections"),
    "planning.bulletin": ("季度数据通报", "Quarterly bulletin"),
    "planning.start": ("发起测算", "Start a projection"),
    "planning.name": ("测算名称", "Name"),
    "planning.base_year": ("基准年度", "Base year"),
    "planning.rule_set": ("待遇规则版本", "Benefit rule set"),
    "planning.employer": ("单位缴费（元/人·年）", "Employer (yuan per person-year)"),
    "planning.individual": ("个人缴费（元/人·年）", "Individual (yuan per person-year)"),
    "planning.subsidy": ("财政补助（元/人·年）", "Fiscal subsidy (yuan per person-year)"),
    "planning.insured_growth": ("参保人数增长（%）", "Insured growth (%)"),
    "planning.submit": ("开始测算", "Start"),
    "planning.compare": ("对比两个测算", "Compare two projections"),
    "planning.a": ("方案 A", "Projection A"),
    "planning.b": ("方案 B", "Projection B"),
    "planning.show": ("对比", "Compare"),
    "planning.status": ("状态", "Status"),
    "planning.progress": ("进度", "Progress"),
    "planning.created": ("发起时间", "Started"),
    "planning.city_result": ("全市收支结果", "City result"),
    "planning.city_exposure": ("全市财政兜底", "City finance exposure"),
    "planning.insured": ("参保人数", "Insured"),
    "planning.income": ("收入", "Income"),
    "planning.expenditure": ("支出", "Expenditure"),
    "planning.result": ("收支结果", "Result"),
    "planning.surplus_after": ("累计结余（测算后）", "Surplus after"),
    "planning.exposure": ("财政兜底", "Finance exposure"),
    "planning.difference": ("差额（B−A）", "Difference (B − A)"),
    "planning.compare_title": ("测算对比：{a} 与 {b}", "Projections side by side: {a} and {b}"),
    "planning.chart_result": ("各统筹区收支结果（A 与 B）", "Result per county (A and B)"),
    "planning.projection_title": ("测算：{name}", "Projection: {name}"),
    "planning.outputs": ("测算结果", "Outputs"),
    "planning.invalid_amount": ("金额或比例格式不正确：{field}", "Not a valid amount or percentage: {field}"),
    "planning.year": ("年度", "Year"),
    "planning.quarter": ("季度", "Quarter"),
    "planning.bulletin_title": ("{year} 年第 {quarter} 季度数据通报", "Bulletin of {year} Q{quarter}"),
    "planning.rank": ("排名", "Rank"),
    "planning.target": ("确保数", "Assured target"),
    "planning.vs_target": ("完成率", "Against target"),
    "planning.due": ("应缴保费", "Contributions due"),
    "planning.collected": ("已收保费", "Collected"),
    "planning.collected_rate": ("收缴率", "Collection rate"),
    "planning.applications": ("评估申请", "Applications"),
    "planning.on_time": ("评估及时率", "Assessed on time"),
    "planning.beneficiaries": ("享受待遇人数", "Beneficiaries"),
    "planning.spending": ("基金支出", "Spending"),
    "planning.home_share": ("居家上门占比", "Home visits' share"),
    "planning.balance": ("基金结余", "Fund balance"),
    "planning.notes": ("说明", "Notes"),
    "planning.status.queued": ("排队中", "queued"),
    "planning.status.running": ("测算中", "running"),
    "planning.status.succeeded": ("已完成", "succeeded"),
    "planning.status.failed": ("失败", "failed"),
    "planning.back": ("返回测算列表", "Back to the projections"),
    "planning.line.income_contribution_employer": ("单位缴费收入", "employer contributions"),
    "planning.line.income_contribution_individual": ("个人缴费收入", "individual contributions"),
    "planning.line.income_fiscal_subsidy": ("财政补助收入", "fiscal subsidy"),
    "planning.line.income_other": ("其他收入", "other income"),
    "planning.line.expense_home_visit": ("居家上门护理支出", "home visits"),
    "planning.line.expense_elderly_care_bed": ("养老机构护理支出", "elderly-care beds"),
    "planning.line.expense_medical_bed": ("医疗机构护理支出", "medical beds"),
    "planning.line.expense_family_care": ("家属护理支出", "family care"),
    "planning.line.expense_other": ("其他支出", "other expenses"),
})  # fmt: skip

PROJECTION_WRITERS = frozenset({Role.BUREAU})
"""Who sees the form to start a projection: the roles of ``settlement.projections.write``."""
RUNNING = ("queued", "running")
COMPARED = ("income_fen", "expenditure_fen", "result_fen", "finance_exposure_fen")
COMPARED_KEYS = {
    "income_fen": "planning.income", "expenditure_fen": "planning.expenditure",
    "result_fen": "planning.result", "finance_exposure_fen": "planning.exposure",
}  # fmt: skip
YUAN = re.compile(r"^\d{1,12}(\.\d{1,2})?$")


def rate(bp: int | None) -> Cell:
    """A share in basis points as a percentage: 12345 → ``123.45%`` (exact)."""
    if bp is None:
        return Cell("—", raw="")
    whole, rest = divmod(abs(bp), 100)
    text = f"{'-' if bp < 0 else ''}{whole}.{rest:02d}%"
    return Cell(text, raw=text)


def beijing_time(moment: str) -> str:
    """An API timestamp in Beijing time to the minute: ``2026-12-07T17:43:00Z`` → ``2026-12-08 01:43``."""
    local = dt.datetime.fromisoformat(moment).astimezone(dt.timezone(dt.timedelta(hours=8)))
    return f"{local:%Y-%m-%d %H:%M}"


def state(status: str, language: str) -> str:
    key = f"planning.status.{status}"
    return translate(key, language) if key in CATALOGUE else status


def line_text(line: str, language: str) -> str:
    key = f"planning.line.{line}"
    return translate(key, language) if key in CATALOGUE else line


async def county_names(api: Api) -> dict[str, str]:
    """Code → name of the accounting units, as far as the person may read them (codes alone otherwise)."""
    answer = await api.get("/api/v1/counties")
    if not answer.ok:
        return {}
    return {c["code"]: c["name"] for c in answer.json()["items"]}


def county_cell(code: str | None, names: dict[str, str], language: str) -> Cell:
    if code is None or code == "city":
        return Cell(translate("planning.city", language), raw="city")
    return Cell(f"{names.get(code, code)}（{code}）" if code in names else code, raw=code)


def refused(request: Request, viewer: Viewer, answer: Answer) -> Response:
    """The API's refusal or failure as a page: its status when it is the caller's (4xx: 403, 404, 409 a
    projection not finished, 422 a bad parameter), 503 when a source is unavailable, 502 otherwise."""
    status = answer.status if 400 <= answer.status < 500 or answer.status == 503 else 502
    if status == 403:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    message = translate("api_error", viewer.language, code=problem_text(answer))
    return render(request, "message.html", viewer.language, viewer, status=status, message=message)


def passthrough_csv(answer: Answer) -> Response:
    """The API's own CSV as it answered it (its media type and file name)."""
    keep = {k: v for k, v in answer.headers.items() if k in ("content-type", "content-disposition")}
    return Response(answer.body, status_code=answer.status, headers=keep)


# --- budget execution ---------------------------------------------------------------------------------------


def execution_tables(report: dict[str, Any], names: dict[str, str], language: str, m: str) -> list[Table]:
    t = functools.partial(translate, language=language)
    counties = Table(
        "execution", t("planning.execution_counties"),
        [t("planning.county"), t("planning.version"), t("planning.income_budget"),
         t("planning.income_actual"), t("planning.expense_budget"), t("planning.expense_actual"),
         t("planning.rate")],
        csv_href=f"/console/planning/execution/execution.csv?month={m}",
    )  # fmt: skip
    lines = Table(
        "execution-lines", t("planning.execution_lines"),
        [t("planning.county"), t("planning.line"), t("planning.budget"), t("planning.actual"),
         t("planning.rate"), t("planning.year_end")],
        csv_href=f"/console/planning/execution/execution-lines.csv?month={m}",
    )  # fmt: skip
    for c in [*report["counties"], report["city"]]:
        budget, actual = c["expense_budget_fen"], c["expense_actual_fen"]
        counties.rows.append([
            county_cell(c["county_code"], names, language), count(c["budget_version"]),
            money(c["income_budget_fen"]), money(c["income_actual_fen"]), money(budget), money(actual),
            rate(actual * 10_000 // budget if budget else None),
        ])  # fmt: skip
        for line in c["lines"]:
            first = county_cell(c["county_code"], names, language)
            first.raw = f"{c['county_code']}:{line['line']}"
            lines.rows.append([
                first, Cell(line_text(line["line"], language), raw=line["line"]),
                money(line["budget_fen"]), money(line["actual_fen"]), rate(line["execution_bp"]),
                money(line["projected_year_end_fen"]),
            ])  # fmt: skip
    return [counties, lines]


async def _execution(viewer: Viewer, month: str | None) -> tuple[Answer, dt.date]:
    first = month_of(month)
    return await viewer.api.get("/api/v1/budget-execution", {"month": f"{first:%Y-%m}"}), first


@router.get("/console/planning")
async def planning_page(request: Request, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer, first = await _execution(viewer, month)
    if not answer.ok:
        return refused(request, viewer, answer)
    m = f"{first:%Y-%m}"
    tables = execution_tables(answer.json(), await county_names(viewer.api), viewer.language, m)
    return render(request, "planning.html", viewer.language, viewer, month=first, tables=tables)


@router.get("/console/planning/budget-execution.csv")
async def execution_api_csv(request: Request, month: str | None = None) -> Response:
    """The API's own CSV of budget execution (``Accept: text/csv``), fetched as the signed-in person."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get(
        "/api/v1/budget-execution", {"month": f"{month_of(month):%Y-%m}"}, accept="text/csv"
    )
    return passthrough_csv(answer) if answer.ok else refused(request, viewer, answer)


@router.get("/console/planning/execution/{key}.csv")
async def execution_table_csv(request: Request, key: str, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if key not in ("execution", "execution-lines"):
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    answer, first = await _execution(viewer, month)
    if not answer.ok:
        return refused(request, viewer, answer)
    m = f"{first:%Y-%m}"
    [table] = [
        t
        for t in execution_tables(answer.json(), await county_names(viewer.api), viewer.language, m)
        if t.key == key
    ]
    return table.download(f"{key}-{m}.csv")


# --- projections --------------------------------------------------------------------------------------------


def projections_table(items: list[dict[str, Any]], language: str) -> Table:
    t = functools.partial(translate, language=language)
    table = Table(
        "projections", t("planning.projections"),
        [t("planning.name"), t("planning.base_year"), t("planning.rule_set"), t("planning.status"),
         t("planning.progress"), t("planning.created"), t("planning.city_result"),
         t("planning.city_exposure")],
        csv_href="/console/planning/projections.csv",
    )  # fmt: skip
    for p in items:
        table.rows.append([
            Cell(p["name"], href=f"/console/planning/projections/{p['id']}", raw=str(p["id"])),
            Cell(str(p["base_year"])), Cell(p["rule_set_version"]),
            Cell(state(p["status"], language), raw=p["status"]), rate(p["progress_bp"]),
            Cell(beijing_time(p["created_at"]), raw=p["created_at"]),
            money(p["city_result_fen"]), money(p["city_finance_exposure_fen"]),
        ])  # fmt: skip
    return table


async def _projections_page(request: Request, viewer: Viewer, status: int = 200, **context: Any) -> Response:
    answer = await viewer.api.get("/api/v1/projections", {"limit": 200})
    if not answer.ok:
        return refused(request, viewer, answer)
    items = answer.json()["items"]
    rule_sets: list[str] = []
    writer = viewer.role in PROJECTION_WRITERS
    if writer:
        rules = await viewer.api.get("/api/v1/benefit-rules")
        if rules.ok:
            rule_sets = [r["version"] for r in rules.json()["items"]]
    return render(
        request, "planning_projections.html", viewer.language, viewer, status=status,
        table=projections_table(items, viewer.language),
        finished=[p for p in items if p["status"] == "succeeded"],
        writer=writer, rule_sets=rule_sets, beijing_time=beijing_time, base_year=today().year - 1,
        form_token=uuid.uuid4().hex, **context,
    )  # fmt: skip


@router.get("/console/planning/projections")
async def projections_page(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    return await _projections_page(request, viewer)


@router.get("/console/planning/projections.csv")
async def projections_csv(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get("/api/v1/projections", {"limit": 200})
    if not answer.ok:
        return refused(request, viewer, answer)
    return projections_table(answer.json()["items"], viewer.language).download("projections.csv")


def fen_of(text: str) -> int | None:
    """Yuan as typed (``100``, ``100.5``, ``1,000.00``) → exact integer fen; None when it is not an amount."""
    cleaned = text.strip().replace(",", "").replace("，", "") or "0"
    if not YUAN.match(cleaned):
        return None
    return int(Decimal(cleaned) * 100)


def percent_of(text: str) -> str | None:
    cleaned = text.strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return str(value) if value.is_finite() else None


@router.post("/console/planning/projections")
async def start_projection(request: Request) -> Response:
    """Start a projection through ``POST /api/v1/projections`` (202) and go to its page, which shows its
    progress; the API's refusal (403, 422) is shown on the form with its code."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused_csrf := await csrf_refused(request, viewer)) is not None:
        return refused_csrf
    form = await request.form()
    values = {k: str(form.get(k, "")) for k in ("name", "base_year", "rule_set_version")}
    amounts = {k: fen_of(str(form.get(k, ""))) for k in ("employer", "individual", "fiscal_subsidy")}
    growth = percent_of(str(form.get("insured_growth", "")))
    bad = [k for k, v in amounts.items() if v is None] + ([] if growth is not None else ["insured_growth"])
    if bad:
        error = translate("planning.invalid_amount", viewer.language, field=", ".join(bad))
        return await _projections_page(request, viewer, status=422, error=error)
    body = {
        "name": values["name"],
        "base_year": int(values["base_year"]) if values["base_year"].isdigit() else values["base_year"],
        "rule_set_version": values["rule_set_version"],
        "contributions": [{
            "employer_fen": amounts["employer"], "individual_fen": amounts["individual"],
            "fiscal_subsidy_fen": amounts["fiscal_subsidy"],
        }],
        "growth": {"insured_pct": growth},
    }  # fmt: skip
    # the form's one-time token is the call's Idempotency-Key: a double click (or a resent form) starts one
    # projection, and the second answer is the first's
    token = str(form.get("form_token", "")) or uuid.uuid4().hex
    answer = await viewer.api.post(
        "/api/v1/projections", body, headers={"Idempotency-Key": f"console-projection:{token[:64]}"}
    )
    if answer.status == 202:
        return RedirectResponse(f"/console/planning/projections/{answer.json()['id']}", status_code=303)
    if answer.status == 403:
        return refused(request, viewer, answer)
    error = translate("api_error", viewer.language, code=problem_text(answer))
    return await _projections_page(request, viewer, status=answer.status, error=error)


def outputs_table(projection: dict[str, Any], names: dict[str, str], language: str) -> Table | None:
    outputs = projection.get("outputs")
    if not outputs:
        return None
    t = functools.partial(translate, language=language)
    table = Table(
        "outputs", t("planning.outputs"),
        [t("planning.county"), t("planning.insured"), t("planning.income"), t("planning.expenditure"),
         t("planning.result"), t("planning.surplus_after"), t("planning.exposure")],
    )  # fmt: skip
    for c in [*outputs["counties"], outputs["city"]]:
        table.rows.append([
            county_cell(c["county_code"], names, language), count(c["insured"]), money(c["income_fen"]),
            money(c["expenditure_fen"]), money(c["result_fen"]), money(c["surplus_after_fen"]),
            money(c["finance_exposure_fen"]),
        ])  # fmt: skip
    return table


async def _projection(request: Request, projection_id: str, template: str) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    try:
        uuid.UUID(projection_id)
    except ValueError:
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    answer = await viewer.api.get(f"/api/v1/projections/{projection_id}")
    if not answer.ok:
        return refused(request, viewer, answer)
    projection = answer.json()
    names = await county_names(viewer.api) if projection.get("outputs") else {}
    return render(
        request, template, viewer.language, viewer, projection=projection,
        running=projection["status"] in RUNNING,
        beijing_time=beijing_time, status_word=state(projection["status"], viewer.language),
        progress=rate(projection["progress_bp"]).text,
        outputs=outputs_table(projection, names, viewer.language),
    )  # fmt: skip


@router.get("/console/planning/projections/{projection_id}")
async def projection_page(request: Request, projection_id: str) -> Response:
    return await _projection(request, projection_id, "planning_projection.html")


@router.get("/console/planning/projections/{projection_id}/progress")
async def projection_progress(request: Request, projection_id: str) -> Response:
    """The small fragment the projection's page polls every second (htmx) while it is queued or running;
    once done it answers without the trigger, and the polling stops."""
    return await _projection(request, projection_id, "planning_progress.html")


def comparison_table(comparison: dict[str, Any], names: dict[str, str], language: str) -> Table:
    t = functools.partial(translate, language=language)
    headers = [t("planning.county"), f"{t('planning.insured')} A", f"{t('planning.insured')} B"]
    for key in COMPARED:
        label = t(COMPARED_KEYS[key])
        headers += [f"{label} A", f"{label} B", f"{label} {t('planning.difference')}"]
    a, b = comparison["a"]["id"], comparison["b"]["id"]
    table = Table(
        "comparison", t("planning.compare"), headers, csv_href=f"/console/planning/compare.csv?a={a}&b={b}"
    )
    for line in comparison["lines"]:
        row = [
            county_cell(line["county_code"], names, language),
            count(line["a"].get("insured")),
            count(line["b"].get("insured")),
        ]
        for key in COMPARED:
            row += [money(line["a"].get(key)), money(line["b"].get(key)), money(line["difference"].get(key))]
        table.rows.append(row)
    return table


def comparison_chart(comparison: dict[str, Any], names: dict[str, str], language: str) -> dict[str, Any]:
    counties = [line for line in comparison["lines"] if line["county_code"] is not None]
    return {
        "counties": [names.get(line["county_code"], line["county_code"]) for line in counties],
        "a_label": f"A · {comparison['a']['name']}",
        "b_label": f"B · {comparison['b']['name']}",
        "a_fen": [line["a"].get("result_fen", 0) for line in counties],
        "b_fen": [line["b"].get("result_fen", 0) for line in counties],
    }


@router.get("/console/planning/compare")
async def compare_page(request: Request, a: str = "", b: str = "") -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get("/api/v1/projections/compare", {"a": a, "b": b})
    if not answer.ok:
        return refused(request, viewer, answer)
    comparison = answer.json()
    names = await county_names(viewer.api)
    return render(
        request, "planning_compare.html", viewer.language, viewer, comparison=comparison,
        table=comparison_table(comparison, names, viewer.language),
        chart=comparison_chart(comparison, names, viewer.language),
    )  # fmt: skip


@router.get("/console/planning/compare.csv")
async def compare_csv(request: Request, a: str = "", b: str = "") -> Response:
    """The API's own CSV of the comparison (``Accept: text/csv``)."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get("/api/v1/projections/compare", {"a": a, "b": b}, accept="text/csv")
    return passthrough_csv(answer) if answer.ok else refused(request, viewer, answer)


# --- the quarterly bulletin ---------------------------------------------------------------------------------


def quarter_of(year: int | None, quarter: int | None) -> tuple[int, int]:
    """The quarter asked for, else the last one that has ended (the bulletin is of a finished quarter)."""
    if year is not None and quarter is not None:
        return year, quarter
    now = today()
    current = (now.month - 1) // 3 + 1
    return (now.year, current - 1) if current > 1 else (now.year - 1, 4)


def bulletin_table(report: dict[str, Any], names: dict[str, str], language: str) -> Table:
    t = functools.partial(translate, language=language)
    year, quarter = report["year"], report["quarter"]
    table = Table(
        "bulletin", t("planning.bulletin_title", year=year, quarter=quarter),
        [t("planning.county"), t("planning.rank"), t("planning.insured"), t("planning.target"),
         t("planning.vs_target"), t("planning.due"), t("planning.collected"), t("planning.collected_rate"),
         t("planning.applications"), t("planning.on_time"), t("planning.beneficiaries"),
         t("planning.spending"), t("planning.home_share"), t("planning.balance"),
         t("planning.expense_budget"), t("planning.expense_actual"), t("planning.rate")],
        csv_href=f"/console/planning/bulletin.csv?year={year}&quarter={quarter}",
    )  # fmt: skip
    for c in [*report["counties"], report["city"]]:
        table.rows.append([
            county_cell(c["county_code"], names, language), count(c["rank"]), count(c["insured"]),
            count(c["target_assured"]), rate(c["insured_vs_assured_bp"]), money(c["contributions_due_fen"]),
            money(c["contributions_collected_fen"]), rate(c["contributions_collected_bp"]),
            count(c["applications"]), rate(c["assessments_on_time_bp"]), count(c["beneficiaries"]),
            money(c["spending_fen"]), rate(c["home_visit_bp"]), money(c["fund_balance_fen"]),
            money(c["expense_budget_fen"]), money(c["expense_actual_fen"]), rate(c["budget_execution_bp"]),
        ])  # fmt: skip
    return table


@router.get("/console/planning/bulletin")
async def bulletin_page(request: Request, year: int | None = None, quarter: int | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    y, q = quarter_of(year, quarter)
    answer = await viewer.api.get("/api/v1/reports/quarterly", {"year": y, "quarter": q})
    if not answer.ok:
        return refused(request, viewer, answer)
    report = answer.json()
    return render(
        request, "planning_bulletin.html", viewer.language, viewer, report=report, year=y, quarter=q,
        table=bulletin_table(report, await county_names(viewer.api), viewer.language),
    )  # fmt: skip


@router.get("/console/planning/bulletin.csv")
async def bulletin_csv(request: Request, year: int | None = None, quarter: int | None = None) -> Response:
    """The API's own CSV of the bulletin (``format=csv``)."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    y, q = quarter_of(year, quarter)
    answer = await viewer.api.get("/api/v1/reports/quarterly", {"year": y, "quarter": q, "format": "csv"})
    return passthrough_csv(answer) if answer.ok else refused(request, viewer, answer)
