"""A care institution's desk (机构工作台), its own data only (the API answers nothing else): upload a month's
service records (progress on the upload and on the checks), the rows to fix, its records with their reason
codes, its statements, disputes to raise, its clients' levels and coverage.

Every figure comes from the public API called as the signed-in clerk (``viewer.api``): the settlement service
scopes each answer to the clerk's institution, and another institution's import, record or statement answers
404 there — which the desk passes on as its own 404. The desk never names an institution in a call but its
own (``viewer.user.institution_id``).

The upload: ``static/institution.js`` posts the form with ``XMLHttpRequest`` (its ``upload.onprogress`` is
the progress bar; the session's CSRF token in ``X-CSRF-Token``); the desk forwards the file as it is to
``POST /api/v1/service-record-imports`` under its media type (``text/csv`` or ``application/x-ndjson`` with
the chosen charset), then the job's counts are read by polling ``/console/institution/imports/{id}/progress``
every second until the job has finished. A file larger than :data:`MAX_UPLOAD_BYTES`, or not a CSV / JSON
lines file, is a clear message (413 / 415), not a 500."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from services.gateway.console import i18n
from services.gateway.console.calls import Answer, ApiFailed, fetch
from services.gateway.console.i18n import chinese_date, chinese_month, mode_text, translate
from services.gateway.console.sessions import Viewer, viewer_of
from services.gateway.console.tables import Cell, Table, count, day, money
from services.gateway.console.web import (
    api_failure,
    csrf_refused,
    month_of,
    problem_text,
    render,
    to_sign_in,
)
from shared.codes import load as load_codes
from shared.principal import Role

router = APIRouter(include_in_schema=False)

MAX_UPLOAD_BYTES = 64 * 1024 * 1024
"""The desk's own limit on one uploaded file (64 MiB: a month of an institution's records is far less); a
larger month goes straight to the API, which streams files up to 4 GiB."""
PAGE_SIZE = 50
CSV_PAGES = 20  # a records CSV reads at most 20 pages of 500 (10,000 records)
MANY_PER_PAGE = 500
MAX_CLIENTS = 200  # the clients page reads the level and coverage of at most 200 persons
MAX_DISPUTE_PAGES = 20  # the disputes page reads at most 20 pages of 500 of the month's disputes
FILE_TYPES = {".csv": "text/csv", ".jsonl": "application/x-ndjson", ".ndjson": "application/x-ndjson"}
CHARSETS = ("utf-8", "gb18030")
OUTCOMES = {
    "all": None,
    "paid": "passed",
    "cut": "deducted",
    "unchecked": "unchecked",
    "sampled": "sampled",
    "rejected": "rejected",
}
"""The outcome filter of the records page → the API's ``check`` (a reason code is passed as it is)."""
_REASON = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
_RECORD_ID = re.compile(r"^[1-9][0-9]{0,17}$")
DISPUTE_REASONS = ("delivered", "qualified", "covered", "review", "other")

i18n.register(
    {
        "institution.title": ("机构工作台", "Institution desk"),
        "institution.of": ("机构：{id}", "Institution: {id}"),
        "institution.month": ("月份", "Month"),
        "institution.show": ("查看", "Show"),
        "institution.tab.upload": ("上传服务记录", "Upload records"),
        "institution.tab.records": ("服务记录与审核结果", "Records and checks"),
        "institution.tab.statements": ("结算单", "Statements"),
        "institution.tab.disputes": ("申诉", "Disputes"),
        "institution.tab.clients": ("服务对象", "Clients"),
        "institution.upload.title": ("上传一个月的服务记录", "Upload a month's service records"),
        "institution.upload.help": (
            "CSV（首行为列名，服务项目以 | 分隔）或 JSON Lines 文件，单个文件不超过 64 MB。合格的记录保留，"
            "不合格的逐行列出以便更正后重新上传（重复上传同一 record_id 不会重复计入）。",
            "A CSV file (a header line; service items separated by |) or JSON lines, at most 64 MB. "
            "Good rows are kept; each refused row is listed to fix and send again "
            "(a record_id sent again is not counted twice).",
        ),
        "institution.upload.file": ("服务记录文件", "Service-record file"),
        "institution.upload.charset": ("文件编码", "File encoding"),
        "institution.upload.submit": ("上传并校验", "Upload and check"),
        "institution.upload.progress": ("上传进度", "Upload progress"),
        "institution.upload.checking": ("已上传，正在逐行校验…", "Uploaded; the rows are being checked…"),
        "institution.upload.failed": (
            "上传失败，请检查网络后重试。",
            "The upload failed; check the network and retry.",
        ),
        "institution.upload.no_file": ("请选择要上传的文件。", "Choose a file to upload."),
        "institution.upload.empty": ("文件是空的。", "The file is empty."),
        "institution.upload.too_large": (
            "文件超过 64 MB，请按月拆分后上传，或直接通过接口上传。",
            "The file is larger than 64 MB: split it, or send it straight to the API.",
        ),
        "institution.upload.wrong_type": (
            "只接受 .csv 或 .jsonl（JSON Lines）文件，“{name}”不是。",
            "Only .csv or .jsonl (JSON lines) files are taken; “{name}” is neither.",
        ),
        "institution.upload.not_form": (
            "请通过页面上的表单上传文件。",
            "Upload the file through the page's form.",
        ),
        "institution.job.title": ("导入任务", "Import job"),
        "institution.job.running": ("正在校验…", "Checking…"),
        "institution.job.done": ("校验完成", "Checks finished"),
        "institution.job.refused": (
            "全部记录被拒收，请更正后重新上传",
            "Every row was refused: fix them and upload again",
        ),
        "institution.job.read": ("已读取行数", "Rows read"),
        "institution.job.checked": ("已校验行数", "Rows checked"),
        "institution.job.accepted": ("已接收", "Accepted"),
        "institution.job.again": ("此前已接收（未重复计入）", "Received before (not counted twice)"),
        "institution.job.rejected": ("被拒收", "Refused"),
        "institution.job.accepted_text": (
            "共 {total} 行：{accepted} 行已接收，{rejected} 行需更正。",
            "{total} rows: {accepted} accepted, {rejected} to fix.",
        ),
        "institution.job.errors": ("需更正的行", "Rows to fix"),
        "institution.job.errors_first": ("（最多列出前 1000 条错误）", "(the first 1000 errors at most)"),
        "institution.job.open": ("查看导入任务与错误明细", "Open the import job and its errors"),
        "institution.error.row": ("行号", "Row"),
        "institution.error.record_id": ("记录编号", "record_id"),
        "institution.error.field": ("字段", "Field"),
        "institution.error.code": ("错误代码", "Code"),
        "institution.error.message": ("说明", "Message"),
        "institution.records.title": ("{month}服务记录", "Service records of {month}"),
        "institution.records.outcome": ("审核结果", "Outcome"),
        "institution.records.reason": ("扣减原因", "Reason code"),
        "institution.records.any_reason": ("全部原因", "Any reason"),
        "institution.records.next": ("下一页", "Next page"),
        "institution.records.first": ("第一页", "First page"),
        "institution.records.record": ("记录", "Record"),
        "institution.records.date": ("服务日期", "Service date"),
        "institution.records.person": ("服务对象", "Client"),
        "institution.records.caregiver": ("护理员", "Caregiver"),
        "institution.records.mode": ("护理方式", "Care mode"),
        "institution.records.claimed": ("申报金额", "Claimed"),
        "institution.records.fund": ("基金支付", "Fund pays"),
        "institution.records.deducted": ("扣减", "Deducted"),
        "institution.records.reasons": ("原因", "Reasons"),
        "institution.records.flags": ("复核提示", "Review flags"),
        "institution.outcome.all": ("全部", "All"),
        "institution.outcome.paid": ("已支付", "Paid"),
        "institution.outcome.cut": ("有扣减", "Cut or capped"),
        "institution.outcome.capped": ("部分扣减", "Capped"),
        "institution.outcome.flagged": ("已支付（待复核）", "Paid, flagged"),
        "institution.outcome.unchecked": ("未审核", "Not checked yet"),
        "institution.outcome.sampled": ("抽中复核", "Sampled for review"),
        "institution.outcome.rejected": ("复核未通过", "Rejected on review"),
        "institution.record.title": ("服务记录 {record_id}", "Service record {record_id}"),
        "institution.record.back": ("返回服务记录", "Back to the records"),
        "institution.record.settled": ("已结算", "Settled"),
        "institution.record.not_settled": ("尚未结算", "Not settled yet"),
        "institution.dispute.title": ("对扣减提出申诉", "Dispute the deduction"),
        "institution.dispute.reason": ("申诉理由", "Reason"),
        "institution.dispute.note": ("补充说明", "Note"),
        "institution.dispute.submit": ("提交申诉", "Raise the dispute"),
        "institution.dispute.raised": ("申诉已提交。", "The dispute was raised."),
        "institution.dispute.only_settled": (
            "只有已结算且有扣减的记录可以申诉。",
            "Only a settled record with a deduction can be disputed.",
        ),
        "institution.dispute.reason.delivered": ("服务已实际提供", "The service was delivered"),
        "institution.dispute.reason.qualified": ("护理员具备资质", "The caregiver was qualified"),
        "institution.dispute.reason.covered": ("服务对象当日在保", "The client was covered that day"),
        "institution.dispute.reason.review": ("复核结论有误", "The review was wrong"),
        "institution.dispute.reason.other": ("其他", "Other"),
        "institution.disputes.title": ("{month}申诉", "Disputes of {month}"),
        "institution.disputes.status": ("状态", "Status"),
        "institution.disputes.raised_at": ("提出日期", "Raised"),
        "institution.disputes.decided_at": ("处理日期", "Decided"),
        "institution.disputes.decision": ("处理意见", "Decision"),
        "institution.disputes.adjustment": ("补付金额", "Adjustment"),
        "institution.disputes.deducted": ("有扣减的记录（可申诉）", "Records with a deduction (to dispute)"),
        "institution.disputes.raise": ("申诉", "Dispute"),
        "institution.dispute_status.open": ("待处理", "open"),
        "institution.dispute_status.upheld": ("已支持", "upheld"),
        "institution.dispute_status.rejected": ("未支持", "rejected"),
        "institution.statements.title": ("结算单", "Statements"),
        "institution.statements.all": ("全部月份", "All months"),
        "institution.statements.records": ("记录数", "Records"),
        "institution.statements.claimed": ("申报金额", "Claimed"),
        "institution.statements.deducted": ("扣减", "Deducted"),
        "institution.statements.eligible": ("核定金额", "Eligible"),
        "institution.statements.fund": ("基金应付", "Fund's share"),
        "institution.statements.person": ("个人负担", "Person's share"),
        "institution.statements.adjustments": ("申诉补付", "Adjustments"),
        "institution.statements.deposit": ("预留质量保证金", "Deposit withheld"),
        "institution.statements.recoveries": ("追回抵扣", "Recoveries netted"),
        "institution.statements.net": ("应付净额", "Net payable"),
        "institution.statements.by_reason": ("按原因扣减", "Deducted by reason"),
        "institution.statements.reason": ("原因", "Reason"),
        "institution.statements.amount": ("金额", "Amount"),
        "institution.statements.paid": ("已拨付", "Paid out"),
        "institution.statements.outstanding": ("待拨付", "Still to pay"),
        "institution.statements.paid_note": (
            "应付净额为基金向本机构支付的金额；已拨付为经办机构登记的付款"
            "（GET /settlement-runs/{id}/payments）。",
            "Net payable is what the fund pays the institution; paid out is what the contractor recorded as "
            "paid (GET /settlement-runs/{id}/payments).",
        ),
        "institution.clients.title": ("服务对象的失能等级与待遇资格", "Clients' levels and coverage"),
        "institution.clients.help": (
            "本月服务记录中的服务对象；失能等级与参保状态只对以本机构为护理机构的服务对象可见。",
            "The persons in this month's records; their level and coverage show only for the clients whose "
            "level in force names this institution.",
        ),
        "institution.clients.person": ("服务对象编号", "Person"),
        "institution.clients.id_number": ("身份证号", "ID number"),
        "institution.clients.level": ("失能等级", "Level"),
        "institution.clients.valid": ("有效期", "Valid"),
        "institution.clients.covered": ("月末是否在保", "Covered at month end"),
        "institution.clients.reason": ("不在保原因", "Why not"),
        "institution.clients.records": ("本月记录数", "Records this month"),
        "institution.clients.not_own": ("非本机构服务对象", "not its client"),
        "institution.clients.masked": ("（接口不向机构提供）", "(the API gives none to an institution)"),
        "institution.level": ("{level}级", "level {level}"),
    }
)

REASON_WORDS: dict[str, str] = {
    "COUNTY_NOT_IN_SCHEME": "统筹区尚未实施长护险",
    "NOT_COVERED": "服务对象当日不在保",
    "AFTER_DEATH": "服务日期在死亡之后",
    "NO_ELIGIBLE_LEVEL": "无有效失能等级或无对应待遇标准",
    "NOT_CONTRACTED": "超出协议范围",
    "CAREGIVER_NOT_QUALIFIED": "护理员未登记或无资质",
    "CAREGIVER_UNTRAINED": "护理员未经培训合格",
    "UNKNOWN_SERVICE_ITEM": "服务项目不在目录内",
    "ITEM_NOT_FOR_MODE": "服务项目不适用该护理方式",
    "ITEM_CAREGIVER_NOT_ALLOWED": "该类护理员不得提供此项目",
    "ITEM_OVER_MONTHLY_LIMIT": "服务项目超过每月次数上限",
    "TWO_INSTITUTIONS_SAME_DAY": "同日两家机构服务",
    "TWO_BED_DAY_MODES": "同日两种床日护理方式",
    "CAREGIVER_OVERLAP": "护理员服务时间重叠",
    "DUPLICATE": "重复记录",
    "CHECKIN_TOO_FAR": "签到位置距服务对象住址过远",
    "REVIEW_REJECTED": "复核未通过",
    "OVER_MONTHLY_HOURS": "超出当月服务时长",
    "OVER_DAILY_CAP": "超出日支付限额",
    "OVER_MONTHLY_CAP": "超出月支付限额",
    "SEVERAL_PERSONS_ONE_SLOT": "同一时段服务多人",
    "REGULAR_TIMES": "服务时间过于规律",
    "NO_CHECKIN": "上门服务无签到位置",
    "SHORT_VISIT": "服务时长短于项目最低时长",
    "FAMILY_PERSONAL_CARE_SHARE": "家属护理中生活照料占比过高",
}
"""The check reason codes in Chinese; in English the catalogue's own meaning (``shared/codes``), and the
code itself where neither has it."""


def reason_text(code: str, language: str) -> str:
    if language != "en" and code in REASON_WORDS:
        return REASON_WORDS[code]
    entry = load_codes().entries.get(("check", code))
    return entry.meaning if entry is not None else code


def reasons_text(codes: list[str], language: str) -> str:
    return (
        "；".join(reason_text(c, language) for c in codes)
        if language != "en"
        else "; ".join(f"{c}: {reason_text(c, language)}" for c in codes)
    )


def status_words(status: str, language: str) -> str:
    """A dispute's status (open / upheld / rejected) in words; the API's word where the desk has none."""
    key = f"institution.dispute_status.{status}"
    return translate(key, language) if key in i18n.CATALOGUE else (status or "—")


# --- who may see the desk ---------------------------------------------------------------------------------


async def _clerk(request: Request) -> Viewer | Response:
    """The signed-in institution clerk, or the answer for anyone else (sign in; 403 for another role)."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role is not Role.INSTITUTION or not viewer.user.institution_id:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    return viewer


def _not_found(request: Request, viewer: Viewer) -> HTMLResponse:
    return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")


def _page(request: Request, template: str, viewer: Viewer, status: int = 200, **context: Any) -> HTMLResponse:
    return render(
        request, template, viewer.language, viewer, status=status,
        institution_id=viewer.user.institution_id, **context,
    )  # fmt: skip


# --- the desk and the upload ------------------------------------------------------------------------------


@router.get("/console/institution")
async def desk(request: Request, month: str | None = None) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    return _page(
        request, "institution_desk.html", clerk, tab="upload", month=month_of(month), charsets=CHARSETS
    )


def _upload_refused(request: Request, viewer: Viewer, status: int, message: str) -> Response:
    """A problem with the upload, as the fragment the page's script shows or as a page of its own."""
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return render(request, "_institution_upload_error.html", viewer.language, viewer, status=status,
                      message=message)  # fmt: skip
    return render(request, "message.html", viewer.language, viewer, status=status, message=message)


def file_media_type(filename: str, charset: str) -> str | None:
    """The media type a file is forwarded under, from its name's extension (what the clerk picked is what is
    sent: ``.csv`` as ``text/csv``, ``.jsonl``/``.ndjson`` as JSON lines), with its character set."""
    dot = filename.rfind(".")
    media = FILE_TYPES.get(filename[dot:].lower()) if dot >= 0 else None
    return None if media is None else f"{media}; charset={charset}"


@router.post("/console/institution/imports")
async def upload(request: Request) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    t = clerk.language
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_UPLOAD_BYTES + 64 * 1024:  # the form's own lines besides
        return _upload_refused(request, clerk, 413, translate("institution.upload.too_large", t))
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        return _upload_refused(request, clerk, 415, translate("institution.upload.not_form", t))
    if (refused := await csrf_refused(request, clerk)) is not None:
        return refused
    form = await request.form()
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        return _upload_refused(request, clerk, 422, translate("institution.upload.no_file", t))
    charset = str(form.get("charset") or "utf-8").lower()
    media_type = file_media_type(file.filename, charset if charset in CHARSETS else "utf-8")
    if media_type is None:
        return _upload_refused(
            request, clerk, 415, translate("institution.upload.wrong_type", t, name=file.filename)
        )
    if file.size is not None and file.size > MAX_UPLOAD_BYTES:
        return _upload_refused(request, clerk, 413, translate("institution.upload.too_large", t))
    content = await file.read()
    if not content:
        return _upload_refused(request, clerk, 422, translate("institution.upload.empty", t))
    answer = await clerk.api.send("/api/v1/service-record-imports", content, media_type)
    job = _job_of(answer)
    if job is None:
        status = answer.status if 400 <= answer.status < 500 else 502
        return _upload_refused(request, clerk, status, problem_text(answer))
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return render(request, "_institution_job.html", clerk.language, clerk, status=201, job=job, poll=True)
    return RedirectResponse(f"/console/institution/imports/{job['id']}", status_code=303)


def _job_of(answer: Answer) -> dict[str, Any] | None:
    """The import job of the API's answer: the created job (201), or the job of a file whose every row was
    refused (422 ``RECORDS_REFUSED``, the job in the problem's ``job``)."""
    body = answer.json() if answer.headers.get("content-type", "").endswith("json") else None
    if not isinstance(body, dict):
        return None
    if answer.status == 201:
        return body
    job = body.get("job")
    return job if body.get("code") == "RECORDS_REFUSED" and isinstance(job, dict) else None


async def _job(request: Request, job_id: str) -> tuple[Viewer, dict[str, Any]] | Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    try:
        uuid.UUID(job_id)
    except ValueError:
        return _not_found(request, clerk)
    try:
        job = await fetch(clerk.api, f"/api/v1/service-record-imports/{job_id}")
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    return clerk, job


@router.get("/console/institution/imports/{job_id}/progress")
async def job_progress(request: Request, job_id: str) -> Response:
    """The job's counts as a fragment; it asks again every second while the job has not finished."""
    found = await _job(request, job_id)
    if not isinstance(found, tuple):
        return found
    clerk, job = found
    return render(request, "_institution_job.html", clerk.language, clerk, job=job, poll=False)


def errors_table(job: dict[str, Any], language: str) -> Table:
    def t(key: str) -> str:
        return translate(key, language)

    table = Table(
        "import-errors",
        t("institution.job.errors"),
        [t("institution.error.row"), t("institution.error.record_id"), t("institution.error.field"),
         t("institution.error.code"), t("institution.error.message")],
        csv_href=f"/console/institution/imports/{job['id']}/errors.csv",
    )  # fmt: skip
    for error in job.get("errors", []):
        table.rows.append([
            Cell(str(error["row_number"]), raw=str(error["row_number"])),
            Cell(error.get("record_id") or "—", raw=error.get("record_id") or ""),
            Cell(error.get("field") or "—", raw=error.get("field") or ""),
            Cell(error["code"]),
            Cell(error["message"]),
        ])  # fmt: skip
    return table


@router.get("/console/institution/imports/{job_id}")
async def job_page(request: Request, job_id: str) -> Response:
    found = await _job(request, job_id)
    if not isinstance(found, tuple):
        return found
    clerk, job = found
    return _page(
        request, "institution_import.html", clerk, tab="upload", job=job, on_job_page=True,
        table=errors_table(job, clerk.language), month=month_of(None),
    )  # fmt: skip


@router.get("/console/institution/imports/{job_id}/errors.csv")
async def job_errors_csv(request: Request, job_id: str) -> Response:
    found = await _job(request, job_id)
    if not isinstance(found, tuple):
        return found
    clerk, job = found
    return errors_table(job, clerk.language).download(f"errors-{job_id}.csv")


# --- records ----------------------------------------------------------------------------------------------


def outcome_of(record: dict[str, Any]) -> str:
    """paid / capped (part deducted) / cut (nothing paid) / flagged (paid, marked for review) / unchecked."""
    if record.get("checked_at") is None:
        return "unchecked"
    if record.get("deducted_fen"):
        return "cut" if not record.get("eligible_fen") else "capped"
    return "flagged" if record.get("review_flags") else "paid"


def _check_of(outcome: str | None, reason: str | None) -> tuple[str, str | None] | None:
    """The filter's (outcome, the API's ``check``); None for a filter the desk does not know."""
    if reason:
        return ("all", reason) if _REASON.match(reason) else None
    outcome = outcome or "all"
    return (outcome, OUTCOMES[outcome]) if outcome in OUTCOMES else None


def records_table(
    records: list[dict[str, Any]], language: str, month: dt.date, csv_href: str | None
) -> Table:
    def t(key: str, **values: object) -> str:
        return translate(key, language, **values)

    table = Table(
        "records",
        t("institution.records.title", month=chinese_month(month, language)),
        [t("institution.records.record"), t("institution.records.date"), t("institution.records.person"),
         t("institution.records.caregiver"), t("institution.records.mode"), t("institution.records.claimed"),
         t("institution.records.fund"), t("institution.records.deducted"), t("institution.records.outcome"),
         t("institution.records.reasons"), t("institution.records.flags")],
        csv_href=csv_href,
    )  # fmt: skip
    for r in records:
        outcome = outcome_of(r)
        table.rows.append([
            Cell(r["record_id"], href=f"/console/institution/records/{r['id']}", raw=r["record_id"],
                 flag=f"outcome-{outcome}"),
            day(r["service_date"], language),
            Cell(r["person_id"]),
            Cell(r.get("caregiver_code") or "—", raw=r.get("caregiver_code") or ""),
            Cell(mode_text(r["care_mode"], language), raw=r["care_mode"]),
            money(r["amount_claimed_fen"]),
            money(r.get("fund_fen")),
            money(r.get("deducted_fen")),
            Cell(t(f"institution.outcome.{outcome}"), raw=outcome),
            Cell(reasons_text(r.get("reason_codes") or [], language) or "—",
                 raw="|".join(r.get("reason_codes") or [])),
            Cell(reasons_text(r.get("review_flags") or [], language) or "—",
                 raw="|".join(r.get("review_flags") or [])),
        ])  # fmt: skip
    return table


async def all_records(
    viewer: Viewer, month: dt.date, check: str | None, pages: int = CSV_PAGES
) -> list[dict[str, Any]]:
    """The month's records (of the filter) page by page, at most ``pages`` pages of 500."""
    out: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(pages):
        page = await fetch(
            viewer.api,
            "/api/v1/service-records",
            {"month": f"{month:%Y-%m}", "check": check, "limit": MANY_PER_PAGE, "cursor": cursor},
        )
        out += page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    return out


@router.get("/console/institution/records")
async def records_page(
    request: Request,
    month: str | None = None,
    outcome: str | None = None,
    reason: str | None = None,
    cursor: str | None = None,
) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    chosen = month_of(month)
    check = _check_of(outcome, reason)
    if check is None:
        return _not_found(request, clerk)
    try:
        page = await fetch(
            clerk.api,
            "/api/v1/service-records",
            {"month": f"{chosen:%Y-%m}", "check": check[1], "limit": PAGE_SIZE, "cursor": cursor},
        )
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    query = f"month={chosen:%Y-%m}&outcome={check[0]}&reason={reason or ''}"
    table = records_table(page["items"], clerk.language, chosen, f"/console/institution/records.csv?{query}")
    return _page(
        request, "institution_records.html", clerk, tab="records", month=chosen, table=table,
        outcome=check[0], reason=reason or "", outcomes=list(OUTCOMES), query=query,
        reasons=[(code, reason_text(code, clerk.language)) for code in REASON_WORDS],
        next_cursor=page.get("next_cursor"), first=cursor is None,
    )  # fmt: skip


@router.get("/console/institution/records.csv")
async def records_csv(
    request: Request, month: str | None = None, outcome: str | None = None, reason: str | None = None
) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    chosen = month_of(month)
    check = _check_of(outcome, reason)
    if check is None:
        return _not_found(request, clerk)
    try:
        records = await all_records(clerk, chosen, check[1])
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    shown = records_table(records, clerk.language, chosen, None)
    return shown.download(f"records-{chosen:%Y-%m}.csv")


# --- one record and its disputes --------------------------------------------------------------------------


async def _record_page(
    request: Request, clerk: Viewer, record_id: str, status: int = 200, **context: Any
) -> Response:
    if not _RECORD_ID.match(record_id):
        return _not_found(request, clerk)
    try:
        record = await fetch(clerk.api, f"/api/v1/service-records/{record_id}")
        disputes = (await fetch(clerk.api, f"/api/v1/service-records/{record_id}/disputes"))["items"]
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    outcome = outcome_of(record)
    month = dt.date.fromisoformat(record["service_date"]).replace(day=1)
    return _page(
        request, "institution_record.html", clerk, status=status, tab="records", month=month, record=record,
        outcome=outcome, disputes=disputes, reasons=reasons_text(record.get("reason_codes") or [],
                                                                  clerk.language),
        flags=reasons_text(record.get("review_flags") or [], clerk.language),
        can_dispute=bool(record.get("deducted_fen")) and record.get("settlement_run_id") is not None
        and not disputes,
        dispute_reasons=DISPUTE_REASONS, **context,
    )  # fmt: skip


@router.get("/console/institution/records/{record_id}")
async def record_page(request: Request, record_id: str) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    return await _record_page(request, clerk, record_id)


@router.post("/console/institution/records/{record_id}/disputes")
async def raise_dispute(request: Request, record_id: str) -> Response:
    """A dispute (申诉) of the record's deduction: the chosen reason and the clerk's note, as the dispute's
    ``reason``; the API refuses a record without a settled deduction or disputed before."""
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    if (refused := await csrf_refused(request, clerk)) is not None:
        return refused
    if not _RECORD_ID.match(record_id):
        return _not_found(request, clerk)
    form = await request.form()
    chosen = str(form.get("reason", ""))
    note = str(form.get("note", "")).strip()
    if chosen not in DISPUTE_REASONS:
        chosen = "other"
    label = translate(f"institution.dispute.reason.{chosen}", clerk.language)
    reason = f"{label}：{note}" if note else label
    answer = await clerk.api.post(
        f"/api/v1/service-records/{record_id}/disputes",
        {"reason": reason[:2000]},
        headers={"Idempotency-Key": f"console-dispute-{clerk.session_id}-{record_id}-{uuid.uuid4()}"},
    )
    if answer.ok:
        return await _record_page(
            request, clerk, record_id, status=201,
            notice=translate("institution.dispute.raised", clerk.language),
        )  # fmt: skip
    if answer.status == 404:
        return _not_found(request, clerk)
    return await _record_page(
        request, clerk, record_id, status=answer.status if answer.status < 500 else 502,
        error=problem_text(answer),
    )  # fmt: skip


@router.get("/console/institution/disputes")
async def disputes_page(request: Request, month: str | None = None) -> Response:
    """The month's deducted records with their disputes (raised, open, upheld, rejected)."""
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    chosen = month_of(month)
    language = clerk.language
    try:
        deducted = await all_records(clerk, chosen, "deducted", pages=1)
        by_record: dict[int, dict[str, Any]] = {}  # the institution's own disputes of the month
        cursor: str | None = None
        for _ in range(MAX_DISPUTE_PAGES):
            query = {"limit": 500, "cursor": cursor, "month": chosen.strftime("%Y-%m")}
            found = await fetch(clerk.api, "/api/v1/disputes", query)
            by_record.update({d["service_record_id"]: d for d in found["items"]})
            cursor = found.get("next_cursor")
            if not cursor:
                break
        rows = [(record, by_record.get(record["id"])) for record in deducted]
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)

    def t(key: str, **values: object) -> str:
        return translate(key, language, **values)

    table = Table(
        "disputes",
        t("institution.disputes.title", month=chinese_month(chosen, language)),
        [t("institution.records.record"), t("institution.records.date"), t("institution.records.deducted"),
         t("institution.records.reasons"), t("institution.dispute.reason"), t("institution.disputes.status"),
         t("institution.disputes.raised_at"), t("institution.disputes.decided_at"),
         t("institution.disputes.decision"), t("institution.disputes.adjustment")],
    )  # fmt: skip
    for record, dispute in rows:
        status = dispute["status"] if dispute else ""
        table.rows.append([
            Cell(record["record_id"], href=f"/console/institution/records/{record['id']}",
                 raw=str(record["id"]), flag=f"dispute-{status or 'none'}"),
            day(record["service_date"], language),
            money(record.get("deducted_fen")),
            Cell(reasons_text(record.get("reason_codes") or [], language) or "—"),
            Cell(dispute["reason"] if dispute else t("institution.disputes.raise"),
                 href=None if dispute else f"/console/institution/records/{record['id']}"),
            Cell(status_words(status, language), raw=status),
            day(dispute["raised_at"], language) if dispute else Cell("—"),
            day(dispute["decided_at"], language) if dispute and dispute.get("decided_at") else Cell("—"),
            Cell((dispute or {}).get("decision_reason") or "—"),
            money((dispute or {}).get("adjustment_fen")),
        ])  # fmt: skip
    return _page(request, "institution_table.html", clerk, tab="disputes", month=chosen, tables=[table])


# --- statements -------------------------------------------------------------------------------------------


@dataclass
class Statements:
    main: Table
    by_reason: Table


def statements_tables(items: list[dict[str, Any]], language: str, month_param: str) -> Statements:
    def t(key: str) -> str:
        return translate(key, language)

    main = Table(
        "statements",
        t("institution.statements.title"),
        [t("institution.month"), t("institution.statements.records"), t("institution.statements.claimed"),
         t("institution.statements.deducted"), t("institution.statements.eligible"),
         t("institution.statements.fund"), t("institution.statements.person"),
         t("institution.statements.adjustments"), t("institution.statements.deposit"),
         t("institution.statements.recoveries"), t("institution.statements.net"),
         t("institution.statements.paid"), t("institution.statements.outstanding")],
        csv_href=f"/console/institution/statements.csv?month={month_param}",
    )  # fmt: skip
    by_reason = Table(
        "deductions",
        t("institution.statements.by_reason"),
        [t("institution.month"), t("institution.statements.reason"), t("institution.statements.amount")],
    )
    for s in items:
        month = Cell(chinese_month(s["month"], language), raw=f"{s['month'][:7]}")
        main.rows.append([
            month, count(s["records"]), money(s["claimed_fen"]), money(s["deducted_fen"]),
            money(s["eligible_fen"]), money(s["fund_payable_fen"]), money(s["person_share_fen"]),
            money(s["adjustments_fen"]), money(s["deposit_withheld_fen"]), money(s["recoveries_netted_fen"]),
            money(s["net_payable_fen"]), money(s["paid_fen"]),
            money(s["net_payable_fen"] - s["paid_fen"]),
        ])  # fmt: skip
        for code, fen in sorted(s["deducted_by_reason"].items()):
            by_reason.rows.append([
                Cell(chinese_month(s["month"], language), raw=f"{s['month'][:7]}"),
                Cell(reason_text(code, language), raw=code),
                money(fen),
            ])  # fmt: skip
    return Statements(main, by_reason)


async def _statements(clerk: Viewer, month: str | None) -> tuple[list[dict[str, Any]], str]:
    """The clerk's institution's statements (of a month, or all); none while it is not contracted (the API
    knows no such institution yet: 404)."""
    chosen = f"{month_of(month):%Y-%m}" if month else ""
    answer = await clerk.api.get(
        f"/api/v1/institutions/{clerk.user.institution_id}/statements", {"month": chosen or None}
    )
    if answer.status == 404:
        return [], chosen
    if not answer.ok:
        raise ApiFailed(answer)
    items: list[dict[str, Any]] = answer.json()["items"]
    return sorted(items, key=lambda s: s["month"], reverse=True), chosen


@router.get("/console/institution/statements")
async def statements_page(request: Request, month: str | None = None) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    try:
        items, chosen = await _statements(clerk, month)
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    tables = statements_tables(items, clerk.language, chosen)
    return _page(
        request, "institution_table.html", clerk, tab="statements", month=month_of(month), all_months=True,
        chosen=chosen, tables=[tables.main, tables.by_reason],
        note=translate("institution.statements.paid_note", clerk.language),
    )  # fmt: skip


@router.get("/console/institution/statements.csv")
async def statements_csv(request: Request, month: str | None = None) -> Response:
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    try:
        items, chosen = await _statements(clerk, month)
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    return statements_tables(items, clerk.language, chosen).main.download(f"statements-{chosen or 'all'}.csv")


# --- clients ----------------------------------------------------------------------------------------------


@router.get("/console/institution/clients")
async def clients_page(request: Request, month: str | None = None) -> Response:
    """The persons of the month's records, with their level and coverage at the month's end as the API
    answers an institution: only for its own clients (the care institution on their level in force); any
    other person is a 404 there, shown as not its client. An institution reads no ID numbers at all."""
    clerk = await _clerk(request)
    if not isinstance(clerk, Viewer):
        return clerk
    chosen = month_of(month)
    language = clerk.language
    month_end = (chosen.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    try:
        records = await all_records(clerk, chosen, None)
    except ApiFailed as failed:
        return api_failure(request, clerk, failed)
    persons: dict[str, int] = {}
    for r in records:
        persons[r["person_id"]] = persons.get(r["person_id"], 0) + 1

    def t(key: str, **values: object) -> str:
        return translate(key, language, **values)

    table = Table(
        "clients",
        t("institution.clients.title"),
        [t("institution.clients.person"), t("institution.clients.id_number"), t("institution.clients.level"),
         t("institution.clients.valid"), t("institution.clients.covered"), t("institution.clients.reason"),
         t("institution.clients.records")],
    )  # fmt: skip
    for person, n in sorted(persons.items())[:MAX_CLIENTS]:
        levels = await clerk.api.get(f"/api/v1/persons/{person}/disability-levels")
        coverage = await clerk.api.get(f"/api/v1/persons/{person}/coverage", {"on": month_end.isoformat()})
        current = (levels.json() or {}).get("current") if levels.ok else None
        covered = coverage.json() if coverage.ok else None
        own = levels.ok or coverage.ok
        table.rows.append([
            Cell(person, flag=None if own else "not-own"),
            Cell(t("institution.clients.masked"), raw=""),
            Cell(t("institution.level", level=current["level"]) if current
                 else ("—" if own else t("institution.clients.not_own")),
                 raw=str(current["level"]) if current else ""),
            Cell(
                f"{chinese_date(current['valid_from'], language)} – "
                f"{chinese_date(current['valid_to'], language)}" if current else "—",
                raw=f"{current['valid_from']}/{current['valid_to']}" if current else "",
            ),
            Cell((t("yes") if covered["covered"] else t("no")) if covered else "—",
                 raw=str(covered["covered"]).lower() if covered else ""),
            Cell((covered or {}).get("reason") or "—"),
            count(n),
        ])  # fmt: skip
    return _page(
        request, "institution_table.html", clerk, tab="clients", month=chosen, tables=[table],
        note=t("institution.clients.help"),
    )  # fmt: skip
