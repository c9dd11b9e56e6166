"""The console's cookies and the signed-in person: the session cookie (HttpOnly, SameSite=Strict, Secure
over TLS or behind a proxy that says https), the CSRF synchronizer token of the session, the language."""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.responses import Response

from services.gateway.auth import StaffCaller
from services.gateway.console.calls import Api
from services.gateway.console.i18n import DEFAULT_LANGUAGE, LANGUAGES
from services.gateway.contracts import service as contracts
from services.gateway.models import StaffUser
from services.gateway.staff import service as staff
from shared.principal import Principal, Role
from shared.settings import Settings

SESSION_COOKIE = "ltc_console_session"
PRE_SESSION_COOKIE = "ltc_console_signin"  # the sign-in form's own CSRF token (double submit)
LANGUAGE_COOKIE = "ltc_console_lang"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def secure_cookies(request: Request) -> bool:
    settings: Settings = request.app.state.settings
    if settings.console_secure_cookies is not None:
        return settings.console_secure_cookies
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or forwarded == "https"


def set_cookie(request: Request, response: Response, name: str, value: str, *, max_age: int | None) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
    )


def principal_of(user: StaffUser) -> Principal:
    """The principal of a person: their account's role and scope, named after them (the audit's
    ``client_name``, the services' ``created_by``)."""
    return Principal(
        client_id=str(user.id),
        name=f"{user.display_name} ({user.username})",
        role=Role(user.role),
        county_codes=list(user.county_codes),
        institution_id=user.institution_id,
    )


@dataclass(frozen=True)
class Viewer:
    """The signed-in person of one page: who, the CSRF token of their session, their language, and the
    public API as they call it."""

    user: StaffUser
    session_id: str
    csrf_token: str
    language: str
    api: Api

    @property
    def role(self) -> Role:
        return Role(self.user.role)


def sessionmaker_of(request: Request) -> async_sessionmaker[AsyncSession]:
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    return sessionmaker


async def viewer_of(request: Request, *, pending_ok: bool = False) -> Viewer | None:
    """The person signed in with this request's cookie, or None. The lookup is a short transaction of its
    own: no database connection is held while the page calls the API."""
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        if live is None or (live.row.second_factor_pending and not pending_ok):
            await session.rollback()
            return None
        uncovered: tuple[str, ...] = ()
        if live.user.contractor_id is not None:
            uncovered = tuple(
                await contracts.uncovered_counties(session, live.user.contractor_id, live.user.county_codes)
            )
        await session.commit()
    caller = StaffCaller(principal_of(live.user), live.user.id, live.user.staff_admin, uncovered)
    client = request.scope.get("client")
    api = Api(request.app, caller, tuple(client) if client else None, request.headers.get("x-request-id"))
    return Viewer(live.user, str(live.row.id), live.row.csrf_token, language_of(request), api)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def new_pre_session_token() -> str:
    return secrets.token_urlsafe(24)


def until_text(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    local = when.astimezone(dt.timezone(dt.timedelta(hours=8)))  # Beijing time
    return f"{local:%H:%M}"
