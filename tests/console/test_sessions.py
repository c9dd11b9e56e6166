"""Signing in to the console, sessions, CSRF, lockout, the second factor, disabled accounts, sign-out
everywhere — in-process, with httpx (the browser tests drive the same through real Chromium)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pyotp
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import bearer
from tests.console.conftest import PASSWORD, Browser, MakeStaff, csrf_of


async def test_root_and_console_lead_to_the_sign_in_page(gateway: httpx.AsyncClient) -> None:
    for path in ("/", "/console"):
        answer = await gateway.get(path)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/console/sign-in"
    page = await gateway.get("/console/sign-in")
    assert page.status_code == 200
    assert '<label for="username">用户名</label>' in page.text


async def test_a_bureau_officer_signs_in_and_gets_an_httponly_strict_session_cookie(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    answer = await browser.sign_in(officer["username"])
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/home"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("ltc_console_session="))
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "samesite=strict" in cookie.lower()
    assert "Secure" not in cookie  # plain http, no proxy saying https
    home = await browser.page("/console/home")
    assert home.status_code == 303
    assert home.headers["location"] == "/console/city"


async def test_the_cookie_is_secure_behind_a_proxy_saying_https(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    form = await browser.client.get("/console/sign-in")
    answer = await browser.client.post(
        "/console/sign-in",
        data={"username": officer["username"], "password": PASSWORD, "csrf_token": csrf_of(form)},
        headers={"X-Forwarded-Proto": "https"},
    )
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("ltc_console_session="))
    assert "Secure" in cookie


async def test_a_wrong_password_is_refused_and_the_page_says_so(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    answer = await browser_factory().sign_in(officer["username"], "not-the-password-1")
    assert answer.status_code == 401
    assert "用户名或密码不正确" in answer.text


async def test_sign_in_without_the_forms_token_is_refused(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    await browser.client.get("/console/sign-in")
    answer = await browser.client.post(
        "/console/sign-in", data={"username": officer["username"], "password": PASSWORD}
    )
    assert answer.status_code == 403
    assert "CSRF" in answer.text


async def test_a_state_changing_form_without_the_sessions_csrf_token_is_refused(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    await browser.sign_in(officer["username"])
    refused = await browser.client.post("/console/sign-out", data={})
    assert refused.status_code == 403
    forged = await browser.client.post("/console/sign-out", data={"csrf_token": "forged"})
    assert forged.status_code == 403
    still = await browser.page("/console/home")
    assert still.headers["location"] == "/console/city"  # still signed in: nothing happened


async def test_repeated_failures_lock_the_account_even_for_the_right_password(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], settings: object
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    threshold = 5  # LTC_CONSOLE_LOCKOUT_THRESHOLD's default
    for attempt in range(1, threshold + 1):
        answer = await browser.sign_in(officer["username"], f"wrong-password-{attempt}")
        assert answer.status_code == (423 if attempt == threshold else 401)
    assert "已锁定" in answer.text
    right = await browser.sign_in(officer["username"])
    assert right.status_code == 423


async def test_the_second_factor_is_asked_after_the_password(
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    officer = await make_staff("bureau")
    enrolled = await gateway.post(
        f"/api/v1/staff/{officer['id']}/second-factor", headers=bearer(keys["admin"])
    )
    assert enrolled.status_code == 200, enrolled.text
    totp = pyotp.TOTP(enrolled.json()["secret"])
    browser = browser_factory()
    answer = await browser.sign_in(officer["username"])
    assert answer.headers["location"] == "/console/second-factor"
    pending = await browser.page("/console/city")
    assert pending.headers["location"] == "/console/sign-in"  # nothing before the code
    step = await browser.page("/console/second-factor")
    wrong = await browser.client.post(
        "/console/second-factor", data={"code": "000000", "csrf_token": csrf_of(step)}
    )
    assert wrong.status_code == 401
    right = await browser.client.post(
        "/console/second-factor", data={"code": totp.now(), "csrf_token": csrf_of(step)}
    )
    assert right.headers["location"] == "/console/home"
    assert (await browser.page("/console/home")).headers["location"] == "/console/city"


async def test_no_second_factor_for_a_contractor(
    make_staff: MakeStaff, gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    reviewer = await make_staff("contractor")
    answer = await gateway.post(
        f"/api/v1/staff/{reviewer['id']}/second-factor", headers=bearer(keys["admin"])
    )
    assert answer.status_code == 409
    assert answer.json()["code"] == "TOTP_NOT_FOR_ROLE"


async def test_a_disabled_account_is_signed_out_and_cannot_sign_in(
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    await browser.sign_in(officer["username"])
    disabled = await gateway.post(f"/api/v1/staff/{officer['id']}/disable", headers=bearer(keys["admin"]))
    assert disabled.json()["disabled_at"] is not None
    assert (await browser.page("/console/home")).headers["location"] == "/console/sign-in"
    again = await browser_factory().sign_in(officer["username"])
    assert again.status_code == 401


async def test_sign_out_everywhere_ends_every_session_of_the_person(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    office, laptop = browser_factory(), browser_factory()
    await office.sign_in(officer["username"])
    await laptop.sign_in(officer["username"])
    home = await laptop.client.get("/console/city?month=2022-08")
    assert home.status_code == 200, home.text
    out = await laptop.client.post("/console/sign-out-everywhere", data={"csrf_token": csrf_of(home)})
    assert out.headers["location"] == "/console/sign-in"
    assert (await office.page("/console/home")).headers["location"] == "/console/sign-in"
    assert (await laptop.page("/console/home")).headers["location"] == "/console/sign-in"


async def test_sign_out_ends_only_this_session(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    officer = await make_staff("bureau")
    office, laptop = browser_factory(), browser_factory()
    await office.sign_in(officer["username"])
    await laptop.sign_in(officer["username"])
    page = await laptop.client.get("/console/city?month=2022-08")
    await laptop.client.post("/console/sign-out", data={"csrf_token": csrf_of(page)})
    assert (await laptop.page("/console/home")).headers["location"] == "/console/sign-in"
    assert (await office.page("/console/home")).headers["location"] == "/console/city"


@pytest.mark.parametrize("password", ["short1!", "onlyletterslong", "123456789012345"])
async def test_weak_passwords_are_refused(
    password: str, gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    answer = await gateway.post(
        "/api/v1/staff",
        json={"username": "weak.one", "display_name": "弱", "role": "bureau", "password": password},
        headers=bearer(keys["admin"]),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["code"] == "PASSWORD_TOO_WEAK"


@pytest.mark.parametrize(
    ("column", "ago"),
    [("last_seen_at", "31 minutes"), ("expires_at", "1 second")],
    ids=["idle for longer than the idle expiry", "past the absolute expiry"],
)
async def test_an_expired_session_leads_back_to_sign_in(
    column: str,
    ago: str,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    session: AsyncSession,
) -> None:
    officer = await make_staff("bureau")
    browser = browser_factory()
    await browser.sign_in(officer["username"])
    assert (await browser.page("/console/home")).headers["location"] == "/console/city"
    await session.execute(
        text(
            f"UPDATE gateway.staff_sessions SET {column} = now() - interval '{ago}' WHERE staff_user_id = :id"
        ),
        {"id": officer["id"]},
    )
    assert (await browser.page("/console/home")).headers["location"] == "/console/sign-in"
