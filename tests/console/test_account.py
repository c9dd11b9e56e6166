"""A person's own account in the console: changing the password (the current one first, the rules of an
admin's, every other session signed out, this one kept), the second factor turned on only with a code from
the app and turned off with the password, wrong passwords counting towards the lockout, CSRF on every form,
and each change in the audit log under the person's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pyotp
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.console.conftest import PASSWORD, Browser, MakeStaff, csrf_of

NEW_PASSWORD = "Ouhai-river-2027"
_SECRET = re.compile(r'<code id="totp-secret">([A-Z2-7]+)</code>')


async def signed_in(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], role: str
) -> tuple[Browser, dict[str, Any]]:
    person = await make_staff(role)
    browser = browser_factory()
    assert (await browser.sign_in(person["username"])).status_code == 303
    return browser, person


async def post(browser: Browser, path: str, **fields: str) -> httpx.Response:
    page = await browser.page("/console/account")
    return await browser.client.post(path, data={"csrf_token": csrf_of(page), **fields})


async def change_password(
    browser: Browser, current: str, new: str, repeat: str | None = None
) -> httpx.Response:
    return await post(
        browser, "/console/account/password",
        current_password=current, new_password=new, repeat_password=new if repeat is None else repeat,
    )  # fmt: skip


async def test_everyone_has_an_account_page_in_the_navigation(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    for role in ("bureau", "contractor", "institution", "civil_affairs"):
        browser, person = await signed_in(make_staff, browser_factory, role)
        page = await browser.page("/console/account")
        assert page.status_code == 200
        assert 'href="/console/account"' in page.text
        assert f'<dd id="account-username">{person["username"]}</dd>' in page.text


async def test_a_new_password_signs_out_every_other_session_and_keeps_this_one(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser, person = await signed_in(make_staff, browser_factory, "contractor")
    elsewhere = browser_factory()
    await elsewhere.sign_in(person["username"])
    changed = await change_password(browser, PASSWORD, NEW_PASSWORD)
    assert changed.status_code == 303
    page = await browser.page(changed.headers["location"])
    assert "密码已修改" in page.text
    assert (await elsewhere.page("/console/account")).headers["location"] == "/console/sign-in"
    assert (await browser_factory().sign_in(person["username"], PASSWORD)).status_code == 401
    assert (await browser_factory().sign_in(person["username"], NEW_PASSWORD)).status_code == 303


async def test_a_password_change_needs_the_current_password_matching_repeats_and_the_rules(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser, person = await signed_in(make_staff, browser_factory, "institution")
    wrong = await change_password(browser, "not-the-password-9", NEW_PASSWORD)
    assert wrong.status_code == 422
    assert "当前密码不正确" in wrong.text
    differ = await change_password(browser, PASSWORD, NEW_PASSWORD, repeat=NEW_PASSWORD + "x")
    assert differ.status_code == 422
    assert "不一致" in differ.text
    weak = await change_password(browser, PASSWORD, "short1")
    assert weak.status_code == 422
    assert "at least 12 characters" in weak.text
    same = await change_password(browser, PASSWORD, PASSWORD)
    assert same.status_code == 422
    assert "differ from the current one" in same.text
    assert (await browser_factory().sign_in(person["username"], PASSWORD)).status_code == 303


async def test_guessing_the_current_password_from_an_open_session_locks_the_account_and_ends_it(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser, person = await signed_in(make_staff, browser_factory, "contractor")
    answers = [await change_password(browser, f"guess-number-{n}", NEW_PASSWORD) for n in range(5)]
    assert [a.status_code for a in answers] == [422, 422, 422, 422, 423]
    assert (await browser.page("/console/account")).headers["location"] == "/console/sign-in"
    locked = await browser_factory().sign_in(person["username"])
    assert locked.status_code == 423


async def test_a_form_without_its_token_changes_nothing(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser, person = await signed_in(make_staff, browser_factory, "bureau")
    for path, fields in (
        ("/console/account/password",
         {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD}),
        ("/console/account/second-factor/new", {}),
        ("/console/account/second-factor/remove", {"current_password": PASSWORD}),
    ):  # fmt: skip
        refused = await browser.client.post(path, data=fields)
        assert refused.status_code == 403
        assert "CSRF" in refused.text
    assert (await browser_factory().sign_in(person["username"], PASSWORD)).status_code == 303


async def test_the_second_factor_is_on_only_once_a_code_proves_the_app_holds_it_and_off_with_the_password(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], session: AsyncSession
) -> None:
    browser, person = await signed_in(make_staff, browser_factory, "bureau")
    offered = await post(browser, "/console/account/second-factor/new")
    assert offered.status_code == 200
    assert 'id="totp-qr"' in offered.text
    assert "data:image/svg+xml" in offered.text
    found = _SECRET.search(offered.text)
    assert found
    secret = found.group(1)
    # nothing is stored yet: signing in still asks for the password only
    assert (await browser_factory().sign_in(person["username"])).headers["location"] == "/console/home"
    wrong = await post(
        browser, "/console/account/second-factor",
        secret=secret, code="000000" if pyotp.TOTP(secret).now() != "000000" else "111111",
        current_password=PASSWORD,
    )  # fmt: skip
    assert wrong.status_code == 422
    assert secret in wrong.text  # the same key, to try again
    confirmed = await post(
        browser, "/console/account/second-factor",
        secret=secret, code=pyotp.TOTP(secret).now(), current_password=PASSWORD,
    )  # fmt: skip
    assert confirmed.status_code == 303
    assert 'data-on="true"' in (await browser.page("/console/account")).text
    later = browser_factory()
    assert (await later.sign_in(person["username"])).headers["location"] == "/console/second-factor"
    removed = await post(browser, "/console/account/second-factor/remove", current_password=PASSWORD)
    assert removed.status_code == 303
    assert 'data-on="false"' in (await browser.page("/console/account")).text
    assert (await browser_factory().sign_in(person["username"])).headers["location"] == "/console/home"
    audited = (
        await session.execute(
            text(
                "SELECT path, status FROM gateway.audit_events WHERE staff_user_id = :id "
                "AND path LIKE '/console/account/%' ORDER BY id"
            ),
            {"id": person["id"]},
        )
    ).all()
    assert [tuple(row) for row in audited] == [
        ("/console/account/second-factor", 422),
        ("/console/account/second-factor", 200),
        ("/console/account/second-factor-remove", 200),
    ]


async def test_the_second_factor_is_not_offered_to_an_institution(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser, _ = await signed_in(make_staff, browser_factory, "institution")
    page = await browser.page("/console/account")
    assert 'id="new-second-factor"' not in page.text
    refused = await post(browser, "/console/account/second-factor/new")
    assert refused.status_code == 409
    forged = await post(
        browser, "/console/account/second-factor",
        secret=pyotp.random_base32(), code="123456", current_password=PASSWORD,
    )  # fmt: skip
    assert forged.status_code == 409
