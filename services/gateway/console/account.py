"""A person's own account (我的账户): change the password, turn the second factor (TOTP) on or off.

Like signing in, these are the person's own credentials, not fund data: the pages call the staff rules
(``services.gateway.staff.service``) directly, under the signed-in session, and each change is in the audit
log under the person's name. Every change asks for the current password first; a wrong one counts towards
the lockout exactly as at sign-in, so an unattended open session cannot be used to guess it or to take the
account over. The second factor is turned on only once a code from the person's app proves the app holds the
new secret (a mistyped secret never locks anyone out)."""

from __future__ import annotations

from typing import Any

import segno
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from services.gateway.console.i18n import register, translate
from services.gateway.console.sessions import SESSION_COOKIE, Viewer, sessionmaker_of, viewer_of
from services.gateway.console.web import audit_console, csrf_refused, render, to_sign_in
from services.gateway.staff import service as staff
from services.gateway.staff.service import SECOND_FACTOR_ROLES, OwnChange
from shared.errors import Unprocessable
from shared.settings import Settings

router = APIRouter(include_in_schema=False)

register(
    {
        "account.title": ("我的账户", "My account"),
        "account.username": ("用户名", "Username"),
        "account.scope": ("数据范围", "Data scope"),
        "account.city": ("全市", "the whole city"),
        "account.password": ("修改密码", "Change the password"),
        "account.current": ("当前密码", "Current password"),
        "account.new": ("新密码", "New password"),
        "account.repeat": ("再次输入新密码", "The new password again"),
        "account.rules": (
            "至少 12 位，含字母、数字、符号中的两类，且不含用户名。修改后，其他设备上的登录将全部退出。",
            "At least 12 characters of two kinds (letters, digits, other), without the username. Every other "
            "session of this account is signed out.",
        ),
        "account.change": ("修改", "Change"),
        "account.changed": (
            "密码已修改，其他设备上的登录已退出。",
            "Password changed; other sessions signed out.",
        ),
        "account.mismatch": ("两次输入的新密码不一致。", "The two new passwords differ."),
        "account.wrong_password": ("当前密码不正确。", "The current password is wrong."),
        "account.wrong_code": (
            "动态口令不正确：请确认验证器应用中添加的是上面的密钥，再输入当前的 6 位口令。",
            "The code is wrong: check that your authenticator app holds the key above, then enter its "
            "current 6 digits.",
        ),
        "account.second_factor": ("动态口令（第二重验证）", "Second factor (one-time codes)"),
        "account.second_factor_on": (
            "已开启：登录时在密码之后还需输入验证器应用中的 6 位口令。",
            "On: after the password, sign-in asks for the 6-digit code of your authenticator app.",
        ),
        "account.second_factor_off": ("未开启。", "Off."),
        "account.second_factor_not_for_role": (
            "动态口令适用于医保局和平台管理员账户。",
            "The second factor is for bureau and admin accounts.",
        ),
        "account.turn_on": ("开启动态口令", "Turn on the second factor"),
        "account.replace": ("更换验证器", "Move to a new authenticator app"),
        "account.turn_off": ("关闭动态口令", "Turn off the second factor"),
        "account.scan": (
            "用验证器应用（如 Microsoft Authenticator、Google 身份验证器）扫描二维码，或手动输入密钥；"
            "然后输入应用显示的 6 位口令和当前密码以确认。",
            "Scan the QR code with an authenticator app (Microsoft Authenticator, Google Authenticator…) or "
            "type the key in; then confirm with the app's 6-digit code and your current password.",
        ),
        "account.key": ("密钥", "Key"),
        "account.confirm": ("确认开启", "Confirm"),
        "account.turned_on": ("动态口令已开启。", "The second factor is on."),
        "account.turned_off": ("动态口令已关闭。", "The second factor is off."),
        "account.locked": (
            "失败次数过多，账户已锁定，本次登录已退出。",
            "Too many failures: the account is locked and this session is over.",
        ),
    }
)


def _page(request: Request, viewer: Viewer, status: int = 200, **context: Any) -> Response:
    user = viewer.user
    scope = user.institution_id or "、".join(user.county_codes) or translate("account.city", viewer.language)
    return render(
        request, "account.html", viewer.language, viewer, status=status, scope=scope,
        second_factor_allowed=viewer.role in SECOND_FACTOR_ROLES,
        second_factor_on=user.totp_secret is not None, **context,
    )  # fmt: skip


async def _changed(
    request: Request, viewer: Viewer, action: str, outcome: OwnChange, done_key: str, **context: Any
) -> Response:
    """The page after a change: its outcome said, audited under the person's name; at a lock, signed out."""
    status = {OwnChange.DONE: 200, OwnChange.LOCKED: 423}.get(outcome, 422)
    await audit_console(request, f"account/{action}", status, viewer.user)
    if outcome is OwnChange.LOCKED:
        response = render(request, "message.html", viewer.language, status=423, message_key="account.locked")
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
    if outcome is OwnChange.DONE:
        return RedirectResponse(f"/console/account?done={done_key}", status_code=303)
    error_key = "account.wrong_code" if outcome is OwnChange.WRONG_CODE else "account.wrong_password"
    return _page(request, viewer, status=status, error=translate(error_key, viewer.language), **context)


@router.get("/console/account")
async def account_page(request: Request, done: str | None = None) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    notices = {"password": "account.changed", "on": "account.turned_on", "off": "account.turned_off"}
    notice = translate(notices[done], viewer.language) if done in notices else None
    return _page(request, viewer, notice=notice)


@router.post("/console/account/password")
async def change_password(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    current, new = str(form.get("current_password", "")), str(form.get("new_password", ""))
    if new != str(form.get("repeat_password", "")):
        return _page(request, viewer, status=422, error=translate("account.mismatch", viewer.language))
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        if live is None:
            return to_sign_in()
        try:
            outcome = await staff.change_own_password(session, live, current, new, settings)
        except Unprocessable as weak:
            await session.rollback()
            return _page(request, viewer, status=422, error=_problem(weak))
        await session.commit()
    return await _changed(request, viewer, "password", outcome, "password")


def _problem(error: Unprocessable) -> str:
    return "; ".join(e.message for e in error.errors or []) or str(error)


@router.post("/console/account/second-factor/new")
async def new_second_factor(request: Request) -> Response:
    """A fresh secret to add to the app, with its QR code; nothing changes until it is confirmed."""
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    if viewer.role not in SECOND_FACTOR_ROLES:
        return _page(
            request,
            viewer,
            status=409,
            error=translate("account.second_factor_not_for_role", viewer.language),
        )
    secret, uri = staff.new_second_factor_secret(viewer.user)
    return _page(request, viewer, secret=secret, qr=segno.make(uri, error="m").svg_data_uri(scale=4))


@router.post("/console/account/second-factor")
async def confirm_second_factor(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    if viewer.role not in SECOND_FACTOR_ROLES:
        return _page(
            request,
            viewer,
            status=409,
            error=translate("account.second_factor_not_for_role", viewer.language),
        )
    form = await request.form()
    secret = str(form.get("secret", ""))
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        if live is None:
            return to_sign_in()
        outcome = await staff.confirm_own_second_factor(
            session, live, str(form.get("current_password", "")), secret, str(form.get("code", "")), settings
        )
        await session.commit()
    uri = staff.provisioning_uri(secret, viewer.user.username)
    again = {"secret": secret, "qr": segno.make(uri, error="m").svg_data_uri(scale=4)} if uri else {}
    return await _changed(request, viewer, "second-factor", outcome, "on", **again)


@router.post("/console/account/second-factor/remove")
async def remove_second_factor(request: Request) -> Response:
    viewer = await viewer_of(request)
    if viewer is None:
        return to_sign_in()
    if (refused := await csrf_refused(request, viewer)) is not None:
        return refused
    form = await request.form()
    settings: Settings = request.app.state.settings
    async with sessionmaker_of(request)() as session:
        live = await staff.session_of(session, request.cookies.get(SESSION_COOKIE), settings)
        if live is None:
            return to_sign_in()
        outcome = await staff.remove_own_second_factor(
            session, live, str(form.get("current_password", "")), settings
        )
        await session.commit()
    return await _changed(request, viewer, "second-factor-remove", outcome, "off")
