"""The quarterly data bulletin (数据通报, S003 §三(三) "加强数据通报", annex 1 item 11 "每季"): per
county and city, counties ranked by insured against their 确保数; enrollment's and assessment's figures
from their grouped KPI reports, settlement's from its books; annex 1 item 6's milestones and the city's
200 万 as versioned, flagged targets; JSON and CSV; the bureau and the agencies whose duty it is read it
all, a contractor its counties' lines with their rank. Figures are compared as the change a test makes
(after − before): other tests leave rows committed in the same counties."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.enrollment.conftest import Enrollment
from tests.enrollment.test_bills_and_payments import bill_of, generate, pay
from tests.kpis.conftest import enrollment  # noqa: F401
from tests.kpis.test_settlement_kpis import Institution, institution  # noqa: F401
from tests.settlement.conftest import LUCHENG, RUIAN, feeds  # noqa: F401

Q = "/api/v1/reports/quarterly"


async def bulletin(gateway: httpx.AsyncClient, key: str, year: int, quarter: int) -> dict[str, Any]:
    response = await gateway.get(Q, params={"year": year, "quarter": quarter}, headers=bearer(key))
    assert response.status_code == 200, response.text
    return dict(response.json())


def line(report: dict[str, Any], county: str) -> dict[str, Any]:
    [found] = [c for c in report["counties"] if c["county_code"] == county]
    return dict(found)


def milestone(row: dict[str, Any], code: str) -> dict[str, Any]:
    [found] = [m for m in row["milestones"] if m["code"] == code]
    return dict(found)


async def register(gateway: httpx.AsyncClient, key: str, code: str, kind: str, since: str) -> None:
    modes = {"elderly_care": ["elderly_care_bed"], "home_care": ["home_visit"], "medical": ["medical_bed"]}
    response = await gateway.post(
        "/api/v1/institutions",
        json={"id": code, "name": f"机构 {code}", "county_code": LUCHENG, "kind": kind,
              "care_modes": modes[kind], "beds": 0 if kind == "home_care" else 50, "agreement_from": since,
              "agreement_to": "2030-12-31"},
        headers=bearer(key),
    )  # fmt: skip
    assert response.status_code == 201, response.text


class TestTheCountiesRanked:
    async def test_every_county_once_ranked_by_insured_against_its_assured_target(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        report = await bulletin(gateway, keys["bureau"], 2022, 4)
        assert (report["period_from"], report["period_to"]) == ("2022-10-01", "2022-12-31")
        counties = report["counties"]
        assert len(counties) == 13
        assert [c["rank"] for c in counties] == list(range(1, 14))
        shares = [c["insured_vs_assured_bp"] for c in counties]
        assert shares == sorted(shares, reverse=True)
        # annex 2's targets on each line: 鹿城区 确保数 49 万, 力争数 58.57 万
        assert (line(report, LUCHENG)["target_assured"], line(report, LUCHENG)["target_stretch"]) == (
            490_000,
            585_700,
        )
        city = report["city"]
        assert (city["county_code"], city["rank"]) == ("city", None)
        assert city["insured"] == sum(c["insured"] for c in counties)
        assert city["target_assured"] == sum(c["target_assured"] for c in counties)

    async def test_the_citys_200_wan_is_flagged_data_measured_at_its_due_date(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        listed = await gateway.get("/api/v1/bulletin-targets", headers=bearer(keys["bureau"]))
        assert listed.status_code == 200, listed.text
        [latest] = [t for t in listed.json()["items"] if t["code"] == "city_insured"][:1]
        report = await bulletin(gateway, keys["bureau"], 2022, 4)
        city = report["city_insured"]
        assert (city["target"], city["due_on"]) == (latest["value"], latest["due_on"])
        assert city["insured"] == report["city"]["insured"]
        assert city["met"] is (city["insured"] >= city["target"])
        first = [t for t in listed.json()["items"] if t["code"] == "city_insured" and t["version"] == 1]
        assert (first[0]["value"], first[0]["confirmed"]) == (2_000_000, True)
        assert "200 万人" in first[0]["rule_source"]
        # before its due date there is nothing to judge yet
        assert (await bulletin(gateway, keys["bureau"], 2022, 3))["city_insured"]["met"] is None


class TestFiguresFromEnrollmentAndInstitutions:
    async def test_insured_contributions_and_the_annex_1_milestones(
        self,
        gateway: httpx.AsyncClient,
        keys: dict[str, str],
        enrollment: Enrollment,  # noqa: F811
    ) -> None:
        before = line(await bulletin(gateway, keys["bureau"], 2022, 3), LUCHENG)
        paid, unpaid = [await enrollment.enrol(enrolled_on="2022-01-01") for _ in range(2)]
        generated = await generate(enrollment, county_code=LUCHENG)
        bill = await bill_of(enrollment, paid["id"])
        await pay(enrollment, bill_id=bill["id"], payer="individual", channel="pension_deduction",
                  amount_fen=6_000, paid_on="2022-09-30")  # fmt: skip
        await pay(
            enrollment,
            bill_id=bill["id"],
            payer="employer",
            channel="annual_self_payment",
            amount_fen=1_000,
            paid_on="2022-10-01",
        )  # fmt: skip (after the quarter)
        assert unpaid["id"]
        await register(gateway, keys["contractor"], "BUL-EC-1", "elderly_care", "2022-05-01")
        await register(gateway, keys["contractor"], "BUL-HC-1", "home_care", "2022-10-08")

        after = line(await bulletin(gateway, keys["bureau"], 2022, 3), LUCHENG)
        assert after["insured"] - before["insured"] == 2
        assert after["contributions_due_fen"] - before["contributions_due_fen"] == generated["amount_due_fen"]
        assert after["contributions_collected_fen"] - before["contributions_collected_fen"] == 6_000
        kinds = {k: after["institutions_by_kind"].get(k, 0) - before["institutions_by_kind"].get(k, 0)
                 for k in ("elderly_care", "home_care")}  # fmt: skip
        assert kinds == {"elderly_care": 1, "home_care": 0}  # the home-care agreement starts after 9-30
        elderly = milestone(after, "elderly_care_institutions_per_county")
        assert elderly["due_on"] == "2022-06-30"
        assert (
            elderly["contracted_by_due_date"] - milestone(before, elderly["code"])["contracted_by_due_date"]
            == 1
        )
        assert elderly["met"] is True
        nursing = milestone(after, "nursing_institutions_per_county")
        assert nursing["due_on"] == "2022-09-30"
        assert nursing["met"] is (nursing["contracted_by_due_date"] >= 1)
        # in the second quarter the September milestone is not due yet
        second = line(await bulletin(gateway, keys["bureau"], 2022, 2), LUCHENG)
        assert milestone(second, "nursing_institutions_per_county")["met"] is None


class TestFiguresFromTheBooks:
    async def test_spending_by_mode_beneficiaries_and_the_home_visit_share(
        self,
        gateway: httpx.AsyncClient,
        keys: dict[str, str],
        institution: Institution,  # noqa: F811
    ) -> None:
        before = line(await bulletin(gateway, keys["bureau"], 2026, 2), LUCHENG)
        uploaded = await institution.upload_june()
        assert uploaded.status_code == 201, uploaded.text
        run = await institution.call("/api/v1/settlement-runs", {"county_code": LUCHENG, "month": "2026-06"})
        fund = sum(s["fund_payable_fen"] for s in run["statements"])
        assert fund > 0

        after = line(await bulletin(gateway, keys["bureau"], 2026, 2), LUCHENG)
        spent = after["spending_by_mode_fen"].get("home_visit", 0) - before["spending_by_mode_fen"].get(
            "home_visit", 0
        )
        assert spent == fund
        assert after["spending_fen"] - before["spending_fen"] == fund
        assert after["beneficiaries"] - before["beneficiaries"] == 1
        assert (
            after["home_visit_bp"]
            == (after["spending_by_mode_fen"]["home_visit"] * 10_000 + after["spending_fen"] // 2)
            // after["spending_fen"]
        )
        assert after["expense_actual_fen"] - before["expense_actual_fen"] == fund


class TestWhoReadsIt:
    async def test_a_contractor_reads_its_counties_with_their_rank_and_the_citys_totals(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        everything = await bulletin(gateway, keys["bureau"], 2022, 4)
        own = await bulletin(gateway, await make_api_key("contractor", county_codes=[RUIAN]), 2022, 4)
        assert [c["county_code"] for c in own["counties"]] == [RUIAN]
        assert own["counties"][0]["rank"] == line(everything, RUIAN)["rank"]
        assert own["city"] == everything["city"]

    @pytest.mark.parametrize(("role", "status"), [("finance", 200), ("audit", 200), ("institution", 403),
                                                  ("health", 403)])  # fmt: skip
    async def test_agencies_as_their_duty_needs(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory, role: str, status: int
    ) -> None:
        key = await make_api_key(role)
        response = await gateway.get(Q, params={"year": 2022, "quarter": 4}, headers=bearer(key))
        assert response.status_code == status, response.text

    async def test_a_quarter_is_one_to_four(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        response = await gateway.get(Q, params={"year": 2022, "quarter": 5}, headers=bearer(keys["bureau"]))
        assert response.status_code == 422


class TestCsv:
    @pytest.mark.parametrize("how", ["format", "accept"])
    async def test_one_line_per_county_by_rank_then_the_city(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], how: str
    ) -> None:
        params: dict[str, Any] = {"year": 2022, "quarter": 4}
        headers = bearer(keys["bureau"])
        if how == "format":
            params["format"] = "csv"
        else:
            headers["Accept"] = "text/csv"
        response = await gateway.get(Q, params=params, headers=headers)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        report = await bulletin(gateway, keys["bureau"], 2022, 4)
        assert [r["county_code"] for r in rows] == [c["county_code"] for c in report["counties"]] + ["city"]
        assert [r["rank"] for r in rows[:3]] == ["1", "2", "3"]
        lucheng = next(r for r in rows if r["county_code"] == LUCHENG)
        assert int(lucheng["insured"]) == line(report, LUCHENG)["insured"]
        assert int(lucheng["institutions_elderly_care"]) == line(report, LUCHENG)["institutions_by_kind"].get(
            "elderly_care", 0
        )


class TestTargets:
    async def test_a_change_is_a_new_version_with_its_reason_and_the_bulletin_uses_it(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        body = {"code": "elderly_care_institutions_per_county", "value": 2, "due_on": "2022-06-30",
                "confirmed": False, "rule_source": "test: county decided", "reason": "调整"}  # fmt: skip
        made = await gateway.post("/api/v1/bulletin-targets", json=body, headers=bearer(keys["bureau"]))
        assert made.status_code == 201, made.text
        assert made.json()["version"] >= 2
        assert made.json()["institution_kinds"] == ["elderly_care"]
        report = await bulletin(gateway, keys["bureau"], 2022, 3)
        for row in report["counties"]:
            m = milestone(row, "elderly_care_institutions_per_county")
            assert m["required"] == 2
            assert m["met"] is (m["contracted_by_due_date"] >= 2)
        refused = await gateway.post(
            "/api/v1/bulletin-targets", json=body, headers=bearer(keys["contractor"])
        )
        assert refused.status_code == 403
        unknown = await gateway.post(
            "/api/v1/bulletin-targets", json={**body, "code": "nope"}, headers=bearer(keys["bureau"])
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "BULLETIN_TARGET_UNKNOWN")
