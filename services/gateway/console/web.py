"""What every console page shares: the templates and their filters, the navigation, rendering with the
security headers, the CSRF check of a form, month parameters, and how an API failure becomes a page.

Each area of the console is a module of its own with its own router and templates (``city`` in
``router``; ``queues`` for a contractor's work; ``institution`` for a care institution's desk;
``oversight``; ``planning``; ``account`` for a person's own password and second factor). They all render
through :func:`render` and call the public API as the signed-in person (``viewer.api``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.gateway.audit.repository import insert_event
from services.gateway.console.calls import Answer, ApiFailed
from services.gateway.console.i18n import chinese_date, chinese_month, rmb, translate, yuan
from services.gateway.console.sessions import CSRF_FIELD, CSRF_HEADER, Viewer, csrf_ok
from services.gateway.models import AuditOutcome, StaffUser
from shared.principal import Role

STATIC_DIR = Path(__file__).parent / "static"
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["yuan"] = yuan
templates.env.filters["rmb"] = rmb
templates.env.globals["chinese_date"] = chinese_date
templates.env.globals["chinese_month"] = chinese_month

CITY_ROLES = frozenset({
    Role.ADMIN, Role.BUREAU, Role.FINANCE, Role.AUDIT, Role.INSURANCE_REGULATOR,
})  # fmt: skip
"""Who has the city overview: the roles that read fund status city-wide (``settlement.fund_status.read``)."""
STAFF_PAGE_ROLES = frozenset({Role.ADMIN, Role.CONTRACTOR})
MONTH_PATTERN = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class NavItem:
    href: str
    key: str
    """The catalogue key of its label."""
    shows: Callable[[Viewer], bool]


OVERSIGHT_ROLES = frozenset({
    Role.ADMIN, Role.BUREAU, Role.AUDIT, Role.FINANCE, Role.CONTRACTOR, Role.INSTITUTION, Role.EVALUATOR,
})  # fmt: skip
"""Whom oversight's link shows to: the roles of ``oversight.cases.read`` and ``settlement.recoveries.read``,
and the evaluator (its assigned evaluations). Every other role reads only published evaluations there."""
PLANNING_ROLES = frozenset({Role.ADMIN, Role.BUREAU, Role.FINANCE, Role.AUDIT, Role.CONTRACTOR})
"""``settlement.budgets.read`` and ``settlement.bulletins.read`` (``settlement.projections.read`` is the same
but for the contractor, whose projections page is refused)."""
NAV: tuple[NavItem, ...] = (
    NavItem("/console/city", "nav.city", lambda v: v.role in CITY_ROLES),
    NavItem("/console/queues", "nav.queues", lambda v: v.role is Role.CONTRACTOR),
    NavItem("/console/institution", "nav.institution", lambda v: v.role is Role.INSTITUTION),
    NavItem("/console/oversight", "nav.oversight", lambda v: v.role in OVERSIGHT_ROLES),
    NavItem("/console/planning", "nav.planning", lambda v: v.role in PLANNING_ROLES),
    NavItem(
        "/console/staff",
        "nav.staff",
        lambda v: v.role is Role.ADMIN or (v.role is Role.CONTRACTOR and v.user.staff_admin),
    ),
    NavItem("/console/account", "nav.account", lambda v: True),
)
"""The header's links, in order: each shows to the roles whose pages it leads to."""


def today() -> dt.date:
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()


def month_of(value: str | None) -> dt.date:
    if value and MONTH_PATTERN.match(value):
        year, month = int(value[:4]), int(value[5:])
        if 2000 <= year <= 2100 and 1 <= month <= 12:
            return dt.date(year, month, 1)
    now = today()
    return dt.date(now.year, now.month, 1)


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

    nav = [(item.href, t(item.key)) for item in NAV if viewer is not None and item.shows(viewer)]
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


def api_failure(request: Request, viewer: Viewer, failed: ApiFailed) -> HTMLResponse:
    """The API's refusal as a page with its code: a 4xx keeps its status (a value the API refuses is the
    person's to correct, as 422 says; out of scope stays 404); an API failure is a 502."""
    status = failed.answer.status if 400 <= failed.answer.status < 500 else 502
    return render(
        request, "message.html", viewer.language, viewer, status=status,
        message=translate("api_error", viewer.language, code=failed.code),
    )  # fmt: skip


def problem_text(answer: Answer) -> str:
    """A problem+json answer as one line for the page: its ``code`` and what it says (each row's error)."""
    problem = answer.json() if answer.body else {}
    if not isinstance(problem, dict):
        return f"HTTP {answer.status}"
    errors = [e.get("message", "") for e in problem.get("errors", []) if isinstance(e, dict)]
    return f"{problem.get('code', answer.status)}: " + ("; ".join(errors) or str(problem.get("detail", "")))
