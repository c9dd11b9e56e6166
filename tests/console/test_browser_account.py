"""A person's own account in real headless Chromium against the real processes (the shared ``platform``): a
bureau officer turns the second factor on from the QR page (the code from the key shown), signs out, and the
next sign-in asks for the code; the officer changes the password, and the old one no longer signs in. A
screenshot of each page is kept in tests/artifacts/console/."""

from __future__ import annotations

import uuid
from typing import Any

import pyotp
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from tests.console.browser import PASSWORD, Platform, screenshot, sign_in, wait

pytestmark = pytest.mark.xdist_group("processes")
NEW_PASSWORD = "Lucheng-river-2027"


def test_an_officer_turns_the_second_factor_on_and_changes_the_password(
    platform: Platform, open_browser: Any
) -> None:
    username = f"account.officer.{uuid.uuid4().hex[:6]}"
    platform.staff("bureau", username)
    browser = open_browser()
    sign_in(browser, platform, username)
    wait(browser).until(expected_conditions.url_contains("/console/city"))
    browser.find_element(By.CSS_SELECTOR, 'a[href="/console/account"]').click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "second-factor-state")))
    assert browser.find_element(By.ID, "second-factor-state").get_attribute("data-on") == "false"
    screenshot(browser, "account")

    browser.find_element(By.ID, "new-second-factor").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "totp-qr")))
    qr = browser.find_element(By.ID, "totp-qr")
    assert (qr.get_attribute("src") or "").startswith("data:image/svg+xml")
    assert int(qr.get_attribute("naturalWidth") or 0) > 0  # the QR code rendered (CSP allows data: images)
    secret = browser.find_element(By.ID, "totp-secret").text
    screenshot(browser, "account-second-factor")
    browser.find_element(By.ID, "code").send_keys(pyotp.TOTP(secret).now())
    browser.find_element(By.ID, "confirm_password").send_keys(PASSWORD)
    browser.find_element(By.ID, "confirm-second-factor").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "notice")))
    assert browser.find_element(By.ID, "second-factor-state").get_attribute("data-on") == "true"

    browser.find_element(By.ID, "current_password").send_keys(PASSWORD)
    browser.find_element(By.ID, "new_password").send_keys(NEW_PASSWORD)
    browser.find_element(By.ID, "repeat_password").send_keys(NEW_PASSWORD)
    browser.find_element(By.ID, "change-password").click()
    # the second factor's notice is still there until the next page brings its own
    wait(browser).until(expected_conditions.text_to_be_present_in_element((By.ID, "notice"), "密码已修改"))
    browser.find_element(By.ID, "sign-out").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "username")))

    sign_in(browser, platform, username)  # the old password
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "error")))
    sign_in(browser, platform, username, NEW_PASSWORD)
    wait(browser).until(expected_conditions.url_contains("/console/second-factor"))
    browser.find_element(By.ID, "code").send_keys(pyotp.TOTP(secret).now())
    browser.find_element(By.ID, "verify").click()
    wait(browser).until(expected_conditions.url_contains("/console/city"))
