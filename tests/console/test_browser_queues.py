"""A contractor's reviewer in real headless Chromium against the real processes (the shared ``platform``):
signs in and lands on the work queues, samples a month's records, approves some and rejects one with a
reason, settles the month (the page polls the run) and records the payout; the figures on the page are the
API's to the fen. The test makes its own month of the demo institution (a month of 2022 the demo world left
empty), so that the demo's figures and other modules' months stay as they are. A screenshot of each queue
page is kept in tests/artifacts/console/."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select

from services.demo.world import HOME
from tests.conftest import bearer
from tests.console.browser import Platform, screenshot, sign_in, wait

pytestmark = pytest.mark.xdist_group("processes")

LUCHENG = "330302"
INSTITUTION = "DEMO-INST-0001"
CANDIDATE_MONTHS = ("2022-12", "2022-10")
"""Months of 2022 the demo world leaves empty (it settles 2022-08 and submits 2022-09; the institution's
browser test uploads 2022-11, unsettled): this test settles the first that has no records yet."""


def make_month(platform: Platform) -> tuple[str, list[int]]:
    """Four home visits of the demo institution's clients in a month nobody has used: (month, record ids)."""
    contractor, institution = bearer(platform.keys["contractor"]), bearer(platform.keys["institution"])
    with platform.api() as api:
        august = api.get(
            "/api/v1/service-records",
            params={"institution_id": INSTITUTION, "month": "2022-08", "limit": 50},
            headers=contractor,
        ).json()["items"]
        pairs = {(r["person_id"], r["caregiver_code"]) for r in august if r["reason_codes"] == []}
        month = next(
            m
            for m in CANDIDATE_MONTHS
            if not api.get(
                "/api/v1/service-records",
                params={"institution_id": INSTITUTION, "month": m},
                headers=contractor,
            ).json()["items"]
        )
        tag = uuid.uuid4().hex[:6]
        (person, caregiver), *_ = sorted(pairs)
        records = [
            {**august[0], "record_id": f"QUEUES-{tag}-{i}", "person_id": person, "caregiver_code": caregiver,
             "service_date": f"{month}-{5 + i:02d}", "start_time": "09:00", "end_time": "10:00"}
            for i in range(4)
        ]  # fmt: skip
        fields = ("record_id", "person_id", "caregiver_code", "care_mode", "service_date", "start_time",
                  "end_time", "items", "amount_claimed_fen")  # fmt: skip
        body = {"records": [{k: r[k] for k in fields} | {"checkin_lat": HOME[0], "checkin_lon": HOME[1]}
                            for r in records]}  # fmt: skip
        job = api.post("/api/v1/service-records", json=body, headers=institution)
        assert job.status_code == 201, job.text
        mine = api.get(
            "/api/v1/service-records",
            params={"institution_id": INSTITUTION, "month": month},
            headers=contractor,
        ).json()["items"]
    return month, sorted(r["id"] for r in mine if r["record_id"].startswith(f"QUEUES-{tag}"))


def fen_of(browser: webdriver.Chrome, table: str, key: str) -> list[int]:
    row = browser.find_element(By.CSS_SELECTOR, f'#{table}-table tr[data-key="{key}"]')
    return [
        int(c.get_attribute("data-fen") or "") for c in row.find_elements(By.CSS_SELECTOR, "td[data-fen]")
    ]


def test_a_reviewer_reviews_sampled_records_settles_the_month_and_records_the_payout(
    platform: Platform, open_browser: Any
) -> None:
    month, ids = make_month(platform)
    username = f"queues.reviewer.{uuid.uuid4().hex[:6]}"
    platform.staff("contractor", username, county_codes=[LUCHENG, "330381"])
    browser = open_browser()
    browser.set_window_size(1366, 768)
    sign_in(browser, platform, username)
    wait(browser).until(expected_conditions.url_contains("/console/queues"))
    screenshot(browser, "queues-home")

    for page, name in (("panels", "queues-panels"), ("visits", "queues-visits")):
        browser.get(f"{platform.url}/console/queues/{page}")
        wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "queues-title")))
        screenshot(browser, name)

    # sample every record of the month, then decide in bulk
    browser.get(f"{platform.url}/console/queues/reviews?county={LUCHENG}&month={month}&stage=first")
    Select(browser.find_element(By.ID, "method")).select_by_value("random")
    share = browser.find_element(By.ID, "share")
    share.clear()
    share.send_keys("100")
    browser.find_element(By.ID, "sample-submit").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "queue-notice")))
    for record_id in ids[:3]:
        browser.find_element(By.ID, f"pick-{record_id}").click()
    browser.find_element(By.ID, "approve").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "outcomes-table")))
    outcomes = browser.find_elements(By.CSS_SELECTOR, '#outcomes-table tr[data-ok="true"]')
    assert sorted(int(r.get_attribute("data-key") or "") for r in outcomes) == ids[:3]
    browser.find_element(By.ID, f"pick-{ids[3]}").click()
    Select(browser.find_element(By.ID, "reason_code")).select_by_value("NO_SIGNATURE")
    browser.find_element(By.ID, "reason_note").send_keys("服务对象未签字")
    browser.find_element(By.ID, "reject").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "outcomes-table")))
    screenshot(browser, "queues-reviews-first")
    with platform.api() as api:
        reviewed = {
            r["id"]: r
            for r in api.get(
                "/api/v1/service-records",
                params={"institution_id": INSTITUTION, "month": month},
                headers=bearer(platform.keys["contractor"]),
            ).json()["items"]
        }
    assert [reviewed[i]["first_review"] for i in ids] == ["approved", "approved", "approved", "rejected"]
    assert reviewed[ids[3]]["first_review_reason"] == "NO_SIGNATURE: 服务对象未签字"
    browser.get(f"{platform.url}/console/queues/reviews?county={LUCHENG}&month={month}&stage=second")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "reviews-second-table")))
    screenshot(browser, "queues-reviews-second")
    browser.get(f"{platform.url}/console/queues/disputes?county={LUCHENG}&month=2022-08")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "queues-title")))
    screenshot(browser, "queues-disputes")

    # settle the month: the page polls the run and opens it when it is done
    browser.get(f"{platform.url}/console/queues/settlement?county={LUCHENG}&month={month}")
    screenshot(browser, "queues-settlement")
    browser.find_element(By.ID, "run-submit").click()
    wait(browser, 120).until(expected_conditions.url_contains("/console/queues/settlement/runs/"))
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "totals-table")))
    run_id = browser.find_element(By.ID, "run-id").text
    with platform.api() as api:
        run = api.get(f"/api/v1/settlement-runs/{run_id}", headers=bearer(platform.keys["contractor"])).json()
    for key in ("claimed_fen", "deducted_fen", "fund_payable_fen", "net_payable_fen"):
        assert fen_of(browser, "totals", key) == [run[key]]
    [statement] = run["statements"]
    assert statement["deducted_by_reason"].get("REVIEW_REJECTED", 0) > 0
    assert fen_of(browser, "by-reason", "REVIEW_REJECTED") == [
        statement["deducted_by_reason"]["REVIEW_REJECTED"]
    ]
    assert fen_of(browser, "statements", INSTITUTION)[-3:] == [
        statement["net_payable_fen"],
        0,
        statement["net_payable_fen"],
    ]
    screenshot(browser, "queues-run")

    # record the payout (the amount is the net payable already); a second click pays nothing more
    paid_on = browser.find_element(By.ID, f"paid-on-{INSTITUTION}")
    browser.execute_script("arguments[0].value = arguments[1]", paid_on, f"{int(month[:4]) + 1}-01-10")
    reference = f"QUEUES-PAY-{uuid.uuid4().hex[:8]}"
    browser.find_element(By.ID, f"reference-{INSTITUTION}").send_keys(reference)
    browser.find_element(By.ID, f"pay-{INSTITUTION}").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "queue-notice")))
    assert (
        int(browser.find_element(By.ID, "payment").get_attribute("data-fen") or "") == run["net_payable_fen"]
    )
    screenshot(browser, "queues-payout")
    with platform.api() as api:
        ledger = api.get(
            "/api/v1/fund/transactions",
            params={"county_code": LUCHENG, "limit": 50},
            headers=bearer(platform.keys["contractor"]),
        ).json()["items"]
    assert [e["memo"] for e in ledger if e["kind"] == "payment" and e["memo"] == reference] == [reference]
