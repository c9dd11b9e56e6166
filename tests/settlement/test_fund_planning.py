"""Fund planning (S003: "统一基金预决算管理，全市统一编制长期护理保险基金年度预决算"): a county's budget
is drawn up, submitted and approved with finance's reference, adjusted by a new version with its reason; the
city's budget is the counties' sum; execution compares each line with the ledger. The county finance pays its
share of a deficit (S003: "缺口由各地财政承担") against the receivable the clearing booked — never more than
owed, never as income."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from services.settlement.ledger import service as ledger
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, RUIAN, Feeds
from tests.settlement.test_annual_clearing import approve, propose, subsidy
from tests.settlement.world import World, visit

ASSUMPTIONS = {
    "insured": 420_000,
    "beneficiaries_by_level": {"3": 900, "4": 700, "5": 400},
    "unit_cost_fen_by_mode": {"home_visit": 120_000, "elderly_care_bed": 180_000},
    "notes": "按 2025 年参保人数增长 2% 测算",
}
LINES = [
    {"line": "income_contribution_employer", "amount_fen": 6_000},
    {"line": "income_contribution_individual", "amount_fen": 6_000},
    {"line": "income_fiscal_subsidy", "amount_fen": 10_000},
    {"line": "expense_home_visit", "amount_fen": 120_000},
]


class Budgets:
    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        response = await self.gateway.request(method, path, headers=self.headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def draft(self, county: str = LUCHENG, year: int = 2025, expect: int = 201, **body: Any) -> Any:
        payload = {"county_code": county, "year": year, "lines": LINES, "assumptions": ASSUMPTIONS, **body}
        return await self.call("POST", "/api/v1/budgets", expect, json=payload)

    async def move(self, budget_id: str, status: str, expect: int = 201, **body: Any) -> Any:
        return await self.call(
            "POST", f"/api/v1/budgets/{budget_id}/status-changes", expect, json={"status": status, **body}
        )

    async def approved(self, county: str = LUCHENG, year: int = 2025, **body: Any) -> Any:
        draft = await self.draft(county, year, **body)
        await self.move(draft["id"], "submitted")
        return await self.move(draft["id"], "approved", finance_approval_reference="温财社〔2025〕3号")


@pytest.fixture
def budgets(gateway: httpx.AsyncClient, keys: dict[str, str]) -> Budgets:
    return Budgets(gateway, keys["bureau"])


def amounts(budget: dict[str, Any]) -> dict[str, int]:
    return {x["line"]: x["amount_fen"] for x in budget["lines"]}


class TestABudgetVersion:
    async def test_drawn_up_submitted_and_approved_with_finances_reference(self, budgets: Budgets) -> None:
        draft = await budgets.draft()
        assert (draft["version"], draft["status"], draft["income_fen"], draft["expense_fen"]) == (
            1,
            "draft",
            22_000,
            120_000,
        )
        assert draft["result_fen"] == -98_000
        assert amounts(draft)["expense_family_care"] == 0  # every line, 0 where nothing was budgeted
        assert draft["assumptions"]["beneficiaries_by_level"] == {"3": 900, "4": 700, "5": 400}

        not_yet = await budgets.move(draft["id"], "approved", expect=409, finance_approval_reference="x")
        assert not_yet["code"] == "BUDGET_TRANSITION_NOT_ALLOWED"
        await budgets.move(draft["id"], "submitted")
        unreferenced = await budgets.move(draft["id"], "approved", expect=422)
        assert unreferenced["code"] == "BUDGET_APPROVAL_REFERENCE_REQUIRED"
        approved = await budgets.move(draft["id"], "approved", finance_approval_reference="温财社〔2025〕3号")
        assert (approved["status"], approved["finance_approval_reference"]) == (
            "approved",
            "温财社〔2025〕3号",
        )
        assert [s["status"] for s in approved["status_history"]] == ["draft", "submitted", "approved"]
        assert approved["approved_at"] is not None

    async def test_one_version_is_in_the_works_at_a_time_and_only_a_draft_changes(
        self, budgets: Budgets
    ) -> None:
        draft = await budgets.draft()
        second = await budgets.draft(expect=409)
        assert (second["code"], second["budget_id"]) == ("BUDGET_IN_THE_WORKS", draft["id"])

        changed = await budgets.call(
            "PATCH",
            f"/api/v1/budgets/{draft['id']}",
            200,
            json={"lines": [{"line": "expense_home_visit", "amount_fen": 90_000}]},
        )
        assert amounts(changed)["expense_home_visit"] == 90_000
        assert changed["income_fen"] == 0  # the lines are the whole set
        await budgets.move(draft["id"], "submitted")
        frozen = await budgets.call(
            "PATCH", f"/api/v1/budgets/{draft['id']}", 409, json={"assumptions": ASSUMPTIONS}
        )
        assert frozen["code"] == "BUDGET_NOT_DRAFT"
        returned = await budgets.move(draft["id"], "draft", reason="补充测算依据")
        assert returned["status"] == "draft"

    async def test_an_adjustment_is_a_new_version_with_its_reason_that_supersedes_the_approved_one(
        self, budgets: Budgets
    ) -> None:
        first = await budgets.approved()
        unexplained = await budgets.draft(expect=422)
        assert unexplained["code"] == "BUDGET_ADJUSTMENT_REASON_REQUIRED"
        adjustment = await budgets.draft(adjustment_reason="失能人数增长超预期，追加居家上门护理支出")
        assert (adjustment["version"], adjustment["adjustment_reason"]) == (
            2,
            "失能人数增长超预期，追加居家上门护理支出",
        )
        await budgets.move(adjustment["id"], "submitted")
        await budgets.move(adjustment["id"], "approved", finance_approval_reference="温财社〔2025〕9号")

        before = await budgets.call("GET", f"/api/v1/budgets/{first['id']}", 200)
        assert before["status"] == "superseded"
        listed = await budgets.call("GET", f"/api/v1/budgets?county_code={LUCHENG}&year=2025", 200)
        assert [(b["version"], b["status"]) for b in listed["items"]] == [(1, "superseded"), (2, "approved")]

    async def test_bad_lines_are_a_clear_422(self, budgets: Budgets) -> None:
        twice = await budgets.draft(
            expect=422,
            lines=[{"line": "income_other", "amount_fen": 1}, {"line": "income_other", "amount_fen": 2}],
        )
        assert twice["code"] == "VALIDATION_FAILED"
        unknown = await budgets.draft(expect=422, lines=[{"line": "expense_party", "amount_fen": 1}])
        assert unknown["code"] == "VALIDATION_FAILED"
        negative = await budgets.draft(expect=422, lines=[{"line": "income_other", "amount_fen": -1}])
        assert negative["code"] == "VALIDATION_FAILED"


class TestTheCityBudget:
    async def test_is_the_sum_of_the_counties_approved_versions(self, budgets: Budgets) -> None:
        await budgets.approved(LUCHENG)
        await budgets.approved(RUIAN)
        await budgets.draft("330303")  # a draft counts for nothing yet
        city = await budgets.call("GET", "/api/v1/city-budgets/2025", 200)
        assert city["counties_approved"] == 2
        assert (city["income_fen"], city["expense_fen"], city["result_fen"]) == (44_000, 240_000, -196_000)
        assert amounts(city)["income_fiscal_subsidy"] == 20_000
        assert "330303" in city["counties_without_budget"]
        assert len(city["counties"]) == 13


class TestExecution:
    async def test_each_line_against_the_ledger_to_the_months_end_with_a_linear_projection(
        self, world: World, feeds: Feeds, budgets: Budgets, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        """2025: a 100 元 subsidy in March; 100 元 contributions; ten visits of 100 元 in May, the fund's
        800 元 spent."""
        assert (await subsidy(gateway, keys["bureau"], 10_000, "2025-03-01", "FIN-EXEC")).status_code == 201
        inst = await world.institution()
        person = await feeds.beneficiary(year=2025)
        await world.submit(inst, *(visit(person, day=dt.date(2025, 5, d)) for d in range(1, 11)))
        await world.settle(month=dt.date(2025, 5, 1))
        await budgets.approved()

        report = await budgets.call(
            "GET", f"/api/v1/budget-execution?month=2025-06&county_code={LUCHENG}", 200
        )
        assert report["months_elapsed"] == 6
        [county] = report["counties"]
        line = {x["line"]: x for x in county["lines"]}
        assert (line["income_fiscal_subsidy"]["budget_fen"], line["income_fiscal_subsidy"]["actual_fen"]) == (
            10_000,
            10_000,
        )
        assert line["income_fiscal_subsidy"]["execution_bp"] == 10_000
        assert line["expense_home_visit"]["actual_fen"] == 80_000
        assert line["expense_home_visit"]["execution_bp"] == 80_000 * 10_000 // 120_000
        assert line["expense_home_visit"]["projected_year_end_fen"] == 80_000 * 12 // 6
        assert line["expense_family_care"]["execution_bp"] is None  # nothing budgeted
        contributions = (
            line["income_contribution_employer"]["actual_fen"]
            + line["income_contribution_individual"]["actual_fen"]
        )
        assert contributions == 10_000
        assert county["income_actual_fen"] == 20_000
        assert county["expense_actual_fen"] == 80_000
        assert report["city"]["county_code"] == "city"

        csv = await gateway.get(
            f"/api/v1/budget-execution?month=2025-06&county_code={LUCHENG}",
            headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
        )
        assert csv.status_code == 200
        assert csv.headers["content-type"].startswith("text/csv")
        assert f"{LUCHENG},1,expense_home_visit,120000,80000,6666,160000" in csv.text

    async def test_a_month_before_anything_happened_executes_nothing(self, budgets: Budgets) -> None:
        await budgets.approved()
        report = await budgets.call("GET", "/api/v1/budget-execution?month=2025-01", 200)
        lucheng = next(c for c in report["counties"] if c["county_code"] == LUCHENG)
        assert lucheng["budget_version"] == 1
        assert {
            x["line"]: (x["actual_fen"], x["execution_bp"]) for x in lucheng["lines"] if x["budget_fen"]
        } == {
            "income_contribution_employer": (0, 0),
            "income_contribution_individual": (0, 0),
            "income_fiscal_subsidy": (0, 0),
            "expense_home_visit": (0, 0),
        }
        assert report["city"]["income_budget_fen"] == 22_000  # the one approved county


class TestWhoSeesBudgets:
    async def test_a_contractor_reads_its_counties_only_and_writes_nothing(
        self, budgets: Budgets, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        budget = await budgets.approved(LUCHENG)
        own = await gateway.get(f"/api/v1/budgets/{budget['id']}", headers=bearer(keys["contractor"]))
        assert own.status_code == 200
        elsewhere = await make_api_key("contractor", county_codes=["330303"])
        hidden = await gateway.get(f"/api/v1/budgets/{budget['id']}", headers=bearer(elsewhere))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "BUDGET_NOT_FOUND")
        listed = await gateway.get("/api/v1/budgets", headers=bearer(elsewhere))
        assert listed.json()["items"] == []
        city = (await gateway.get("/api/v1/city-budgets/2025", headers=bearer(elsewhere))).json()
        assert [c["county_code"] for c in city["counties"]] == ["330303"]
        write = await gateway.post(
            "/api/v1/budgets",
            json={"county_code": "330303", "year": 2025, "lines": LINES, "assumptions": ASSUMPTIONS},
            headers=bearer(elsewhere),
        )
        assert write.status_code == 403
        institution = await gateway.get("/api/v1/budgets", headers=bearer(keys["institution"]))
        assert institution.status_code == 403


class TestTheCountyFinancesCover:
    @pytest.fixture
    async def owed(self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]) -> int:
        """2024 cleared with a 500 元 surplus; 2025: 100 元 in, 800 元 out, a 700 元 deficit: the surplus
        covers 500 元, the county finance owes 200 元."""
        assert (await subsidy(gateway, keys["bureau"], 50_000, "2024-03-01", "FIN-2024")).status_code == 201
        cleared = await propose(gateway, keys["contractor"], 2024)
        assert (await approve(gateway, keys["bureau"], cleared.json()["id"])).status_code == 200
        inst = await world.institution()
        person = await feeds.beneficiary(year=2025)
        await world.submit(inst, *(visit(person, day=dt.date(2025, 5, d)) for d in range(1, 11)))
        await world.settle(month=dt.date(2025, 5, 1))
        clearing = (await propose(gateway, keys["contractor"], 2025)).json()
        assert (await approve(gateway, keys["bureau"], clearing["id"])).status_code == 200
        return int(clearing["covered_by_finance_fen"])

    async def receipt(
        self, gateway: httpx.AsyncClient, key: str, amount: int, reference: str, on: str = "2026-02-10"
    ) -> httpx.Response:
        return await gateway.post(
            "/api/v1/finance-receipts",
            json={"county_code": LUCHENG, "amount_fen": amount, "received_on": on, "reference": reference},
            headers=bearer(key),
        )

    async def test_receipts_pay_the_receivable_down_never_past_it_and_never_as_income(
        self, owed: int, world: World, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        assert owed == 20_000
        first = await self.receipt(gateway, keys["bureau"], 15_000, "TREASURY-1")
        assert first.status_code == 201, first.text
        again = await self.receipt(gateway, keys["bureau"], 15_000, "TREASURY-1")
        assert (again.status_code, again.json()["id"]) == (200, first.json()["id"])
        assert again.headers["idempotent-replayed"] == "true"
        other = await self.receipt(gateway, keys["bureau"], 14_000, "TREASURY-1")
        assert (other.status_code, other.json()["code"]) == (409, "FINANCE_RECEIPT_REF_CONFLICT")
        too_much = await self.receipt(gateway, keys["bureau"], 6_000, "TREASURY-2")
        assert (too_much.status_code, too_much.json()["code"], too_much.json()["owed_fen"]) == (
            409,
            "FINANCE_RECEIPT_EXCEEDS_OWED",
            5_000,
        )
        assert (await self.receipt(gateway, keys["bureau"], 5_000, "TREASURY-3")).status_code == 201

        books = await ledger.balances(world.session, LUCHENG)
        assert books.get("finance_receivable", 0) == 0
        assert sum(books.values()) == 0
        of_2026 = await ledger.balances(world.session, LUCHENG, since=dt.date(2026, 1, 1))
        assert all(of_2026.get(a, 0) == 0 for a in ledger.INCOME_ACCOUNTS)  # not income
        assert of_2026["cash"] == 20_000

        owed_now = (await gateway.get("/api/v1/finance-receipts/owed", headers=bearer(keys["bureau"]))).json()
        lucheng = next(x for x in owed_now["items"] if x["county_code"] == LUCHENG)
        assert (lucheng["booked_fen"], lucheng["received_fen"], lucheng["owed_fen"]) == (20_000, 20_000, 0)
        listed = (await gateway.get("/api/v1/finance-receipts", headers=bearer(keys["contractor"]))).json()
        assert sorted(r["reference"] for r in listed["items"]) == ["TREASURY-1", "TREASURY-3"]

    async def test_only_the_bureau_records_and_a_county_out_of_scope_is_unknown(
        self, owed: int, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        assert (await self.receipt(gateway, keys["contractor"], 1_000, "T-C")).status_code == 403
        made = await self.receipt(gateway, keys["bureau"], 1_000, "T-B")
        elsewhere = await make_api_key("contractor", county_codes=["330303"])
        hidden = await gateway.get(f"/api/v1/finance-receipts/{made.json()['id']}", headers=bearer(elsewhere))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "FINANCE_RECEIPT_NOT_FOUND")
        nothing_owed = await self.receipt(gateway, keys["bureau"], 1, "T-NONE", on="2026-02-11")
        assert nothing_owed.status_code == 201  # 19_000 still owed


class TestFinalAccounts:
    @pytest.fixture
    async def cleared_2025(
        self, world: World, feeds: Feeds, budgets: Budgets, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> dict[str, Any]:
        """2025 budgeted (v1, adjusted to v2), 100 元 subsidy, 100 元 contributions, 800 元 spent, cleared."""
        first = await budgets.approved()
        adjustment = await budgets.draft(
            adjustment_reason="追加支出",
            lines=[*LINES[:3], {"line": "expense_home_visit", "amount_fen": 90_000}],
        )
        await budgets.move(adjustment["id"], "submitted")
        await budgets.move(adjustment["id"], "approved", finance_approval_reference="温财社〔2025〕9号")
        assert first["version"] == 1
        assert (await subsidy(gateway, keys["bureau"], 10_000, "2025-03-01", "FIN-FA")).status_code == 201
        inst = await world.institution()
        person = await feeds.beneficiary(year=2025)
        await world.submit(inst, *(visit(person, day=dt.date(2025, 5, d)) for d in range(1, 11)))
        await world.settle(month=dt.date(2025, 5, 1))
        clearing = (await propose(gateway, keys["contractor"], 2025)).json()
        assert (await approve(gateway, keys["bureau"], clearing["id"])).status_code == 200
        return dict(clearing)

    async def draw_up(self, budgets: Budgets, expect: int = 201, year: int = 2025) -> Any:
        return await budgets.call(
            "POST", "/api/v1/final-accounts", expect, json={"county_code": LUCHENG, "year": year}
        )

    async def test_each_line_of_the_approved_budget_against_the_cleared_year(
        self, cleared_2025: dict[str, Any], budgets: Budgets
    ) -> None:
        accounts = await self.draw_up(budgets)
        assert (accounts["status"], accounts["budget_version"], accounts["clearing_id"]) == (
            "draft",
            2,
            cleared_2025["id"],
        )
        line = {x["line"]: x for x in accounts["lines"]}
        assert (line["expense_home_visit"]["budget_fen"], line["expense_home_visit"]["final_fen"]) == (
            90_000,
            80_000,
        )
        assert line["expense_home_visit"]["variance_fen"] == -10_000
        assert line["income_fiscal_subsidy"]["final_fen"] == 10_000
        finals = sum(x["final_fen"] for x in accounts["lines"] if x["line"].startswith("income_"))
        assert finals == accounts["income_fen"] == cleared_2025["income_fen"]  # the ledger agrees
        assert accounts["expense_fen"] == cleared_2025["expenditure_fen"] == 80_000
        assert (accounts["result_fen"], accounts["covered_by_finance_fen"]) == (
            cleared_2025["result_fen"],
            cleared_2025["covered_by_finance_fen"],
        )

        again = await self.draw_up(budgets, expect=200)
        assert again["id"] == accounts["id"]
        approved = await budgets.call(
            "POST",
            f"/api/v1/final-accounts/{accounts['id']}/approvals",
            201,
            json={"approval_reference": "温财社〔2026〕2号"},
        )
        assert approved["status"] == "approved"
        frozen = await self.draw_up(budgets, expect=409)
        assert frozen["code"] == "FINAL_ACCOUNTS_APPROVED"

        city = await budgets.call("GET", "/api/v1/city-final-accounts/2025", 200)
        assert city["counties_approved"] == [LUCHENG]
        assert city["expense_fen"] == 80_000
        assert RUIAN in city["counties_missing"]

    async def test_a_year_not_cleared_has_no_final_accounts(self, budgets: Budgets) -> None:
        refused = await self.draw_up(budgets, expect=409, year=2024)
        assert refused["code"] == "FINAL_ACCOUNTS_YEAR_NOT_CLEARED"
