"""The console in real headless Chromium against the real processes `make run` starts (the launcher, the
demo world loaded): a bureau officer signs in and sees the 13 counties with the API's figures to the fen,
opens a county; a form without its CSRF token is refused; repeated failures lock the account; the TOTP step;
a disabled person is out; sign-out everywhere. A screenshot of each page is kept in tests/artifacts/console/.
"""

from __future__ import annotations

from typing import Any

import pyotp
import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from tests.conftest import bearer
from tests.console.browser import MONTH, Platform, screenshot, sign_in, wait

pytestmark = pytest.mark.xdist_group("processes")


def fen_cells(browser: webdriver.Chrome, row_key: str) -> list[int]:
    row = browser.find_element(By.CSS_SELECTOR, f'#counties-table tr[data-key="{row_key}"]')
    return [
        int(cell.get_attribute("data-fen") or "")
        for cell in row.find_elements(By.CSS_SELECTOR, "td[data-fen]")
    ]


FIELDS = (
    "contributions_due_fen", "contributions_collected_ytd_fen", "fund_balance_fen", "income_ytd_fen",
    "expenditure_ytd_fen", "monthly_burn_rate_fen", "projected_year_end_result_fen",
    "accumulated_surplus_fen", "county_finance_exposure_fen",
)  # fmt: skip


class TestBureauOfficer:
    def test_signs_in_sees_the_13_counties_with_the_apis_figures_and_opens_a_county(
        self, platform: Platform, open_browser: Any
    ) -> None:
        platform.staff("bureau", "fund.officer")
        browser = open_browser()
        screenshot_of_sign_in = None
        browser.get(f"{platform.url}/")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "sign-in-form")))
        screenshot_of_sign_in = screenshot(browser, "sign-in")
        assert screenshot_of_sign_in.exists()
        sign_in(browser, platform, "fund.officer")
        wait(browser).until(expected_conditions.url_contains("/console/city"))
        browser.get(f"{platform.url}/console/city?month={MONTH}")
        wait(browser, 60).until(
            lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-charts") == "drawn"
        )
        with platform.api() as api:
            status = api.get(
                "/api/v1/fund/status", params={"month": MONTH}, headers=bearer(platform.keys["bureau"])
            ).json()
        assert len(status["counties"]) == 13
        rows = browser.find_elements(By.CSS_SELECTOR, "#counties-table tbody tr")
        assert len(rows) == 14  # the 13 counties and the city's total
        for county in status["counties"]:
            assert fen_cells(browser, county["county_code"]) == [county[f] for f in FIELDS], county[
                "county_code"
            ]
        assert fen_cells(browser, "") == [status["total"][f] for f in FIELDS]
        balance = browser.find_element(
            By.CSS_SELECTOR, '#counties-table tr[data-key="330302"] td[data-fen]'
        ).text
        assert "," in balance or len(balance.split(".")[0].lstrip("-")) <= 3  # yuan with separators
        assert browser.find_element(By.ID, "month-label").text == "2022年8月"
        screenshot(browser, "city-overview")
        browser.find_element(By.CSS_SELECTOR, '#counties-table tr[data-key="330302"] th a').click()
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "county-title")))
        assert "鹿城区" in browser.find_element(By.ID, "county-title").text
        assert browser.find_elements(By.CSS_SELECTOR, "#runs-table tbody tr"), (
            "the demo world settled 2022-08"
        )
        assert browser.find_elements(By.CSS_SELECTOR, "#institutions-table tbody tr")
        screenshot(browser, "county")
        browser.find_element(By.ID, "language-switch").click()
        wait(browser).until(
            lambda b: "Settlement runs of the month" in b.find_element(By.TAG_NAME, "body").text
        )
        screenshot(browser, "county-english")


class TestSecurity:
    def test_a_form_without_its_csrf_token_is_refused(self, platform: Platform, open_browser: Any) -> None:
        platform.staff("bureau", "csrf.officer")
        browser = open_browser()
        sign_in(browser, platform, "csrf.officer")
        wait(browser).until(expected_conditions.url_contains("/console/city"))
        browser.execute_script(
            "document.querySelectorAll('form[action=\"/console/sign-out\"] input[name=csrf_token]')"
            ".forEach(function (e) { e.remove(); });"
        )
        browser.find_element(By.ID, "sign-out").click()
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "message")))
        assert "CSRF" in browser.find_element(By.ID, "message").text
        screenshot(browser, "csrf-refused")
        browser.get(f"{platform.url}/console/home")
        wait(browser).until(expected_conditions.url_contains("/console/city"))  # still signed in

    def test_repeated_failures_lock_the_account(self, platform: Platform, open_browser: Any) -> None:
        platform.staff("bureau", "locked.officer")
        browser = open_browser()
        for attempt in range(3):  # LTC_CONSOLE_LOCKOUT_THRESHOLD=3 for this platform
            sign_in(browser, platform, "locked.officer", f"Wrong-password-{attempt}")
            wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "error")))
        assert "已锁定" in browser.find_element(By.ID, "error").text
        sign_in(browser, platform, "locked.officer")  # the right password, too late
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "error")))
        assert "已锁定" in browser.find_element(By.ID, "error").text
        screenshot(browser, "sign-in-locked")

    def test_the_second_factor(self, platform: Platform, open_browser: Any) -> None:
        officer = platform.staff("bureau", "totp.officer")
        with platform.api() as api:
            enrolled = api.post(
                f"/api/v1/staff/{officer['id']}/second-factor", headers=bearer(platform.keys["admin"])
            ).json()
        browser = open_browser()
        sign_in(browser, platform, "totp.officer")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "code")))
        screenshot(browser, "second-factor")
        browser.get(f"{platform.url}/console/city")
        wait(browser).until(expected_conditions.url_contains("/console/sign-in"))  # nothing before the code
        browser.get(f"{platform.url}/console/second-factor")
        browser.find_element(By.ID, "code").send_keys(pyotp.TOTP(enrolled["secret"]).now())
        browser.find_element(By.ID, "verify").click()
        wait(browser).until(expected_conditions.url_contains("/console/city"))

    def test_a_disabled_person_is_out(self, platform: Platform, open_browser: Any) -> None:
        officer = platform.staff("bureau", "leaving.officer")
        browser = open_browser()
        sign_in(browser, platform, "leaving.officer")
        wait(browser).until(expected_conditions.url_contains("/console/city"))
        with platform.api() as api:
            api.post(f"/api/v1/staff/{officer['id']}/disable", headers=bearer(platform.keys["admin"]))
        browser.get(f"{platform.url}/console/city")
        wait(browser).until(expected_conditions.url_contains("/console/sign-in"))
        sign_in(browser, platform, "leaving.officer")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "error")))

    def test_sign_out_everywhere(self, platform: Platform, open_browser: Any) -> None:
        platform.staff("bureau", "busy.officer")
        office, laptop = open_browser(), open_browser()
        for browser in (office, laptop):
            sign_in(browser, platform, "busy.officer")
            wait(browser).until(expected_conditions.url_contains("/console/city"))
        laptop.find_element(By.ID, "sign-out-everywhere").click()
        wait(laptop).until(expected_conditions.url_contains("/console/sign-in"))
        office.get(f"{platform.url}/console/city")
        wait(office).until(expected_conditions.url_contains("/console/sign-in"))


class TestAdmin:
    def test_the_admin_manages_staff_and_the_audit_log_names_the_person(
        self, platform: Platform, open_browser: Any
    ) -> None:
        platform.staff("admin", "platform.admin")
        browser = open_browser()
        sign_in(browser, platform, "platform.admin")
        wait(browser).until(expected_conditions.url_contains("/console/city"))
        browser.get(f"{platform.url}/console/staff")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "new-staff")))
        browser.find_element(By.ID, "new-username").send_keys("new.reviewer")
        browser.find_element(By.ID, "new-name").send_keys("新审核员")
        browser.find_element(By.CSS_SELECTOR, '#new-role option[value="contractor"]').click()
        browser.find_element(By.ID, "new-counties").send_keys("330302")
        browser.find_element(By.ID, "new-password").send_keys("Reviewer-2026-new")
        browser.find_element(By.CSS_SELECTOR, "#new-staff button[type=submit]").click()
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "notice")))
        assert browser.find_elements(By.CSS_SELECTOR, 'tr[data-username="new.reviewer"]')
        screenshot(browser, "staff")
        browser.find_element(By.CSS_SELECTOR, 'tr[data-username="new.reviewer"] button.disable').click()
        wait(browser).until(  # htmx posts the form (with the session's CSRF token) and swaps the table in
            lambda b: (
                b.find_element(By.CSS_SELECTOR, 'tr[data-username="new.reviewer"] td.status').text == "已停用"
            )
        )
        with platform.api() as api:
            events = api.get(
                "/api/v1/audit-events", params={"limit": "20"}, headers=bearer(platform.keys["admin"])
            ).json()["items"]
        created = next(e for e in events if e["path"] == "/api/v1/staff" and e["method"] == "POST"
                       and e["staff_user_id"] is not None)  # fmt: skip
        assert created["client_name"] == "platform.admin 同志 (platform.admin)"
        assert created["status"] == 201
