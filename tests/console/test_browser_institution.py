"""The institution desk in real headless Chromium against `make run` (the demo world loaded): the demo
institution's clerk uploads a month's file — the progress bar reaches 100 % and the import's checks finish —,
sees the row to fix, its records with their reason codes, its statement with the API's figures to the fen,
its disputes and its clients; a second institution's clerk signs in and sees none of it. A screenshot of each
page is kept in tests/artifacts/console/.

The upload goes into November 2022 with record ids of this run, so the demo's settled August and submitted
September stay as the other modules expect them; nothing is disputed here (the in-process tests do that)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from tests.conftest import bearer
from tests.console.browser import MONTH, Platform, screenshot, sign_in, wait

pytestmark = pytest.mark.xdist_group("processes")

INSTITUTION = "DEMO-INST-0001"
UPLOAD_MONTH = "2022-11"
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,amount_claimed_fen"
)


def fen_cells(browser: webdriver.Chrome, table: str, row_key: str) -> list[int]:
    row = browser.find_element(By.CSS_SELECTOR, f'#{table}-table tr[data-key="{row_key}"]')
    return [
        int(c.get_attribute("data-fen") or "") for c in row.find_elements(By.CSS_SELECTOR, "td[data-fen]")
    ]


def demo_client(platform: Platform) -> str:
    """A person the demo institution serves (from its own August records, as the API gives them to it)."""
    with platform.api() as api:
        answer = api.get(
            "/api/v1/service-records",
            params={"month": MONTH, "limit": 1},
            headers=bearer(platform.keys["institution"]),
        )
    assert answer.status_code == 200, answer.text
    person: str = answer.json()["items"][0]["person_id"]
    return person


def month_file(tmp_path: Path, person: str, tag: str) -> Path:
    """One good visit and one with a day November does not have."""
    path = tmp_path / f"records-{UPLOAD_MONTH}.csv"
    path.write_text(
        "\n".join([
            HEADER,
            f"BR-{tag}-1,{person},CG-001,home_visit,{UPLOAD_MONTH}-02,09:00,10:00,LT0101,8000",
            f"BR-{tag}-2,{person},CG-001,home_visit,{UPLOAD_MONTH}-31,09:00,10:00,LT0101,8000",
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return path


class TestInstitutionClerk:
    def test_uploads_a_month_sees_its_errors_records_and_statement_and_another_institution_sees_none(
        self, platform: Platform, open_browser: Any, tmp_path: Path
    ) -> None:
        tag = uuid.uuid4().hex[:8]
        platform.staff("institution", f"desk.clerk.{tag}", institution_id=INSTITUTION)
        platform.staff("institution", f"desk.other.{tag}", institution_id=f"OTHER-INST-{tag}")
        browser = open_browser()
        sign_in(browser, platform, f"desk.clerk.{tag}")
        wait(browser).until(expected_conditions.url_contains("/console/institution"))
        assert INSTITUTION in browser.find_element(By.ID, "institution-id").text
        screenshot(browser, "institution-desk")

        upload = month_file(tmp_path, demo_client(platform), tag)
        browser.find_element(By.ID, "import-file").send_keys(str(upload))
        browser.find_element(By.ID, "import-submit").click()
        wait(browser, 60).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, "#import-result .job[data-status='completed']")
        )
        assert browser.find_element(By.ID, "upload-progress").get_attribute("value") == "100"
        assert browser.find_element(By.ID, "upload-percent").text == "100 %"
        assert browser.find_element(By.ID, "job-read").text == "2"
        assert browser.find_element(By.ID, "job-accepted").text == "1"
        assert browser.find_element(By.ID, "job-rejected").text == "1"
        screenshot(browser, "institution-upload")

        browser.find_element(By.ID, "job-link").click()
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "import-errors-table")))
        job_url = browser.current_url
        [error] = browser.find_elements(By.CSS_SELECTOR, "#import-errors-table tbody tr")
        assert f"BR-{tag}-2" in error.text
        assert "INVALID_DATE" in error.text
        screenshot(browser, "institution-import")

        browser.get(f"{platform.url}/console/institution/records?month={MONTH}&outcome=cut")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "records-table")))
        cut = browser.find_elements(By.CSS_SELECTOR, "#records-table tbody tr")
        assert cut, "the demo's August has a record cut for a caregiver never registered"
        assert "护理员未登记或无资质" in cut[0].text
        screenshot(browser, "institution-records")
        cut[0].find_element(By.CSS_SELECTOR, "th a").click()
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "record-facts")))
        screenshot(browser, "institution-record")

        browser.get(f"{platform.url}/console/institution/statements")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "statements-table")))
        with platform.api() as api:
            [statement] = api.get(
                f"/api/v1/institutions/{INSTITUTION}/statements",
                params={"month": MONTH},
                headers=bearer(platform.keys["institution"]),
            ).json()["items"]
        assert fen_cells(browser, "statements", MONTH)[:9] == [
            statement[f]
            for f in (
                "claimed_fen", "deducted_fen", "eligible_fen", "fund_payable_fen", "person_share_fen",
                "adjustments_fen", "deposit_withheld_fen", "recoveries_netted_fen", "net_payable_fen",
            )
        ]  # fmt: skip
        screenshot(browser, "institution-statements")

        for page in ("disputes", "clients"):
            browser.get(f"{platform.url}/console/institution/{page}?month={MONTH}")
            wait(browser).until(expected_conditions.presence_of_element_located((By.ID, f"{page}-table")))
            screenshot(browser, f"institution-{page}")
        assert browser.find_elements(By.CSS_SELECTOR, "#clients-table tbody tr")

        other = open_browser()
        sign_in(other, platform, f"desk.other.{tag}")
        wait(other).until(expected_conditions.url_contains("/console/institution"))
        other.get(job_url)
        wait(other).until(expected_conditions.presence_of_element_located((By.ID, "message")))
        assert f"BR-{tag}" not in other.page_source
        for path in (
            f"records?month={MONTH}",
            "statements",
            f"disputes?month={MONTH}",
            f"clients?month={MONTH}",
        ):
            other.get(f"{platform.url}/console/institution/{path}")
            wait(other).until(expected_conditions.presence_of_element_located((By.ID, "institution-id")))
            assert not other.find_elements(By.CSS_SELECTOR, "tbody tr"), path
            assert "data-fen" not in other.page_source, path
            assert INSTITUTION not in other.page_source, path
        screenshot(other, "institution-other")
