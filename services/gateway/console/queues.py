"""A contractor's work queues (经办工作台), limited to its counties by the API itself: applications waiting
for a panel, on-site visits due with their working-day deadlines, records sampled for first and second review
(approve / reject with a reason, in bulk), open disputes, and the settlement of a month (run it, review its
totals, record the payout).

Every list is what the public API answers to the signed-in person (``viewer.api``): the API scopes it to the
contractor's counties, and an id of another county answers 404 here as it does there. The console only
filters by state (which sampled records still wait for which review), never by scope. Every POST checks the
form's CSRF token and shows the API's problem on the page; the audit is the API's own (the in-process call).

A month's settlement may take a while: the console starts the settlement-run POST in the background (one
``Idempotency-Key`` per form) and the page polls a small fragment until it is done. A payout carries an
``Idempotency-Key`` made from the form's one-time token, so a double click replays the first payout instead
of paying twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import hmac
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from services.gateway.console import i18n
from services.gateway.console.calls import Answer, Api, ApiFailed, fetch
from services.gateway.console.i18n import mode_text, status_text, translate, yuan
from services.gateway.console.sessions import Viewer, viewer_of
from services.gateway.console.tables import Cell, Table, count, day, money
from services.gateway.console.web import (
    api_failure,
    csrf_refused,
    month_of,
    problem_text,
    render,
    to_sign_in,
    today,
)
from shared.errors import Unprocessable
from shared.money import yuan_to_fen
from shared.principal import Role

router = APIRouter(include_in_schema=False)

i18n.register({
    "queues.title": ("经办工作台", "Work queues"),
    "queues.intro": ("以下各队列只列出本机构负责的统筹区。", "Each queue lists your counties only."),
    "queues.panels": ("待抽取评估专家", "Applications waiting for a panel"),
    "queues.panels_hint": ("已受理、尚未抽取专家组的评估申请。",
                           "Applications received, no panel drawn yet."),
    "queues.visits": ("待上门评估", "On-site visits due"),
    "queues.visits_hint": ("现场评估的办结时限（工作日），最早到期的在前。",
                           "On-site assessments by their working-day deadline, soonest first."),
    "queues.reviews_first": ("抽查初审", "Sampled records: first review"),
    "queues.reviews_second": ("抽查复核", "Sampled records: second review"),
    "queues.reviews_hint": ("抽取的服务记录，勾选后批量通过或不通过；不通过须填写原因。",
                            "Records sampled for review: tick them, then approve or reject together; "
                            "a rejection needs a reason."),
    "queues.disputes": ("待处理申诉", "Open disputes"),
    "queues.disputes_hint": ("机构对扣减提出的申诉，逐件维持或驳回。",
                             "Institutions' disputes of deductions: uphold or reject each."),
    "queues.settlement": ("月度结算", "Settlement of a month"),
    "queues.settlement_hint": ("结算一个统筹区的月份，核对合计并登记拨付。",
                               "Settle a county's month, review its totals, record the payouts."),
    "queues.county": ("统筹区", "County"),
    "queues.all_counties": ("全部统筹区", "All my counties"),
    "queues.month": ("月份", "Month"),
    "queues.show": ("查看", "Show"),
    "queues.application": ("申请", "Application"),
    "queues.person": ("参保人", "Person"),
    "queues.kind": ("类型", "Kind"),
    "queues.status": ("状态", "Status"),
    "queues.received": ("受理日期", "Received"),
    "queues.due": ("现场评估时限", "On-site deadline"),
    "queues.days_left": ("剩余工作日", "Working days left"),
    "queues.left": ("剩 {n} 个工作日", "{n} working days left"),
    "queues.overdue_by": ("已超期 {n} 个工作日", "overdue by {n} working days"),
    "queues.due_today": ("今日到期", "due today"),
    "queues.overdue": ("已超期", "Overdue"),
    "queues.draw": ("抽取专家组", "Draw the panel"),
    "queues.draw_record": ("抽取记录", "Draw record"),
    "queues.drawn": ("已抽取专家组。", "The panel is drawn."),
    "queues.draw_title": ("专家抽取记录", "Panel draw record"),
    "queues.seed": ("随机种子", "Seed"),
    "queues.algorithm": ("算法", "Algorithm"),
    "queues.panel": ("专家组", "Panel"),
    "queues.candidates": ("候选专家", "Candidates"),
    "queues.exclusions": ("回避及排除", "Exclusions"),
    "queues.replay": ("复现结果一致", "Replay matches"),
    "queues.drawn_on": ("抽取日期", "Drawn on"),
    "queues.drawn_by": ("抽取人", "Drawn by"),
    "queues.record": ("记录", "Record"),
    "queues.institution": ("机构", "Institution"),
    "queues.care_mode": ("服务方式", "Care mode"),
    "queues.service_date": ("服务日期", "Service date"),
    "queues.claimed": ("申报金额", "Claimed"),
    "queues.sampled_by": ("抽样方式", "Sampled by"),
    "queues.first_review": ("初审", "First review"),
    "queues.select": ("选择", "Select"),
    "queues.select_record": ("选择记录 {id}", "Select record {id}"),
    "queues.sample": ("抽取样本", "Draw a sample"),
    "queues.method": ("抽样方法", "Method"),
    "queues.method.random": ("随机比例", "Random share"),
    "queues.method.amount_above": ("金额超过", "Amount above"),
    "queues.method.deviation": ("偏离机构常规", "Unusual for the institution"),
    "queues.share": ("比例（%）", "Share (%)"),
    "queues.threshold": ("金额阈值（元）", "Threshold (yuan)"),
    "queues.sampled": ("从 {candidates} 条记录中抽取了 {picked} 条。",
                       "{picked} of {candidates} records sampled."),
    "queues.approve": ("批量通过", "Approve selected"),
    "queues.reject": ("批量不通过", "Reject selected"),
    "queues.reason_code": ("不通过原因", "Rejection reason"),
    "queues.reason_note": ("说明", "Note"),
    "queues.reason.NO_SIGNATURE": ("缺少服务对象签字", "No signature of the person served"),
    "queues.reason.NOT_DELIVERED": ("服务未实际提供", "Service not delivered"),
    "queues.reason.DURATION_SHORT": ("服务时长不足", "Visit too short"),
    "queues.reason.ITEMS_MISMATCH": ("服务项目与记录不符", "Items do not match the record"),
    "queues.reason.OTHER": ("其他", "Other"),
    "queues.nothing_selected": ("请先勾选记录。", "Select records first."),
    "queues.reason_needed": ("不通过须选择原因并填写说明。", "A rejection needs a reason and a note."),
    "queues.outcomes": ("处理结果", "Outcome of each record"),
    "queues.outcome": ("结果", "Outcome"),
    "queues.outcome.approved": ("已通过", "approved"),
    "queues.outcome.rejected": ("已不通过", "rejected"),
    "queues.outcome.failed": ("未处理：{why}", "not done: {why}"),
    "queues.batch_refused": ("接口整批拒绝（{why}），已逐条重新提交。",
                             "The API refused the batch ({why}); each record was sent on its own."),
    "queues.none_waiting": ("没有待处理的记录。", "Nothing is waiting."),
    "queues.dispute": ("申诉", "Dispute"),
    "queues.dispute_reason": ("申诉理由", "Why disputed"),
    "queues.raised": ("提出时间", "Raised"),
    "queues.deducted": ("扣减", "Deducted"),
    "queues.reasons": ("扣减原因", "Reason codes"),
    "queues.decide": ("处理", "Decide"),
    "queues.uphold": ("维持申诉（补付）", "Uphold (pay back)"),
    "queues.reject_dispute": ("驳回申诉", "Reject"),
    "queues.decision_reason": ("处理理由", "Reason"),
    "queues.adjustment": ("补付金额（元，可空）", "Adjustment (yuan, optional)"),
    "queues.decided": ("已处理申诉。", "The dispute is decided."),
    "queues.open_disputes": ("本统筹区待处理申诉 {n} 件（各月，最早提出的在前）。",
                             "{n} open disputes of the county (every month, the oldest first)."),
    "queues.scan_cut": ("待处理申诉较多，仅显示最早的 {n} 件。",
                        "Many open disputes: the oldest {n} are shown."),
    "queues.run": ("开始结算", "Settle the month"),
    "queues.running": ("正在结算 {county} {month}……已用 {seconds} 秒",
                       "Settling {county} {month}… {seconds} s"),
    "queues.run_done": ("结算完成。", "Settled."),
    "queues.runs_of_month": ("本月结算", "Settlement runs of the month"),
    "queues.run_title": ("结算 {county} {month}", "Settlement {county} {month}"),
    "queues.run_status": ("状态", "Status"),
    "queues.records": ("记录数", "Records"),
    "queues.net_payable": ("应付净额", "Net payable"),
    "queues.paid_out": ("已拨付", "Paid out"),
    "queues.outstanding": ("待拨付", "Still to pay"),
    "queues.fund_payable": ("基金支付", "Fund payable"),
    "queues.person_share": ("个人负担", "Person's share"),
    "queues.adjustments": ("申诉补付", "Adjustments"),
    "queues.deposit": ("暂扣保证金", "Deposit withheld"),
    "queues.recoveries": ("追回抵扣", "Recoveries netted"),
    "queues.totals": ("结算合计", "Totals"),
    "queues.by_reason": ("按原因扣减", "Deducted by reason"),
    "queues.reason": ("原因", "Reason"),
    "queues.amount": ("金额", "Amount"),
    "queues.statements": ("各机构结算单", "Per institution"),
    "queues.payout": ("登记拨付", "Record the payout"),
    "queues.paid_on": ("拨付日期", "Paid on"),
    "queues.reference": ("银行流水号", "Bank reference"),
    "queues.pay": ("登记", "Record"),
    "queues.paid": ("已登记拨付 {amount}（{reference}）。", "Payout of {amount} recorded ({reference})."),
    "queues.paid_replayed": ("该拨付已登记过（重复提交未重复支付）：{amount}（{reference}）。",
                             "This payout was recorded already (the repeat paid nothing): {amount} "
                             "({reference})."),
    "queues.open_run": ("查看结算", "Open the run"),
    "queues.item": ("项目", "Item"),
    "queues.value": ("数值", "Value"),
    "queues.status.submitted": ("已提交", "submitted"),
    "queues.status.accepted": ("已受理", "accepted"),
    "queues.status.objected": ("异议复评", "objected"),
    "queues.status.open": ("待处理", "open"),
    "queues.status.upheld": ("已维持", "upheld"),
    "queues.status.rejected": ("已驳回", "rejected"),
})  # fmt: skip

REASON_CODES = ("NO_SIGNATURE", "NOT_DELIVERED", "DURATION_SHORT", "ITEMS_MISMATCH", "OTHER")
"""The console's reasons for rejecting a sampled record; the API stores ``CODE: note`` as the reason."""
VISIT_STATUSES = ("accepted", "panel_drawn", "objected")
"""The states in which the on-site visit is due (assessment's ``AWAITING_VISIT``)."""
PAGES = ("panels", "visits", "reviews", "disputes", "settlement")
DISPUTES_LIMIT = 200
"""At most this many open disputes of a county are shown at once, oldest first (``GET /disputes``)."""


def _t(language: str) -> Callable[..., str]:
    return functools.partial(translate, language=language)


def _status(status: str, language: str) -> str:
    key = f"queues.status.{status}"
    return translate(key, language) if key in i18n.CATALOGUE else status_text(status, language)


async def _contractor(request: Request) -> Viewer | Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role is not Role.CONTRACTOR:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    return viewer


async def _counties(viewer: Viewer) -> list[tuple[str, str]]:
    """The viewer's counties as (code, name) for the pickers; which data a page shows is the API's call."""
    answer = await viewer.api.get("/api/v1/counties")
    names = {c["code"]: c["name"] for c in answer.json()["items"]} if answer.ok else {}
    codes = list(viewer.user.county_codes) or sorted(names)
    return [(code, names.get(code, code)) for code in codes]


def _default_month() -> dt.date:
    """The month before this one: a month is settled and reviewed after it ends."""
    first = today().replace(day=1)
    return (first - dt.timedelta(days=1)).replace(day=1)


def _month(value: str | None) -> dt.date:
    return month_of(value) if value else _default_month()


def _county(value: str | None, counties: list[tuple[str, str]], required: bool) -> str | None:
    if value:
        return value  # any code: the API decides whether the viewer may see it
    return counties[0][0] if required and counties else None


def _query(**values: str | None) -> str:
    return urlencode({k: v for k, v in values.items() if v})


def basis_points(percent: str) -> int:
    """A share typed as a percentage with at most two decimals (``12.5``) in basis points (1250), exactly."""
    return yuan_to_fen(percent.replace("%", "").strip() or "0")  # both are hundredths: 1 % = 100 bp


# --- working days -------------------------------------------------------------------------------------------


async def _calendar(api: Api, year: int, cache: dict[int, tuple[set[dt.date], set[dt.date]] | None]) -> Any:
    if year not in cache:
        answer = await api.get(f"/api/v1/working-calendars/{year}")
        if answer.ok:
            body = answer.json()
            cache[year] = (
                {dt.date.fromisoformat(d["date"]) for d in body["holidays"]},
                {dt.date.fromisoformat(d["date"]) for d in body["makeup_workdays"]},
            )
        else:
            cache[year] = None  # no calendar for the year: Monday to Friday
    return cache[year]


async def working_days_left(
    api: Api, since: dt.date, due: dt.date, cache: dict[int, tuple[set[dt.date], set[dt.date]] | None]
) -> int:
    """Working days from ``since`` to ``due`` (the deadline counts, ``since`` does not), by the bureau's
    working calendar (holidays off, make-up workdays on); negative once the deadline is past."""
    sign = 1 if due >= since else -1
    lo, hi = (since, due) if sign == 1 else (due, since)
    n = 0
    day_ = lo + dt.timedelta(days=1)
    while day_ <= hi:
        found = await _calendar(api, day_.year, cache)
        holidays, makeup = found if found is not None else (set(), set())
        if day_ in makeup or (day_.weekday() < 5 and day_ not in holidays):
            n += 1
        day_ += dt.timedelta(days=1)
    return sign * n


# --- the queues' tables -------------------------------------------------------------------------------------


@dataclass
class QueuePage:
    key: str
    tables: list[Table]
    county: str | None
    month: dt.date | None
    extra: dict[str, Any] = field(default_factory=dict)


async def _applications(api: Api, county: str | None, statuses: tuple[str, ...]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for status in statuses:
        cursor = None
        while True:
            page = await fetch(
                api,
                "/api/v1/assessment-applications",
                {"status": status, "county_code": county, "limit": 200, "cursor": cursor},
            )
            found += page["items"]
            cursor = page.get("next_cursor")
            if not cursor or len(found) >= 2000:
                break
    return found


async def panels_page(viewer: Viewer, county: str | None) -> QueuePage:
    t = _t(viewer.language)
    lang = viewer.language
    table = Table(
        "panels", t("queues.panels"),
        [t("queues.application"), t("queues.person"), t("queues.county"), t("queues.kind"),
         t("queues.status"), t("queues.received"), t("queues.due")],
        csv_href=f"/console/queues/panels/panels.csv?{_query(county=county)}",
    )  # fmt: skip
    waiting = [a for a in await _applications(viewer.api, county, ("accepted",)) if not a["draws"]]
    waiting.sort(key=lambda a: (a["received_on"], a["id"]))
    for a in waiting:
        table.rows.append([
            Cell(str(a["id"])[:8], raw=str(a["id"])), Cell(a["person_id"]), Cell(a["county_code"]),
            Cell(a["kind"]), Cell(_status(a["status"], lang), raw=a["status"]),
            day(a["received_on"], lang), day(a["onsite_due_on"], lang),
        ])  # fmt: skip
    return QueuePage("panels", [table], county, None)


async def visits_page(viewer: Viewer, county: str | None) -> QueuePage:
    t = _t(viewer.language)
    lang = viewer.language
    table = Table(
        "visits", t("queues.visits"),
        [t("queues.application"), t("queues.person"), t("queues.county"), t("queues.status"),
         t("queues.received"), t("queues.due"), t("queues.days_left"), t("queues.overdue")],
        csv_href=f"/console/queues/visits/visits.csv?{_query(county=county)}",
    )  # fmt: skip
    due = [a for a in await _applications(viewer.api, county, VISIT_STATUSES) if a["onsite_due_on"]]
    due.sort(key=lambda a: (a["onsite_due_on"], a["received_on"], a["id"]))
    cache: dict[int, tuple[set[dt.date], set[dt.date]] | None] = {}
    now = today()
    for a in due:
        deadline = dt.date.fromisoformat(a["onsite_due_on"])
        left = await working_days_left(viewer.api, now, deadline, cache)
        if a["overdue"]:
            text = t("queues.overdue_by", n=max(-left, 0)) if left < 0 else t("queues.overdue")
        elif left == 0:
            text = t("queues.due_today")
        else:
            text = t("queues.left", n=left)
        first = Cell(str(a["id"])[:8], raw=str(a["id"]), flag="overdue" if a["overdue"] else None)
        table.rows.append([
            first, Cell(a["person_id"]), Cell(a["county_code"]),
            Cell(_status(a["status"], lang), raw=a["status"]),
            day(a["received_on"], lang), day(a["onsite_due_on"], lang),
            Cell(text, raw=str(left), flag="overdue" if a["overdue"] else None),
            Cell(t("queues.overdue") if a["overdue"] else "", raw="true" if a["overdue"] else "false",
                 flag="overdue" if a["overdue"] else None),
        ])  # fmt: skip
    return QueuePage("visits", [table], county, None)


async def _records(api: Api, county: str, month: dt.date, check: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = await fetch(
            api,
            "/api/v1/service-records",
            {
                "county_code": county,
                "month": f"{month:%Y-%m}",
                "check": check,
                "limit": 500,
                "cursor": cursor,
            },
        )
        found += page["items"]
        cursor = page.get("next_cursor")
        if not cursor or len(found) >= 5000:
            return found


def waiting_for(stage: str, record: dict[str, Any]) -> bool:
    """A sampled, unsettled record waits for its first review until it has one, then for its second."""
    if record["settlement_run_id"] is not None or record["second_review"] is not None:
        return False
    return (record["first_review"] is None) if stage == "first" else (record["first_review"] is not None)


async def reviews_page(viewer: Viewer, county: str, month: dt.date, stage: str) -> QueuePage:
    t = _t(viewer.language)
    lang = viewer.language
    headers = [t("queues.record"), t("queues.institution"), t("queues.care_mode"), t("queues.service_date"),
               t("queues.claimed"), t("queues.sampled_by")]  # fmt: skip
    if stage == "second":
        headers += [t("queues.first_review")]
    table = Table(
        f"reviews-{stage}", t(f"queues.reviews_{stage}"), headers,
        csv_href=f"/console/queues/reviews/reviews-{stage}.csv?"
        f"{_query(county=county, month=f'{month:%Y-%m}', stage=stage)}",
    )  # fmt: skip
    records = [r for r in await _records(viewer.api, county, month, "sampled") if waiting_for(stage, r)]
    for r in records:
        row = [
            Cell(f"{r['id']}（{r['record_id']}）", raw=str(r["id"])), Cell(r["institution_id"]),
            Cell(mode_text(r["care_mode"], lang), raw=r["care_mode"]), day(r["service_date"], lang),
            money(r["amount_claimed_fen"]),
            Cell(t(f"queues.method.{r['sampled_for_review']}"), raw=r["sampled_for_review"]),
        ]  # fmt: skip
        if stage == "second":
            text = f"{t('queues.outcome.' + r['first_review'])} · {r['first_reviewer']}"
            if r["first_review_reason"]:
                text += f" · {r['first_review_reason']}"
            row.append(
                Cell(text, raw=f"{r['first_review']}|{r['first_reviewer']}|{r['first_review_reason'] or ''}")
            )
        table.rows.append(row)
    return QueuePage(f"reviews-{stage}", [table], county, month, {"stage": stage})


async def disputes_page(viewer: Viewer, county: str, month: dt.date) -> QueuePage:
    t = _t(viewer.language)
    lang = viewer.language
    table = Table(
        "disputes", t("queues.disputes"),
        [t("queues.dispute"), t("queues.record"), t("queues.institution"), t("queues.care_mode"),
         t("queues.reasons"), t("queues.deducted"), t("queues.dispute_reason"), t("queues.raised")],
        csv_href=f"/console/queues/disputes/disputes.csv?{_query(county=county, month=f'{month:%Y-%m}')}",
    )  # fmt: skip
    opened: list[dict[str, Any]] = []
    cursor: str | None = None
    while len(opened) < DISPUTES_LIMIT:
        found = await fetch(
            viewer.api, "/api/v1/disputes",
            {"county_code": county, "status": "open", "limit": 100, "cursor": cursor},
        )  # fmt: skip
        opened += found["items"]
        cursor = found.get("next_cursor")
        if not cursor:
            break
    for d in opened[:DISPUTES_LIMIT]:  # each with its record's deduction: no call per record
        record = str(d["service_record_id"])
        table.rows.append([
            Cell(str(d["id"])[:8], raw=f"{record}/{d['id']}"), Cell(record, raw=record),
            Cell(d["institution_id"]), Cell(mode_text(d["care_mode"], lang), raw=d["care_mode"]),
            Cell("、".join(d["reason_codes"]) or "—", raw=",".join(d["reason_codes"])),
            money(d["deducted_fen"]), Cell(d["reason"]), day(d["raised_at"], lang),
        ])  # fmt: skip
    notes = [t("queues.open_disputes", n=len(opened[:DISPUTES_LIMIT]))]
    if cursor and len(opened) >= DISPUTES_LIMIT:
        notes.append(t("queues.scan_cut", n=DISPUTES_LIMIT))
    return QueuePage("disputes", [table], county, month, {"notes": notes})


async def _month_runs(api: Api, county: str, month: dt.date) -> list[dict[str, Any]]:
    """The month's runs of the county, found through its institutions' statements (the API has no list of
    runs): the settled one and any it superseded."""
    institutions: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = await fetch(api, "/api/v1/institutions", {"limit": 500, "cursor": cursor})
        institutions += [i for i in page["items"] if i["county_code"] == county]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    runs: dict[str, dict[str, Any]] = {}
    for institution in institutions:
        found = await fetch(
            api, f"/api/v1/institutions/{institution['id']}/statements", {"month": f"{month:%Y-%m}"}
        )
        for statement in found["items"]:
            if statement["run_id"] not in runs:
                runs[statement["run_id"]] = await fetch(api, f"/api/v1/settlement-runs/{statement['run_id']}")
    return sorted(runs.values(), key=lambda r: r["created_at"], reverse=True)


def run_tables(run: dict[str, Any], language: str) -> list[Table]:
    """A run's totals (claimed, deducted, net payable and the lines between), its deductions by reason
    summed over its statements, and each institution's statement with what was paid out against it so far
    (its ``paid_fen``) and what is still to pay: the API's figures, to the fen."""
    t = _t(language)
    base = f"/console/queues/settlement/runs/{run['id']}"
    totals = Table(
        "totals", t("queues.totals"), [t("queues.item"), t("queues.amount")], csv_href=f"{base}/totals.csv"
    )
    for key, label in (
        ("claimed_fen", "queues.claimed"), ("deducted_fen", "queues.deducted"),
        ("fund_payable_fen", "queues.fund_payable"), ("person_share_fen", "queues.person_share"),
        ("adjustments_fen", "queues.adjustments"), ("deposit_withheld_fen", "queues.deposit"),
        ("recoveries_netted_fen", "queues.recoveries"), ("net_payable_fen", "queues.net_payable"),
    ):  # fmt: skip
        totals.rows.append([Cell(t(label), raw=key), money(run[key])])
    by_reason: dict[str, int] = {}
    for s in run["statements"]:
        for reason, fen in s["deducted_by_reason"].items():
            by_reason[reason] = by_reason.get(reason, 0) + fen
    reasons = Table(
        "by-reason",
        t("queues.by_reason"),
        [t("queues.reason"), t("queues.amount")],
        csv_href=f"{base}/by-reason.csv",
    )
    for reason, fen in sorted(by_reason.items()):
        reasons.rows.append([Cell(reason, raw=reason), money(fen)])
    statements = Table(
        "statements", t("queues.statements"),
        [t("queues.institution"), t("queues.records"), t("queues.claimed"), t("queues.deducted"),
         t("queues.by_reason"), t("queues.adjustments"), t("queues.deposit"), t("queues.recoveries"),
         t("queues.net_payable"), t("queues.paid_out"), t("queues.outstanding")],
        csv_href=f"{base}/statements.csv",
    )  # fmt: skip
    for s in sorted(run["statements"], key=lambda s: s["institution_id"]):
        text = "; ".join(f"{r} {yuan(f)}" for r, f in sorted(s["deducted_by_reason"].items()))
        statements.rows.append([
            Cell(s["institution_id"], raw=s["institution_id"]), count(s["records"]), money(s["claimed_fen"]),
            money(s["deducted_fen"]), Cell(text or "—", raw=text), money(s["adjustments_fen"]),
            money(s["deposit_withheld_fen"]), money(s["recoveries_netted_fen"]), money(s["net_payable_fen"]),
            money(s["paid_fen"]), money(s["net_payable_fen"] - s["paid_fen"]),
        ])  # fmt: skip
    return [totals, reasons, statements]


def runs_table(runs: list[dict[str, Any]], county: str, month: dt.date, language: str) -> Table:
    t = _t(language)
    table = Table(
        "runs", t("queues.runs_of_month"),
        [t("queues.run_status"), t("queues.raised"), t("queues.records"), t("queues.claimed"),
         t("queues.deducted"), t("queues.net_payable")],
        csv_href=f"/console/queues/settlement/runs.csv?{_query(county=county, month=f'{month:%Y-%m}')}",
    )  # fmt: skip
    for run in runs:
        table.rows.append([
            Cell(_status(run["status"], language), raw=str(run["id"]),
                 href=f"/console/queues/settlement/runs/{run['id']}"),
            day(run["created_at"], language), count(run["records"]), money(run["claimed_fen"]),
            money(run["deducted_fen"]), money(run["net_payable_fen"]),
        ])  # fmt: skip
    return table


# --- rendering ----------------------------------------------------------------------------------------------


async def _show(
    request: Request,
    viewer: Viewer,
    build: Callable[[], Awaitable[QueuePage]],
    template: str,
    status: int = 200,
    **context: Any,
) -> Response:
    try:
        page = await build()
        counties = await _counties(viewer)
    except ApiFailed as failed:
        return api_failure(request, viewer, failed)
    return render(
        request, template, viewer.language, viewer, status=status, page=page, counties=counties,
        reason_codes=REASON_CODES, form_token=secrets.token_urlsafe(16), **context,
    )  # fmt: skip


def _not_found(request: Request, viewer: Viewer) -> HTMLResponse:
    return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")


def _failed(answer: Answer) -> int:
    return answer.status if 400 <= answer.status < 500 else 502


# --- pages --------------------------------------------------------------------------------------------------


@router.get("/console/queues")
async def queues_home(request: Request) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    return render(request, "queues_home.html", viewer.language, viewer, counties=await _counties(viewer))


@router.get("/console/queues/panels")
async def panels(request: Request, county: str | None = None) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    return await _show(request, viewer, lambda: panels_page(viewer, county or None), "queues_panels.html")


@router.post("/console/queues/panels/{application_id}/draw")
async def draw_panel(request: Request, application_id: str) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    token = str(form.get("form_token", "")) or secrets.token_urlsafe(16)
    answer = await viewer.api.post(
        f"/api/v1/assessment-applications/{application_id}/panel-draws",
        {},
        headers={"Idempotency-Key": f"console-draw:{token}"},
    )
    if answer.ok:
        return RedirectResponse(
            f"/console/queues/panels/draws/{answer.json()['id']}?drawn=1", status_code=303
        )
    county = str(form.get("county", "")) or None
    return await _show(
        request, viewer, lambda: panels_page(viewer, county), "queues_panels.html",
        status=_failed(answer), error=problem_text(answer),
    )  # fmt: skip


@router.get("/console/queues/panels/draws/{draw_id}")
async def draw_record(request: Request, draw_id: str, drawn: str | None = None) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    answer = await viewer.api.get(f"/api/v1/panel-draws/{draw_id}")
    if answer.status in (404, 422):
        return _not_found(request, viewer)
    if not answer.ok:
        return api_failure(request, viewer, ApiFailed(answer))
    notice = translate("queues.drawn", viewer.language) if drawn else None
    return render(request, "queues_draw.html", viewer.language, viewer, draw=answer.json(), notice=notice)


@router.get("/console/queues/visits")
async def visits(request: Request, county: str | None = None) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    return await _show(request, viewer, lambda: visits_page(viewer, county or None), "queues_visits.html")


@router.get("/console/queues/reviews")
async def reviews(
    request: Request, county: str | None = None, month: str | None = None, stage: str = "first"
) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if stage not in ("first", "second"):
        return _not_found(request, viewer)
    code = _county(county, await _counties(viewer), required=True) or ""
    return await _show(
        request, viewer, lambda: reviews_page(viewer, code, _month(month), stage), "queues_reviews.html"
    )


@router.post("/console/queues/reviews/sample")
async def sample(request: Request) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    county, month = str(form.get("county", "")), _month(str(form.get("month", "")))
    method = str(form.get("method", "random"))
    body: dict[str, Any] = {"county_code": county, "month": f"{month:%Y-%m}", "method": method}
    error = None
    try:
        if method == "random":
            body["share_bp"] = basis_points(str(form.get("share", "")))
        elif method == "amount_above":
            body["threshold_fen"] = yuan_to_fen(str(form.get("threshold", "")).replace(",", "").strip())
    except Unprocessable as problem:
        error = f"{problem.code}: {problem.detail}"
    answer = None if error else await viewer.api.post("/api/v1/service-records:sample", body)
    if answer is not None and not answer.ok:
        error = problem_text(answer)
    notice = None
    if answer is not None and answer.ok:
        found = answer.json()
        notice = translate(
            "queues.sampled", viewer.language, picked=found["picked"], candidates=found["candidates"]
        )
    status = 200 if error is None else (_failed(answer) if answer is not None else 422)
    return await _show(
        request, viewer, lambda: reviews_page(viewer, county, month, "first"), "queues_reviews.html",
        status=status, error=error, notice=notice,
    )  # fmt: skip


@dataclass
class Outcome:
    record_id: int
    decision: str
    ok: bool
    why: str = ""


async def decide_records(
    api: Api, stage: str, reviewer: str, decisions: list[dict[str, Any]]
) -> tuple[list[Outcome], str | None]:
    """The decisions as one batch (the API applies all or none); when the API refuses the batch, each
    record is sent on its own so that the good ones are decided and each refused one says why."""
    answer = await api.post(
        "/api/v1/service-records:review", {"stage": stage, "reviewer": reviewer, "decisions": decisions}
    )
    if answer.ok:
        return [Outcome(d["service_record_id"], d["decision"], True) for d in decisions], None
    if answer.status >= 500 or len(decisions) == 1:
        return [
            Outcome(d["service_record_id"], d["decision"], False, problem_text(answer)) for d in decisions
        ], None
    outcomes = []
    for d in decisions:
        alone = await api.post(
            "/api/v1/service-records:review", {"stage": stage, "reviewer": reviewer, "decisions": [d]}
        )
        outcomes.append(
            Outcome(d["service_record_id"], d["decision"], alone.ok, "" if alone.ok else problem_text(alone))
        )
    return outcomes, problem_text(answer)


def _ids(form: FormData, name: str) -> list[int]:
    out = []
    for value in form.getlist(name):
        if isinstance(value, str) and value.isdigit() and 0 < int(value) < 2**63:
            out.append(int(value))
    return list(dict.fromkeys(out))


@router.post("/console/queues/reviews/decide")
async def decide(request: Request) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    t = _t(viewer.language)
    county, month = str(form.get("county", "")), _month(str(form.get("month", "")))
    stage = "second" if form.get("stage") == "second" else "first"
    decision = "rejected" if form.get("decision") == "rejected" else "approved"
    ids = _ids(form, "record")
    code, note = str(form.get("reason_code", "")), str(form.get("reason_note", "")).strip()
    error = None
    if not ids:
        error = t("queues.nothing_selected")
    elif decision == "rejected" and (code not in REASON_CODES or not note):
        error = t("queues.reason_needed")
    if error:
        return await _show(
            request, viewer, lambda: reviews_page(viewer, county, month, stage), "queues_reviews.html",
            status=422, error=error,
        )  # fmt: skip
    reason = f"{code}: {note}" if decision == "rejected" else (note or None)
    reviewer = f"{viewer.user.display_name}（{viewer.user.username}）"
    outcomes, refused_batch = await decide_records(
        viewer.api,
        stage,
        reviewer,
        [{"service_record_id": i, "decision": decision, "reason": reason} for i in ids],
    )
    status = 200 if all(o.ok for o in outcomes) else (207 if any(o.ok for o in outcomes) else 409)
    return await _show(
        request, viewer, lambda: reviews_page(viewer, county, month, stage), "queues_reviews.html",
        status=status, outcomes=outcomes,
        batch_note=t("queues.batch_refused", why=refused_batch) if refused_batch else None,
    )  # fmt: skip


@router.get("/console/queues/disputes")
async def disputes(request: Request, county: str | None = None, month: str | None = None) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    code = _county(county, await _counties(viewer), required=True) or ""
    return await _show(
        request, viewer, lambda: disputes_page(viewer, code, _month(month)), "queues_disputes.html"
    )


@router.post("/console/queues/disputes/{record_id}/{dispute_id}")
async def decide_dispute(request: Request, record_id: str, dispute_id: str) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    county, month = str(form.get("county", "")), _month(str(form.get("month", "")))
    body: dict[str, Any] = {
        "decision": "upheld" if form.get("decision") == "upheld" else "rejected",
        "reason": str(form.get("reason", "")).strip(),
    }
    error = None
    adjustment = str(form.get("adjustment", "")).replace(",", "").strip()
    if adjustment and body["decision"] == "upheld":
        try:
            body["adjustment_fen"] = yuan_to_fen(adjustment)
        except Unprocessable as problem:
            error = f"{problem.code}: {problem.detail}"
    status, notice = 422, None
    if error is None:
        answer = await viewer.api.post(
            f"/api/v1/service-records/{record_id}/disputes/{dispute_id}/decision",
            body,
            headers={
                "Idempotency-Key": f"console-dispute:{form.get('form_token') or secrets.token_urlsafe(16)}"
            },
        )
        if answer.ok:
            status, notice = 200, translate("queues.decided", viewer.language)
        else:
            status, error = _failed(answer), problem_text(answer)
    return await _show(
        request, viewer, lambda: disputes_page(viewer, county, month), "queues_disputes.html",
        status=status, error=error, notice=notice,
    )  # fmt: skip


# --- settlement ---------------------------------------------------------------------------------------------


@dataclass
class SettlementJob:
    """A settlement-run POST running in the background of this process (the page polls it)."""

    task: asyncio.Task[Answer]
    county: str
    month: dt.date
    started: float


JOBS: dict[str, SettlementJob] = {}
"""This process's settlement runs by their Idempotency-Key. Another process (a second gateway worker) that
is polled for a key it does not hold sends the same POST with the same key: the API then waits for the first
and replays its answer, so a month is never settled twice and the poll always gets the answer."""
MAX_JOBS = 200


def _job_key(viewer: Viewer, token: str) -> str:
    return "console-settle:" + hashlib.sha256(f"{viewer.user.id}:{token}".encode()).hexdigest()[:40]


def run_ticket(viewer: Viewer, token: str, county: str, month: dt.date) -> str:
    """What proves a progress URL came from this person's settlement form: a MAC of the run's form token,
    county and month under the session's CSRF secret. Polling may (re)send the settlement POST, so a made-up
    URL must never start a run (a GET that settles a month would be a cross-site request)."""
    message = f"{token}|{county}|{month:%Y-%m}".encode()
    return hmac.new(viewer.csrf_token.encode(), message, hashlib.sha256).hexdigest()[:32]


def _ticket_ok(viewer: Viewer, token: str, county: str, month: dt.date, ticket: str | None) -> bool:
    return bool(ticket) and hmac.compare_digest(run_ticket(viewer, token, county, month), ticket or "")


def _start(viewer: Viewer, key: str, county: str, month: dt.date) -> SettlementJob:
    if key not in JOBS:
        if len(JOBS) >= MAX_JOBS:
            for old in [k for k, j in JOBS.items() if j.task.done()][: MAX_JOBS // 2]:
                del JOBS[old]
        task = asyncio.create_task(
            viewer.api.post(
                "/api/v1/settlement-runs",
                {"county_code": county, "month": f"{month:%Y-%m}"},
                headers={"Idempotency-Key": key},
            )
        )
        JOBS[key] = SettlementJob(task, county, month, time.monotonic())
    return JOBS[key]


async def running_settlements() -> None:
    """Wait for this process's settlement runs to finish (tests, and a clean shutdown)."""
    await asyncio.gather(*(j.task for j in JOBS.values()), return_exceptions=True)


@router.get("/console/queues/settlement")
async def settlement(
    request: Request,
    county: str | None = None,
    month: str | None = None,
    run: str | None = None,
    ticket: str | None = None,
) -> Response:
    """The month's runs and the form that settles it; ``run`` (the form's token, with its ``ticket``) is a
    run under way, whose progress the page polls."""
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    code = _county(county, await _counties(viewer), required=True) or ""
    m = _month(month)
    progress = (
        "/console/queues/settlement/progress?"
        + _query(token=run, county=code, month=f"{m:%Y-%m}", ticket=ticket)
        if run and _ticket_ok(viewer, run, code, m, ticket)
        else None
    )
    return await _settlement_page(request, viewer, code, m, progress=progress)


async def _settlement_page(
    request: Request, viewer: Viewer, county: str, month: dt.date, status: int = 200, **context: Any
) -> Response:
    async def build() -> QueuePage:
        runs = await _month_runs(viewer.api, county, month)
        return QueuePage("settlement", [runs_table(runs, county, month, viewer.language)], county, month)

    return await _show(request, viewer, build, "queues_settlement.html", status=status, **context)


@router.post("/console/queues/settlement/run")
async def run_settlement(request: Request) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    county, month = str(form.get("county", "")), _month(str(form.get("month", "")))
    token = str(form.get("form_token", "")) or secrets.token_urlsafe(16)
    _start(viewer, _job_key(viewer, token), county, month)
    # the page polls the run's progress: the form's page is shown again with the progress in it
    return RedirectResponse(
        "/console/queues/settlement?"
        + _query(
            county=county,
            month=f"{month:%Y-%m}",
            run=token,
            ticket=run_ticket(viewer, token, county, month),
        ),
        status_code=303,
    )


@router.get("/console/queues/settlement/progress")
async def settlement_progress(
    request: Request, token: str, county: str, month: str, ticket: str | None = None
) -> Response:
    """The progress fragment the page polls every second while a run is under way; when the run is done
    it sends the browser to the run (``HX-Redirect``), or shows the API's problem and stops polling."""
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if not _ticket_ok(viewer, token, county, _month(month), ticket):
        return _not_found(request, viewer)
    job = _start(viewer, _job_key(viewer, token), county, _month(month))
    t = _t(viewer.language)
    context: dict[str, Any] = {"poll": None, "error": None, "run_href": None}
    if not job.task.done():
        context["poll"] = request.url.path + "?" + request.url.query
        context["running"] = t(
            "queues.running",
            county=county,
            month=f"{job.month:%Y-%m}",
            seconds=int(time.monotonic() - job.started),
        )
        response = render(request, "queues_progress.html", viewer.language, viewer, **context)
        return response
    answer = job.task.result()
    if answer.ok:
        href = f"/console/queues/settlement/runs/{answer.json()['id']}"
        response = render(request, "queues_progress.html", viewer.language, viewer, run_href=href, done=True)
        response.headers["HX-Redirect"] = href
        return response
    problem = answer.json() if answer.body else {}
    existing = problem.get("run_id") if isinstance(problem, dict) else None
    return render(
        request, "queues_progress.html", viewer.language, viewer, status=200, error=problem_text(answer),
        run_href=f"/console/queues/settlement/runs/{existing}" if existing else None,
    )  # fmt: skip


async def _run_page(
    request: Request, viewer: Viewer, run_id: str, status: int = 200, **context: Any
) -> Response:
    answer = await viewer.api.get(f"/api/v1/settlement-runs/{run_id}")
    if answer.status in (404, 422):
        return _not_found(request, viewer)
    if not answer.ok:
        return api_failure(request, viewer, ApiFailed(answer))
    run = answer.json()
    return render(
        request, "queues_run.html", viewer.language, viewer, status=status, run=run,
        tables=run_tables(run, viewer.language), form_token=secrets.token_urlsafe(16),
        paid_on=today().isoformat(), **context,
    )  # fmt: skip


@router.get("/console/queues/settlement/runs/{run_id}")
async def run_page(request: Request, run_id: str) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    return await _run_page(request, viewer, run_id)


@router.post("/console/queues/settlement/runs/{run_id}/payments")
async def record_payout(request: Request, run_id: str) -> Response:
    """The payout of one statement. Its ``Idempotency-Key`` comes from the form's one-time token: the same
    form sent twice (a double click, a resend) replays the first payout and pays nothing more."""
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    t = _t(viewer.language)
    token = str(form.get("form_token", "")) or secrets.token_urlsafe(16)
    reference = str(form.get("reference", "")).strip()
    try:
        amount = yuan_to_fen(str(form.get("amount", "")).replace(",", "").strip())
    except Unprocessable as problem:
        return await _run_page(request, viewer, run_id, status=422, error=f"{problem.code}: {problem.detail}")
    body = {
        "institution_id": str(form.get("institution_id", "")),
        "amount_fen": amount,
        "paid_on": str(form.get("paid_on", "")),
        "reference": reference,
    }
    key = "console-payout:" + hashlib.sha256(f"{viewer.user.id}:{token}".encode()).hexdigest()[:40]
    answer = await viewer.api.post(
        f"/api/v1/settlement-runs/{run_id}/payments", body, headers={"Idempotency-Key": key}
    )
    if not answer.ok:
        return await _run_page(request, viewer, run_id, status=_failed(answer), error=problem_text(answer))
    paid = answer.json()
    replayed = answer.status == 200 or answer.headers.get("idempotent-replayed") == "true"
    notice = t(
        "queues.paid_replayed" if replayed else "queues.paid",
        amount=f"¥{yuan(paid['amount_fen'])}",
        reference=paid["reference"],
    )
    return await _run_page(
        request, viewer, run_id, status=200 if replayed else 201, notice=notice, payment=paid
    )


# --- CSV exports --------------------------------------------------------------------------------------------


@router.get("/console/queues/settlement/runs/{run_id}/{table}.csv")
async def run_csv(request: Request, run_id: str, table: str) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    answer = await viewer.api.get(f"/api/v1/settlement-runs/{run_id}")
    if answer.status in (404, 422):
        return _not_found(request, viewer)
    if not answer.ok:
        return api_failure(request, viewer, ApiFailed(answer))
    found = [x for x in run_tables(answer.json(), viewer.language) if x.key == table]
    if not found:
        return _not_found(request, viewer)
    return found[0].download(f"{table}-{run_id}.csv")


@router.get("/console/queues/{queue}/{table}.csv")
async def queue_csv(
    request: Request,
    queue: str,
    table: str,
    county: str | None = None,
    month: str | None = None,
    stage: str = "first",
) -> Response:
    viewer = await _contractor(request)
    if not isinstance(viewer, Viewer):
        return viewer
    if queue not in PAGES or stage not in ("first", "second"):
        return _not_found(request, viewer)
    counties = await _counties(viewer)
    m = _month(month)
    try:
        if queue == "panels":
            page = await panels_page(viewer, county or None)
        elif queue == "visits":
            page = await visits_page(viewer, county or None)
        elif queue == "reviews":
            page = await reviews_page(viewer, _county(county, counties, True) or "", m, stage)
        elif queue == "disputes":
            page = await disputes_page(viewer, _county(county, counties, True) or "", m)
        else:
            code = _county(county, counties, True) or ""
            runs = await _month_runs(viewer.api, code, m)
            page = QueuePage("settlement", [runs_table(runs, code, m, viewer.language)], code, m)
    except ApiFailed as failed:
        return api_failure(request, viewer, failed)
    found = [x for x in page.tables if x.key == table]
    if not found:
        return _not_found(request, viewer)
    suffix = "-".join(x for x in (page.county, f"{page.month:%Y-%m}" if page.month else None) if x)
    return found[0].download(f"{table}-{suffix}.csv" if suffix else f"{table}.csv")
