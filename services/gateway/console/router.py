"""The console's pages: HTTP only (forms, cookies, redirects, rendering). Here: entry, language, signing in
and out, the city overview and a county, staff accounts; each further area is a module with its own router
(``queues``, ``institution``, ``oversight``, ``planning``, ``account``), included below. What a page shows
comes from the public API's answers; who is signed in from ``sessions``; the sign-in rules from
``services.gateway.staff.service``. Every state-changing form carries the session's CSRF token."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from services.gateway.console import account, institution, oversight, pages, planning, queues
from services.gateway.console.i18n import LANGUAGES, translate
from services.gateway.console.sessions import (
    CSRF_FIELD,
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
from services.gateway.console.web import (
    CITY_ROLES,
    NAV,
    STATIC_DIR,
    api_failure,
    audit_console,
    csrf_refused,
    month_of,
    render,
    to_sign_in,
)
from services.gateway.staff import service as staff
from services.gateway.staff.service import SignInOutcome
from shared.principal import Role
from shared.settings import Settings

__all__ = ["STATIC_DIR", "router"]
AREAS = (queues.router, institution.router, oversight.router, planning.router, account.router)

router = APIRouter(include_in_schema=False)
for area in AREAS:
    router.include_router(area)


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
    """Each person lands on the first page of their role (the city overview, the work queues, the
    institution's desk…); a role without one sees who they are and their account."""
    for item in NAV:
        if item.href != "/console/account" and item.shows(viewer):
            return RedirectResponse(item.href, status_code=303)
    return render(request, "home.html", viewer.language, viewer)


@router.get("/console/city")
async def city(request: Request, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role not in CITY_ROLES:
        return render(request, "message.html", viewer.language, viewer, status=403, message_key="forbidden")
    try:
        overview = await pages.city_overview(viewer.api, month_of(month), viewer.language)
    except pages.ApiFailed as failed:
        return api_failure(request, viewer, failed)
    return render(request, "city.html", viewer.language, viewer, overview=overview)


@router.get("/console/city/fund-status.csv")
async def city_csv(request: Request, month: str | None = None) -> Response:
    """The API's own CSV of the fund status (``Accept: text/csv``), fetched as the signed-in person."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    answer = await viewer.api.get(
        "/api/v1/fund/status", {"month": f"{month_of(month):%Y-%m}"}, accept="text/csv"
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
        page = await pages.county_page(viewer.api, code, month_of(month), viewer.language)
    except pages.ApiFailed as failed:
        return api_failure(request, viewer, failed)
    return render(request, "county.html", viewer.language, viewer, page=page)


@router.get("/console/counties/{code}/{table}.csv")
async def county_csv(request: Request, code: str, table: str, month: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if viewer.role not in CITY_ROLES or table not in pages.TABLES:
        return render(request, "message.html", viewer.language, viewer, status=404, message_key="not_found")
    try:
        page = await pages.county_page(viewer.api, code, month_of(month), viewer.language)
    except pages.ApiFailed as failed:
        return api_failure(request, viewer, failed)
    [found] = [t for t in page.tables if t.key == table]
    name = f"{table}-{code}-{page.month:%Y-%m}.csv"
    return found.download(name)


# --- staff accounts (admins; a contractor's staff administrator) ------------------------------------------


async def _staff_page(request: Request, viewer: Viewer, status: int = 200, **context: Any) -> Response:
    answer = await viewer.api.get("/api/v1/staff", {"limit": 200})
    if not answer.ok:
        return api_failure(request, viewer, pages.ApiFailed(answer))
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
        return api_failure(request, viewer, pages.ApiFailed(answer))
    return RedirectResponse("/console/staff", status_code=303)
