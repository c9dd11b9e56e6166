"""Oversight's pages (监督管理): contractors' and institutions' evaluation scores, cases and their
recoveries, as the API shows them to the signed-in person.

Each section is one API read (``/evaluations``, ``/cases``, ``/recoveries``) made as the person: a contractor
sees what the API answers it (its counties' institutions, its own evaluations), the bureau everything. A
section the API refuses to the person's role says so; a page whose every section is refused is a 403 page."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from services.gateway.console.calls import Api, ApiFailed, fetch
from services.gateway.console.i18n import CATALOGUE, register, status_text, translate
from services.gateway.console.sessions import Viewer, viewer_of
from services.gateway.console.tables import Cell, Table, count, day, money
from services.gateway.console.web import api_failure, render, to_sign_in

router = APIRouter(include_in_schema=False)

register({
    "oversight.title": ("监督管理", "Oversight"),
    "oversight.evaluations": (
        "绩效评价得分（按评价方案和期间排名）", "Evaluation scores (ranked per scheme and period)"
    ),
    "oversight.cases": ("违规案件", "Cases"),
    "oversight.recoveries": ("追回款", "Recoveries"),
    "oversight.refused": ("您的角色无权查看此项。", "Your role may not read this."),
    "oversight.rank": ("名次", "Rank"),
    "oversight.subject": ("评价对象", "Subject"),
    "oversight.scheme": ("评价方案", "Scheme"),
    "oversight.period": ("评价期间", "Period"),
    "oversight.status": ("状态", "Status"),
    "oversight.score": ("总分", "Total score"),
    "oversight.grade": ("等级", "Grade"),
    "oversight.items": ("各项得分", "Item scores"),
    "oversight.missing": ("未评分项", "Not yet scored"),
    "oversight.case_number": ("案件编号", "Case"),
    "oversight.case_subject": ("涉及对象", "Subject"),
    "oversight.county": ("统筹区", "County"),
    "oversight.opened": ("立案日期", "Opened"),
    "oversight.source": ("线索来源", "Source"),
    "oversight.findings": ("违规事实", "Findings"),
    "oversight.outcome": ("处理结论", "Outcome"),
    "oversight.deadlines": ("期限", "Deadlines"),
    "oversight.institution": ("机构", "Institution"),
    "oversight.contractor": ("经办机构", "Contractor"),
    "oversight.amount_due": ("应追回", "Amount due"),
    "oversight.recovered": ("已追回", "Recovered"),
    "oversight.written_off": ("已核销", "Written off"),
    "oversight.outstanding": ("未追回", "Outstanding"),
    "oversight.decided": ("决定日期", "Decided"),
    "oversight.reason": ("原因", "Reason"),
    "oversight.case_title": ("案件 {number}", "Case {number}"),
    "oversight.history": ("办理过程", "History"),
    "oversight.entries": ("证据与陈述申辩", "Evidence and statements"),
    "oversight.sanctions": ("处理措施", "Sanctions"),
    "oversight.kind": ("类型", "Kind"),
    "oversight.effective": ("生效日期", "Effective"),
    "oversight.ends": ("截止日期", "Ends / deadline"),
    "oversight.by": ("经办人", "By"),
    "oversight.at": ("时间", "At"),
    "oversight.text": ("内容", "Text"),
    "oversight.back": ("返回监督管理", "Back to oversight"),
    "oversight.decision_reason": ("决定理由", "Reason for the decision"),
    "oversight.outcome.violation": ("违规", "violation"),
    "oversight.outcome.no_violation": ("不构成违规", "no violation"),
    "oversight.status.open": ("已立案", "open"),
    "oversight.status.investigating": ("调查中", "investigating"),
    "oversight.status.decided": ("已决定", "decided"),
    "oversight.status.closed": ("已结案", "closed"),
    "oversight.status.draft": ("草稿", "draft"),
    "oversight.status.published": ("已公布", "published"),
    "oversight.status.objected": ("异议中", "objected"),
    "oversight.status.final": ("已终结", "final"),
    "oversight.recovery.ordered": ("已决定追回", "ordered"),
    "oversight.recovery.open": ("待追回", "outstanding"),
    "oversight.recovery.netted": ("已从拨付中冲抵", "netted"),
    "oversight.recovery.repaid": ("已退回", "repaid"),
    "oversight.recovery.written_off": ("已核销", "written off"),
    "oversight.status.in_force": ("生效中", "in force"),
    "oversight.status.lifted": ("已解除", "lifted"),
    "oversight.subject_contractor": ("经办机构", "Contractor"),
    "oversight.subject_institution": ("定点机构", "Institution"),
    "oversight.subject_expert": ("评估专家", "Expert"),
    "oversight.sanction.warning": ("警告", "warning"),
    "oversight.sanction.rectification": ("限期整改", "rectification"),
    "oversight.sanction.suspension": ("暂停协议", "suspension"),
    "oversight.sanction.termination": ("解除协议", "termination"),
    "oversight.sanction.credit_record": ("信用记录", "credit record"),
    "oversight.sanction.referral": ("移送", "referral"),
    "oversight.source.finding": ("巡查发现", "inspection finding"),
    "oversight.source.review": ("审核发现", "review"),
    "oversight.source.complaint": ("投诉举报", "complaint"),
    "oversight.source.data_rule": ("数据规则", "data rule"),
})  # fmt: skip

SECTIONS = ("evaluations", "cases", "recoveries")
PAGE_LIMIT = 500  # the API's largest page
MAX_PAGES = 20


async def fetch_all(api: Api, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every item of a paginated list (``?limit=&cursor=``), page after page, as the API answers them."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = await fetch(api, path, {**(params or {}), "limit": PAGE_LIMIT, "cursor": cursor})
        items += page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    return items


def state_text(status: str, language: str) -> str:
    """A status word of oversight's or settlement's answers in the page's language (this area's own words
    first, then the console's shared ones, else the API's own word)."""
    key = f"oversight.status.{status}"
    return translate(key, language) if key in CATALOGUE else status_text(status, language)


def recovery_text(status: str, language: str) -> str:
    """A recovery's status (追回): its own words, not a case's (``open`` is money still owed)."""
    key = f"oversight.recovery.{status}"
    return translate(key, language) if key in CATALOGUE else status


def beijing_day(moment: str) -> dt.date:
    """The day (Beijing time) of an API timestamp: a step recorded at 2026-12-07T17:00Z is 12月8日, as the
    case's own dates (opened, decided) are."""
    return dt.datetime.fromisoformat(moment).astimezone(dt.timezone(dt.timedelta(hours=8))).date()


def points(bp: int | None) -> str:
    """A score in points from basis points: 8750 → ``87.50`` (exact, no float)."""
    if bp is None:
        return "—"
    whole, rest = divmod(abs(bp), 100)
    return f"{'-' if bp < 0 else ''}{whole}.{rest:02d}"


@dataclass
class Section:
    key: str
    table: Table | None = None
    refused: bool = False
    """The API refused this read to the person's role (403): the page says so instead of a table."""


@dataclass
class OversightPage:
    sections: list[Section] = field(default_factory=list)


def evaluations_table(items: list[dict[str, Any]], language: str, names: dict[str, str]) -> Table:
    """Evaluations grouped by scheme version and period, each group ranked by total score (highest first;
    those without a total yet last)."""
    t = functools.partial(translate, language=language)
    table = Table(
        "evaluations", t("oversight.evaluations"),
        [t("oversight.subject"), t("oversight.scheme"), t("oversight.period"), t("oversight.rank"),
         t("oversight.status"), t("oversight.score"), t("oversight.grade"), t("oversight.items"),
         t("oversight.missing")],
        csv_href="/console/oversight/evaluations.csv",
    )  # fmt: skip
    groups: dict[tuple[str, int, str, str, str], list[dict[str, Any]]] = {}
    for e in items:
        key = (e["scheme_code"], e["scheme_version"], e["subject_kind"], e["period_from"], e["period_to"])
        groups.setdefault(key, []).append(e)
    for key in sorted(groups):
        ranked = sorted(
            groups[key], key=lambda e: (e["score_bp"] is None, -(e["score_bp"] or 0), e["subject_id"])
        )
        for rank, e in enumerate(ranked, start=1):
            subject = t("oversight.subject_" + e["subject_kind"])
            item_scores = "; ".join(f"{s['indicator_code']} {points(s['points_bp'])}" for s in e["scores"])
            period = f"{e['period_from']} – {e['period_to']}"
            table.rows.append([
                Cell(f"{subject} {names.get(e['subject_id'], e['subject_id'])}", raw=str(e["id"])),
                Cell(f"{e['scheme_code']} v{e['scheme_version']}"),
                Cell(period, raw=f"{e['period_from']}/{e['period_to']}"),
                count(rank if e["score_bp"] is not None else None),
                Cell(state_text(e["status"], language), raw=e["status"]),
                Cell(points(e["score_bp"]), raw="" if e["score_bp"] is None else points(e["score_bp"])),
                Cell(e["grade"] or "—", raw=e["grade"] or ""),
                Cell(item_scores or "—", raw=item_scores),
                Cell(", ".join(e["missing"]) or "—", raw=",".join(e["missing"])),
            ])  # fmt: skip
    return table


def _deadlines(case: dict[str, Any], language: str) -> str:
    """The sanctions in force with a last day (a rectification's deadline, a suspension's end)."""
    return "; ".join(
        f"{translate('oversight.sanction.' + s['kind'], language)} {translate('oversight.ends', language)} "
        f"{day(s['ends_on'], language).text}"
        for s in case["sanctions"]
        if s["status"] == "in_force" and s["ends_on"]
    )


def _subject(case: dict[str, Any], language: str, names: dict[str, str] | None = None) -> str:
    if case["subject_kind"] == "institution":
        return f"{translate('oversight.institution', language)} {case['institution_id']}"
    contractor = str(case["contractor_id"])
    return f"{translate('oversight.contractor', language)} {(names or {}).get(contractor, contractor)}"


def cases_table(items: list[dict[str, Any]], language: str, names: dict[str, str]) -> Table:
    t = functools.partial(translate, language=language)
    table = Table(
        "cases", t("oversight.cases"),
        [t("oversight.case_number"), t("oversight.case_subject"), t("oversight.county"),
         t("oversight.opened"), t("oversight.status"), t("oversight.source"), t("oversight.findings"),
         t("oversight.outcome"),
         t("oversight.deadlines"), t("oversight.outstanding")],
        csv_href="/console/oversight/cases.csv",
    )  # fmt: skip
    for c in items:
        outstanding = sum(r["outstanding_fen"] for r in c["recoveries"]) if c["recoveries"] else None
        deadlines = _deadlines(c, language)
        table.rows.append([
            Cell(c["number"], href=f"/console/oversight/cases/{c['id']}", raw=c["number"]),
            Cell(_subject(c, language, names)), Cell(c["county_code"]), day(c["opened_on"], language),
            Cell(state_text(c["status"], language), raw=c["status"]),
            Cell(t("oversight.source." + c["source"]), raw=c["source"]),
            Cell(c["summary"]),
            Cell(t("oversight.outcome." + c["outcome"]) if c["outcome"] else "—", raw=c["outcome"] or ""),
            Cell(deadlines or "—", raw=deadlines), money(outstanding),
        ])  # fmt: skip
    return table


def recoveries_table(items: list[dict[str, Any]], language: str, names: dict[str, str]) -> Table:
    """Settlement's recoveries (追回): what was ordered, what came back (netted from payments or repaid),
    written off and still outstanding."""
    t = functools.partial(translate, language=language)
    table = Table(
        "recoveries", t("oversight.recoveries"),
        [t("oversight.case_number"), t("oversight.institution"), t("oversight.county"),
         t("oversight.decided"), t("oversight.amount_due"), t("oversight.recovered"),
         t("oversight.written_off"), t("oversight.outstanding"), t("oversight.status"),
         t("oversight.reason")],
        csv_href="/console/oversight/recoveries.csv",
    )  # fmt: skip
    for r in items:
        table.rows.append([
            Cell(r["case_number"], href=f"/console/oversight/cases/{r['case_id']}", raw=str(r["id"])),
            Cell(r["institution_id"]), Cell(r["county_code"]), day(r["decided_on"], language),
            money(r["amount_fen"]), money(r["netted_fen"] + r["repaid_fen"]), money(r["written_off_fen"]),
            money(r["outstanding_fen"]), Cell(recovery_text(r["status"], language), raw=r["status"]),
            Cell(r["reason"]),
        ])  # fmt: skip
    return table


BUILDERS = {
    "evaluations": ("/api/v1/evaluations", evaluations_table),
    "cases": ("/api/v1/cases", cases_table),
    "recoveries": ("/api/v1/recoveries", recoveries_table),
}


async def contractor_names(api: Api) -> dict[str, str]:
    """Contractor id → name, as far as the person reads the register (ids alone otherwise)."""
    answer = await api.get("/api/v1/contractors", {"limit": PAGE_LIMIT})
    if not answer.ok:
        return {}
    return {str(c["id"]): c["name"] for c in answer.json()["items"]}


async def section(api: Api, key: str, language: str, names: dict[str, str]) -> Section:
    path, build = BUILDERS[key]
    try:
        items = await fetch_all(api, path)
    except ApiFailed as failed:
        if failed.answer.status == 403:
            return Section(key, refused=True)
        raise
    return Section(key, build(items, language, names))


def forbidden(request: Request, viewer: Viewer) -> Response:
    return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")


@router.get("/console/oversight")
async def oversight_page(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    try:
        names = await contractor_names(viewer.api)
        sections = [await section(viewer.api, key, viewer.language, names) for key in SECTIONS]
    except ApiFailed as failed:
        return api_failure(request, viewer, failed)
    if all(s.refused for s in sections):
        return forbidden(request, viewer)
    return render(request, "oversight.html", viewer.language, viewer, page=OversightPage(sections))


@router.get("/console/oversight/{key}.csv")
async def oversight_csv(request: Request, key: str) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if key not in BUILDERS:
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    try:
        found = await section(viewer.api, key, viewer.language, await contractor_names(viewer.api))
    except ApiFailed as failed:
        return api_failure(request, viewer, failed)
    if found.table is None:
        return forbidden(request, viewer)
    return found.table.download(f"{key}.csv")


@router.get("/console/oversight/cases/{case_id}")
async def case_page(request: Request, case_id: str) -> Response:
    """One case: its subject, findings, history, evidence and statements, sanctions with their deadlines,
    the money ordered recovered with what settlement reports of it. Out of the person's scope the API
    answers 404, and so does the page."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    try:
        case = await fetch(viewer.api, f"/api/v1/cases/{case_id}")
    except ApiFailed as failed:
        if failed.answer.status == 422:  # not a case id at all: as unknown
            return render(
                request, "message.html", viewer.language, viewer, status=404, message_key="not_found"
            )
        return api_failure(request, viewer, failed)
    return render(
        request, "oversight_case.html", viewer.language, viewer, case=case,
        subject=_subject(case, viewer.language, await contractor_names(viewer.api)),
        deadlines=_deadlines(case, viewer.language),
        status_text=functools.partial(state_text, language=viewer.language),
        recovery_text=functools.partial(recovery_text, language=viewer.language), beijing_day=beijing_day,
    )  # fmt: skip
