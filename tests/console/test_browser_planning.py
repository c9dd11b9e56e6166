"""Oversight and fund planning in real headless Chromium against the processes `make run` starts (the demo
world loaded): the bureau opens oversight (its cases, recoveries and evaluation scores) and a case, budget
execution, starts two small projections from the page and watches them finish (htmx polling), compares them
side by side, and reads the quarterly bulletin — every figure equal to the API's to the fen. A screenshot of
each page is kept in tests/artifacts/console/.

The demo world has no supervision or planning data of its own; this module makes its own through the public
API with the platform's keys, on things of its own (an institution it registers, a scheme, a draft rule set,
a budget of 龙湾区 for 2022), so that the demo institution's payments and the other modules' figures stay as
they are."""

from __future__ import annotations

import copy
import time
import uuid
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select

from tests.conftest import bearer
from tests.console.browser import MONTH, Platform, screenshot, sign_in, wait

pytestmark = pytest.mark.xdist_group("processes")

LUCHENG, LONGWAN = "330302", "330303"
RUN = uuid.uuid4().hex[:6]


def call(platform: Platform, role: str, method: str, path: str, expect: int, **kwargs: Any) -> Any:
    with platform.api() as api:
        answer = api.request(method, path, headers=bearer(platform.keys[role]), **kwargs)
    assert answer.status_code == expect, f"{method} {path}: {answer.status_code} {answer.text}"
    return answer.json() if answer.headers.get("content-type", "").endswith("json") else answer.text


def until(what: Any, seconds: float = 120) -> Any:
    """Poll ``what()`` until it answers something (the platform's feeds and workers run on their own)."""
    deadline = time.monotonic() + seconds
    while True:
        found = what()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


def supervise(platform: Platform) -> dict[str, Any]:
    """An institution of this module's own in 鹿城区, a case on it decided with a rectification deadline and
    money to recover, and an evaluation of the demo contractor on its contract, scored and totalled."""
    institution = f"OVPL-{RUN}"
    call(
        platform, "contractor", "POST", "/api/v1/institutions", 201,
        json={"id": institution, "name": f"{institution} 居家护理站", "county_code": LUCHENG,
              "kind": "home_care", "care_modes": ["home_visit"], "agreement_from": "2026-01-01",
              "agreement_to": "2027-12-31"},
    )  # fmt: skip

    def open_case() -> Any:
        with platform.api() as api:
            answer = api.post(
                "/api/v1/cases",
                json={"institution_id": institution, "source": "data_rule",
                      "data_rule": "同一护理员同时段两处服务", "summary": "同一护理员同时段在两处打卡"},
                headers=bearer(platform.keys["contractor"]),
            )  # fmt: skip
        return answer.json() if answer.status_code == 201 else None  # oversight learns it from the feed

    case = until(open_case)
    assert case, "oversight never learnt of the institution from settlement's feed"
    call(
        platform, "bureau", "POST", f"/api/v1/cases/{case['id']}/decision", 201,
        json={"outcome": "violation", "reason": "虚构服务记录", "sanctions": [
            {"kind": "rectification", "effective_on": "2026-09-01", "ends_on": "2026-09-30",
             "reason": "限期整改"}],
            "recoveries": [{"amount_fen": 123_456, "paid_in_year": 2026, "reason": "虚构上门服务"}]},
    )  # fmt: skip
    contract = next(
        c
        for c in call(platform, "bureau", "GET", "/api/v1/contracts", 200)["items"]
        if c["status"] == "in_force"
    )
    flag = {"confirmed": False, "rule_source": "browser test"}
    scheme = call(
        platform, "bureau", "POST", "/api/v1/evaluation-schemes", 201,
        json={"code": f"ovpl-{RUN}", "title": "经办服务绩效评价（测试）", "subject_kind": "contractor",
              "period_kind": "half_year", "source": "browser test",
              "indicators": [{"code": "care_quality", "name": "护理质量", "dimension": "quality",
                              "source": "manual", "weight_bp": 10000, **flag}],
              "grades": [{"grade": "pass", "min_score_bp": 0, "fee_release_bp": 10000,
                          "deposit_release_bp": 10000, "renewal_eligible": True, **flag}],
              "objection_window": {"days": 10, **flag}},
    )  # fmt: skip
    call(platform, "bureau", "POST", f"/api/v1/evaluation-schemes/{scheme['id']}:approve", 200)
    evaluation = call(
        platform, "bureau", "POST", "/api/v1/evaluations", 201,
        json={"scheme_id": scheme["id"], "subject_kind": "contractor", "contract_id": contract["id"],
              "period_from": "2022-07-01", "period_to": "2022-12-31"},
    )  # fmt: skip
    call(
        platform, "bureau", "POST", f"/api/v1/evaluations/{evaluation['id']}/scores", 200,
        json={"indicator_code": "care_quality", "points_bp": 8650},
    )  # fmt: skip
    call(platform, "bureau", "POST", f"/api/v1/evaluations/{evaluation['id']}:total", 200, json={})
    return {"case": case, "evaluation": evaluation}


def fens(browser: webdriver.Chrome, table: str, key: str) -> list[int]:
    row = browser.find_element(By.CSS_SELECTOR, f'#{table}-table tr[data-key="{key}"]')
    return [
        int(c.get_attribute("data-fen") or "") for c in row.find_elements(By.CSS_SELECTOR, "td[data-fen]")
    ]


def start_projection(
    browser: webdriver.Chrome, platform: Platform, version: str, name: str, employer: str
) -> str:
    browser.get(f"{platform.url}/console/planning/projections")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "start-projection")))
    browser.find_element(By.ID, "p-name").send_keys(name)
    year = browser.find_element(By.ID, "p-base-year")
    year.clear()
    year.send_keys("2022")
    Select(browser.find_element(By.ID, "p-rule-set")).select_by_value(version)
    for field, value in (("p-employer", employer), ("p-individual", "50")):
        box = browser.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)
    browser.find_element(By.ID, "start-submit").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "projection-progress")))
    # the page polls its progress every second (htmx) until the projection is done
    wait(browser, 180).until(
        lambda b: (
            b.find_element(By.ID, "projection-progress").get_attribute("data-status")
            in ("succeeded", "failed")
        )
    )
    assert browser.find_element(By.ID, "projection-progress").get_attribute("data-status") == "succeeded"
    return browser.current_url.rsplit("/", 1)[-1]


def test_the_bureau_reads_oversight_budget_execution_projections_side_by_side_and_the_bulletin(
    platform: Platform, open_browser: Any
) -> None:
    made = supervise(platform)
    shipped = call(platform, "bureau", "GET", "/api/v1/benefit-rules/WZ-2022-reported", 200)
    version = f"WZ-OVPL-{RUN}"
    call(
        platform, "bureau", "POST", "/api/v1/benefit-rules", 201,
        json={"version": version, "effective_from": "2027-01-01",
              "base_amount_fen": shipped["base_amount_fen"],
              "source": "测算方案（浏览器测试）", "status": "draft",
              "rules": copy.deepcopy(shipped["rules"])},
    )  # fmt: skip
    budget = call(
        platform, "bureau", "POST", "/api/v1/budgets", 201,
        json={"county_code": LONGWAN, "year": 2022, "assumptions": {"insured": 300_000},
              "lines": [{"line": "income_fiscal_subsidy", "amount_fen": 5_000_000_00},
                        {"line": "expense_home_visit", "amount_fen": 3_000_000_00}]},
    )  # fmt: skip
    call(
        platform,
        "bureau",
        "POST",
        f"/api/v1/budgets/{budget['id']}/status-changes",
        201,
        json={"status": "submitted"},
    )
    call(
        platform, "bureau", "POST", f"/api/v1/budgets/{budget['id']}/status-changes", 201,
        json={"status": "approved", "finance_approval_reference": "温财社〔2022〕9号"},
    )  # fmt: skip

    platform.staff("bureau", f"ovpl.officer.{RUN}")
    browser = open_browser()
    sign_in(browser, platform, f"ovpl.officer.{RUN}")
    wait(browser).until(expected_conditions.url_contains("/console/city"))

    # oversight: the case, its recovery and the evaluation, as the API has them
    browser.get(f"{platform.url}/console/oversight")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "cases-table")))
    case = made["case"]
    recoveries = until(
        lambda: [
            r
            for r in call(platform, "bureau", "GET", "/api/v1/recoveries", 200)["items"]
            if r["case_id"] == case["id"]
        ]
    )  # settlement books the recovery from oversight's feed
    assert [r["amount_fen"] for r in recoveries] == [123_456]
    browser.refresh()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "recoveries-table")))
    [recovery] = recoveries
    assert fens(browser, "recoveries", recovery["id"]) == [
        recovery["amount_fen"], recovery["netted_fen"] + recovery["repaid_fen"], recovery["written_off_fen"],
        recovery["outstanding_fen"],
    ]  # fmt: skip
    assert (
        "1,234.56"
        in browser.find_element(By.CSS_SELECTOR, f'#recoveries-table tr[data-key="{recovery["id"]}"]').text
    )
    evaluation = browser.find_element(
        By.CSS_SELECTOR, f'#evaluations-table tr[data-key="{made["evaluation"]["id"]}"]'
    )
    assert "86.50" in evaluation.text
    screenshot(browser, "oversight")
    browser.find_element(By.CSS_SELECTOR, f'#cases-table tr[data-key="{case["number"]}"] th a').click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "case-number")))
    assert case["number"] in browser.find_element(By.ID, "case-number").text
    assert "2026年9月30日" in browser.find_element(By.ID, "case-deadlines").text
    screenshot(browser, "oversight-case")

    # budget execution of the demo month, per county and line
    browser.get(f"{platform.url}/console/planning?month={MONTH}")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "execution-table")))
    report = call(platform, "bureau", "GET", "/api/v1/budget-execution", 200, params={"month": MONTH})
    for county in [*report["counties"], report["city"]]:
        assert fens(browser, "execution", county["county_code"]) == [
            county["income_budget_fen"], county["income_actual_fen"],
            county["expense_budget_fen"], county["expense_actual_fen"],
        ], county["county_code"]  # fmt: skip
    assert fens(browser, "execution", LONGWAN)[2] == 3_000_000_00
    screenshot(browser, "planning-execution")

    # two small projections started from the page, then side by side
    a = start_projection(browser, platform, version, f"方案 A {RUN}", "50")
    screenshot(browser, "planning-projection")
    b = start_projection(browser, platform, version, f"方案 B {RUN}", "80")
    browser.get(f"{platform.url}/console/planning/projections")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "compare-form")))
    Select(browser.find_element(By.ID, "compare-a")).select_by_value(a)
    Select(browser.find_element(By.ID, "compare-b")).select_by_value(b)
    screenshot(browser, "planning-projections")
    browser.find_element(By.ID, "compare-submit").click()
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "comparison-table")))
    wait(browser, 60).until(
        lambda x: x.find_element(By.TAG_NAME, "body").get_attribute("data-charts") == "drawn"
    )
    comparison = call(platform, "bureau", "GET", "/api/v1/projections/compare", 200, params={"a": a, "b": b})
    figures = ("income_fen", "expenditure_fen", "result_fen", "finance_exposure_fen")
    for line in comparison["lines"]:
        assert fens(browser, "comparison", line["county_code"] or "city") == [
            x for f in figures for x in (line["a"][f], line["b"][f], line["difference"][f])
        ]
    city = comparison["lines"][-1]
    assert city["difference"]["income_fen"] == 3_000 * city["a"]["insured"]  # 30 元 more from each person
    screenshot(browser, "planning-compare")

    # the bulletin of the demo month's quarter
    browser.get(f"{platform.url}/console/planning/bulletin?year=2022&quarter=3")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "bulletin-table")))
    bulletin = call(
        platform, "bureau", "GET", "/api/v1/reports/quarterly", 200, params={"year": 2022, "quarter": 3}
    )
    for line in [*bulletin["counties"], bulletin["city"]]:
        assert fens(browser, "bulletin", line["county_code"]) == [
            line["contributions_due_fen"], line["contributions_collected_fen"], line["spending_fen"],
            line["fund_balance_fen"], line["expense_budget_fen"], line["expense_actual_fen"],
        ], line["county_code"]  # fmt: skip
    assert bulletin["city"]["spending_fen"] > 0  # the demo world's settled August
    screenshot(browser, "planning-bulletin")
