"""The console's pages: HTTP only (forms, cookies, redirects, rendering). What a page shows comes from
``pages`` (the public API's answers); who is signed in from ``sessions``; the sign-in rules from
``services.gateway.staff.service``. Every state-changing form carries the session's CSRF token."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.gateway.audit.repository import insert_event
from services.gateway.console import pages
from services.gateway.console.i18n import LANGUAGES, chinese_date, chinese_month, rmb, translate, yuan
from services.gateway.console.sessions import (
    CSRF_FIELD,
    CSRF_HEADER,
    LANGUAGE_COOKIE,
    PRE_SESSION_COOKIE,
    SESSION_COOKIE,
    Viewer,
    csrf_ok,
    language_of,
    new_pre_session_token,
    sessionmaker_of,
    set_cookie,
    until_text,
    viewer_of,
)
from services.gateway.models import AuditOutcome, StaffUser
from services.gateway.staff import service as staff
from services.gateway.staff.service import SignInOutcome
from shared.principal import Role
from shared.settings import Settings

router = APIRouter(include_in_schema=False)
STATIC_DIR = Path(__file__).parent / "static"
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["yuan"] = yuan
templates.env.filters["rmb"] = rmb
templates.env.globals["chinese_date"] = chinese_date
templates.env.globals["chinese_month"] = chinese_month

CITY_ROLES = frozenset({
    Role.ADMIN, Role.BUREAU, Role.FINANCE, Role.AUDIT, Role.INSURANCE_REGULATOR,
})  # fmt: skip
"""Who has the city overview: the roles that read fund status city-wide (``settlement.fund_status.read``).
A contractor's and an institution's own pages come next (issue 17)."""
STAFF_PAGE_ROLES = frozenset({Role.ADMIN, Role.CONTRACTOR})
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _today() -> dt.date:
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()


def _month(value: str | None) -> dt.date:
    if value and _MONTH.match(value):
        year, month = int(value[:4]), int(value[5:])
        if 2000 <= year <= 2100 and 1 <= month <= 12:
            return dt.date(year, month, 1)
    today = _today()
    return dt.date(today.year, today.month, 1)


def render(
    request: Request,
    template: str,
    language: str,
    viewer: Viewer | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    def t(key: str, **values: object) -> str:
        return translate(key, language, **values)

    nav = []
    if viewer is not None:
        if viewer.role in CITY_ROLES:
            nav.append(("/console/city", t("nav.city")))
        if viewer.role is Role.CONTRACTOR:
            nav.append(("/console/home", t("nav.queues")))
        if viewer.role is Role.INSTITUTION:
            nav.append(("/console/home", t("nav.institution")))
        if viewer.role is Role.ADMIN or (viewer.role is Role.CONTRACTOR and viewer.user.staff_admin):
            nav.append(("/console/staff", t("nav.staff")))
    response = templates.TemplateResponse(
        request,
        template,
        {
            "t": t,
            "lang": language,
            "other_lang": "en" if language == "zh" else "zh",
            "viewer": viewer,
            "nav": nav,
            "path": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
            "csrf_token": viewer.csrf_token if viewer else context.pop("csrf_token", ""),
            **context,
        },
        status_code=status,
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def to_sign_in() -> RedirectResponse:
    return RedirectResponse("/console/sign-in", status_code=303)


async def audit_console(request: Request, action: str, status: int, user: StaffUser | None) -> None:
    """A sign-in, sign-out or failure in the audit log, under the person's name (what the gateway's audit
    records for an API call, with ``service`` = ``console``)."""
    client = request.scope.get("client")
    await insert_event(
        request.app.state.engine,
        {
            "client_id": user.id if user else None,
            "client_name": f"{user.display_name} ({user.username})" if user else None,
            "role": user.role if user else None,
            "key_prefix": None,
            "source_address": str(client[0]) if client else None,
            "method": "POST",
            "path": f"/console/{action}",
            "object_id": str(user.id) if user else None,
            "status": status,
            "outcome": AuditOutcome.SUCCESS if status < 400 else AuditOutcome.REJECTED,
            "code": None,
            "request_id": request.scope.get("state", {}).get("request_id", ""),
            "client_request_id": None,
            "service": "console",
            "staff_user_id": user.id if user else None,
        },
    )


async def csrf_refused(request: Request, viewer: Viewer) -> Response | None:
    form = await request.form()
    given = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if csrf_ok(viewer.csrf_token, given if isinstance(given, str) else None):
        return None
    return render(request, "message.html", viewer.language, viewer, status=403, message_key="csrf.refused")


# --- entry, language --------------------------------------------------------------------------------------


@router.get("/")
@router.get("/console")
async def entry() -> RedirectResponse:
    return to_sign_in()


@router.get("/console/language")
async def switch_language(request: Request, to: str = "zh", next: str = "/console/home") -> RedirectResponse:
    """A preference cookie only (nothing on the server changes): Chinese by default, English by a switch."""
    target = next if next.startswith("/console") and "//" not in next else "/console/home"
    response = RedirectResponse(target, status_code=303)
    set_cookie(request, response, LANGUAGE_COOKIE, to if to in LANGUAGES else "zh", max_age=365 * 86400)
    return response


# --- signing in and out -----------------------------------------------------------------------------------


@router.get("/console/sign-in")
async def sign_in_page(request: Request) -> Response:
    if await viewer_of(request) is not None:
        return RedirectResponse("/console/home", status_code=303)
    token = new_pre_session_token()
    response = render(request, "sign_in.html", language_of(request), csrf_token=token)
    set_cookie(request, response, PRE_SESSION_COOKIE, token, max_age=3600)
    return response


@router.post("/console/sign-in")
async def sign_in(request: Request) -> Response:
    language = language_of(request)
    form = await request.form()
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    if not csrf_ok(request.cookies.get(PRE_SESSION_COOKIE), str(form.get(CSRF_FIELD, ""))):
        return render(request, "message.html", language, status=403, message_key="csrf.refused")
    settings: Settings = request.app.state.settings
    client = request.scope.get("client")
    async with sessionmaker_of(request)() as session:
        result = await staff.sign_in(
            session, username, password, settings, str(client[0]) if client else None
        )
        await session.commit()  # the failure count stays whatever the outcome
    status = {SignInOutcome.INVALID: 401, SignInOutcome.LOCKED: 423}.get(result.outcome, 303)
    await audit_console(request, "sign-in", status, result.user)
    if result.outcome in (SignInOutcome.INVALID, SignInOutcome.LOCKED):
        token = new_pre_session_token()
        error = (
            translate("signin.invalid", language)
            if result.outcome is SignInOutcome.INVALID
            else translate("signin.locked", language, until=until_text(result.locked_until))
        )
        page = render(
            request, "sign_in.html", language, status=status, csrf_token=token, error=error, username=username
        )
        set_cookie(request, page, PRE_SESSION_COOKIE, token, max_age=3600)
        return page
    assert result.token is not None
    target = "/console/second-factor" if result.outcome is SignInOutcome.SECOND_FACTOR else "/console/home"
    response = RedirectResponse(target, status_code=303)
    set_cookie(
        request, response, SESSION_COOKIE, result.token, max_age=settings.console_session_absolute_seconds
    )
    response.delete_cookie(PRE_SESSION_COOKIE, path="/")
    return response


@router.get("/console/second-factor")
async def second_factor_page(request: Request) -> Response:
    viewer = await viewer_of(request, pending_ok=True)
    if viewer is None:
        return to_sign_in()
    return render(request, "second_factor.html", viewer.language, csrf_token=viewer.csrf_token)


@router.post("/console/second-factor")
async def second_factor(request: Request) -> Response:
    viewer = await viewer_of(request, pending_ok=True)
    if viewer is None:
        return to_sign_in()
    form = await request.form()
    if not csrf_ok(viewer.csrf_token, str(form.get(CSRF_FIELD, ""))):
        return render(request, "message.html", viewer.language, status=403, message_key="csrf.refused")
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        outcome = (
            SignInOutcome.INVALID
            if live is None
            else await staff.second_factor(session, live, str(form.get("code", "")), settings)
        )
        await session.commit()
    status = {SignInOutcome.INVALID: 401, SignInOutcome.LOCKED: 423}.get(outcome, 303)
    await audit_console(request, "second-factor", status, viewer.user)
    if outcome is SignInOutcome.SIGNED_IN:
        return RedirectResponse("/console/home", status_code=303)
    if outcome is SignInOutcome.LOCKED:
        return to_sign_in()
    return render(
        request, "second_factor.html", viewer.language, status=401, csrf_token=viewer.csrf_token,
        error=translate("totp.invalid", viewer.language),
    )  # fmt: skip


async def _sign_out(request: Request, everywhere: bool) -> Response:
    viewer = await viewer_of(request, pending_ok=True)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        if live is not None:
            await (staff.sign_out_everywhere if everywhere else staff.sign_out)(session, live)
        await session.commit()
    await audit_console(request, "sign-out-everywhere" if everywhere else "sign-out", 303, viewer.user)
    response = to_sign_in()
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/console/sign-out")
async def sign_out(request: Request) -> Response:
    return await _sign_out(request, everywhere=False)


@router.post("/console/sign-out-everywhere")
async def sign_out_everywhere(request: Request) -> Response:
    return await _sign_out(request, everywhere=True)


# --- pages ------------------------------------------------------------------------------------------------


@router.get("/console/home")
async def home(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role in CITY_ROLES:
        return RedirectResponse("/console/city", status_code=303)
    next_pages = {
        Role.CONTRACTOR: "待组织评估的申请、现场评估期限、初审/复审抽样、争议、月度结算 / "
        "applications waiting for a panel, on-site deadlines, first and second review, disputes, "
        "monthly settlement",
        Role.INSTITUTION: "服务记录上传与逐行错误、结算单、争议、服务对象 / "
        "upload a month's records and fix their errors, statements, disputes, clients",
    }.get(viewer.role, "—")
    return render(request, "home.html", viewer.language, viewer, next_pages=next_pages)


def _api_failure(request: Request, viewer: Viewer, failed: pages.ApiFailed) -> HTMLResponse:
    status = failed.answer.status if failed.answer.status in (403, 404) else 502
    return render(
        request, "message.html", viewer.language, viewer, status=status,
        message=translate("api_error", viewer.language, code=failed.code),
    )  # fmt: skip


@router.get("/console/city")
async def city(request: Request, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role not in CITY_ROLES:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    try:
        overview = await pages.city_overview(viewer.api, _month(month), viewer.language)
    except pages.ApiFailed as failed:
        return _api_failure(request, viewer, failed)
    return render(request, "city.html", viewer.language, viewer, overview=overview)


@router.get("/console/city/fund-status.csv")
async def city_csv(request: Request, month: str | None = None) -> Response:
    """The API's own CSV of the fund status (``Accept: text/csv``), fetched as the signed-in person."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get(
        "/api/v1/fund/status", {"month": f"{_month(month):%Y-%m}"}, accept="text/csv"
    )
    keep = {k: v for k, v in answer.headers.items() if k in ("content-type", "content-disposition")}
    return Response(answer.body, status_code=answer.status, headers=keep)


@router.get("/console/counties/{code}")
async def county(request: Request, code: str, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role not in CITY_ROLES:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    try:
        page = await pages.county_page(viewer.api, code, _month(month), viewer.language)
    except pages.ApiFailed as failed:
        return _api_failure(request, viewer, failed)
    return render(request, "county.html", viewer.language, viewer, page=page)


@router.get("/console/counties/{code}/{table}.csv")
async def county_csv(request: Request, code: str, table: str, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role not in CITY_ROLES or table not in pages.TABLES:
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    try:
        page = await pages.county_page(viewer.api, code, _month(month), viewer.language)
    except pages.ApiFailed as failed:
        return _api_failure(request, viewer, failed)
    [found] = [t for t in page.tables if t.key == table]
    name = f"{table}-{code}-{page.month:%Y-%m}.csv"
    return Response(
        found.csv(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


# --- staff accounts (admins; a contractor's staff administrator) ------------------------------------------


async def _staff_page(request: Request, viewer: Viewer, status: int = 200, **context: Any) -> Response:
    answer = await viewer.api.get("/api/v1/staff", {"limit": 200})
    if not answer.ok:
        return _api_failure(request, viewer, pages.ApiFailed(answer))
    return render(
        request, "staff.html", viewer.language, viewer, status=status, accounts=answer.json()["items"],
        roles=[r.value for r in Role if r is not Role.SERVICE]
        if viewer.role is Role.ADMIN
        else ["contractor"],
        now=dt.datetime.now(dt.UTC).isoformat(), **context,
    )  # fmt: skip


@router.get("/console/staff")
async def staff_page(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    return await _staff_page(request, viewer)


@router.post("/console/staff")
async def create_staff(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    counties = [
        c.strip() for c in str(form.get("county_codes", "")).replace("，", ",").split(",") if c.strip()
    ]
    body: dict[str, Any] = {
        "username": str(form.get("username", "")),
        "display_name": str(form.get("display_name", "")),
        "role": str(form.get("role", "")),
        "county_codes": counties,
        "password": str(form.get("password", "")),
        "staff_admin": form.get("staff_admin") == "on",
    }
    if form.get("institution_id"):
        body["institution_id"] = str(form.get("institution_id"))
    answer = await viewer.api.post("/api/v1/staff", body)
    if answer.ok:
        notice = translate("staff.created", viewer.language, username=body["username"])
        return await _staff_page(request, viewer, status=201, notice=notice)
    problem = answer.json() or {}
    errors = [e.get("message", "") for e in problem.get("errors", [])] or [problem.get("detail", "")]
    return await _staff_page(
        request, viewer, status=answer.status, error=f"{problem.get('code')}: " + "; ".join(errors)
    )


@router.post("/console/staff/{staff_id}/{action}")
async def change_staff(request: Request, staff_id: str, action: str) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    if action not in ("disable", "enable"):
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    answer = await viewer.api.post(f"/api/v1/staff/{staff_id}/{action}")
    if not answer.ok:
        return _api_failure(request, viewer, pages.ApiFailed(answer))
    return RedirectResponse("/console/staff", status_code=303)
