"""The policy calculation (测算, S003 annex 1 item 1 "测算缴费和待遇方案") and the dry run of a draft
benefit rule set, through the gateway.

The base year 2025: 鹿城 pays A (level 5) four home visits of 1,000 元 in March (over the 2,980 元 monthly
cap: 2,980 元 eligible, the fund's 80 % = 2,384 元) and two of 800 元 in May (1,280 元), B (level 4) three
visits of 500 元 (1,200 元) and two days of family care of 300 元 (40 %: 240 元); 瑞安 pays C (level 3)
five visits of 400 元 in March (over the 1,788 元 cap: 1,430.40 元). One more visit of A's by an unknown
caregiver is cut (CAREGIVER_NOT_QUALIFIED) and stays cut under any draft. Each person was billed 100 元.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.settlement.ledger import service as ledger
from services.settlement.projections.service import run_next
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, RUIAN, Feeds
from tests.settlement.test_annual_clearing import subsidy
from tests.settlement.world import World, visit

MARCH, MAY = dt.date(2025, 3, 1), dt.date(2025, 5, 1)
SETTLED = {  # the fund as settled, per county × mode × level
    (LUCHENG, "home_visit", "5"): 238_400 + 128_000,
    (LUCHENG, "home_visit", "4"): 120_000,
    (LUCHENG, "family_care", "4"): 24_000,
    (RUIAN, "home_visit", "3"): 143_040,
}
BILLED = {"employer_fen": 5_000, "individual_fen": 5_000}  # what each person was billed, split


@pytest.fixture
async def year_2025(world: World, feeds: Feeds) -> World:
    lucheng = await world.institution("INST-1")
    ruian = await world.institution("INST-R", county=RUIAN)
    a = await feeds.beneficiary(LUCHENG, level=5, year=2025)
    b = await feeds.beneficiary(LUCHENG, level=4, year=2025)
    c = await feeds.beneficiary(RUIAN, level=3, year=2025)
    await world.submit(
        lucheng,
        *(visit(a, day=dt.date(2025, 3, d), amount=100_000) for d in range(1, 5)),
        visit(a, day=dt.date(2025, 3, 6), amount=100_000, caregiver="CG-NOBODY"),
        *(visit(b, day=dt.date(2025, 3, d), amount=50_000) for d in range(10, 13)),
        *(visit(b, day=dt.date(2025, 3, d), amount=30_000, mode="family_care") for d in (15, 16)),
        *(visit(a, day=dt.date(2025, 5, d), amount=80_000) for d in (5, 6)),
    )
    await world.submit(ruian, *(visit(c, day=dt.date(2025, 3, d), amount=40_000) for d in range(1, 6)))
    await world.settle(LUCHENG, MARCH)
    await world.settle(LUCHENG, MAY)
    await world.settle(RUIAN, MARCH)
    return world


class Planner:
    """The bureau at the gateway, and the projection worker run once per job (as the service's loop does)."""

    def __init__(
        self, gateway: httpx.AsyncClient, key: str, sessionmaker: async_sessionmaker[AsyncSession]
    ) -> None:
        self.gateway = gateway
        self.headers = bearer(key)
        self.sessionmaker = sessionmaker

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        response = await self.gateway.request(method, path, headers=self.headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def draft(self, version: str, change: Any = None, **body: Any) -> Any:
        """A draft copying the rules in force, changed by ``change(rules)``."""
        shipped = await self.call("GET", "/api/v1/benefit-rules/WZ-2022-reported", 200)
        rules = copy.deepcopy(shipped["rules"])
        if change is not None:
            change(rules)
        payload = {
            "version": version,
            "effective_from": "2027-01-01",
            "base_amount_fen": shipped["base_amount_fen"],
            "source": "测算方案",
            "status": "draft",
            "rules": rules,
            **body,
        }
        return await self.call("POST", "/api/v1/benefit-rules", 201, json=payload)

    async def project(self, version: str, **body: Any) -> Any:
        payload = {
            "name": f"2026 按 {version}",
            "base_year": 2025,
            "rule_set_version": version,
            "contributions": [BILLED],
            **body,
        }
        queued = await self.call("POST", "/api/v1/projections", 202, json=payload)
        assert (queued["status"], queued["progress_bp"], queued["outputs"]) == ("queued", 0, None)
        assert await run_next(self.sessionmaker) is not None
        done = await self.call("GET", f"/api/v1/projections/{queued['id']}", 200)
        assert (done["status"], done["progress_bp"], done["error"]) == ("succeeded", 10_000, None)
        return done


@pytest.fixture
def planner(
    gateway: httpx.AsyncClient, keys: dict[str, str], sessionmaker: async_sessionmaker[AsyncSession]
) -> Planner:
    return Planner(gateway, keys["bureau"], sessionmaker)


def cells(outputs: dict[str, Any], figure: str = "replayed_fund_fen") -> dict[tuple[str, str, str], int]:
    return {
        (county["county_code"], c["care_mode"], c["level"]): c[figure]
        for county in outputs["counties"]
        for c in county["cells"]
    }


def county(outputs: dict[str, Any], code: str) -> dict[str, Any]:
    return next(c for c in outputs["counties"] if c["county_code"] == code)


def cap_level_5_home_visits_at(monthly_cap_fen: int) -> Any:
    def change(rules: list[dict[str, Any]]) -> None:
        for r in rules:
            if (r["level"], r["care_mode"]) == (5, "home_visit"):
                r["monthly_cap_share_bp"], r["monthly_cap_fen"] = None, monthly_cap_fen

    return change


class TestTheSettledYearReplayed:
    async def test_a_draft_equal_to_the_rules_in_force_reproduces_the_settled_year_to_the_fen(
        self, year_2025: World, planner: Planner, session: AsyncSession
    ) -> None:
        await planner.draft("WZ-SAME")
        done = await planner.project("WZ-SAME")
        outputs = done["outputs"]
        assert outputs["months_replayed"] == ["2025-03", "2025-05"]
        assert cells(outputs) == SETTLED
        assert cells(outputs, "expenditure_fen") == SETTLED  # zero growth
        assert cells(outputs, "settled_fund_fen") == SETTLED
        assert all(c["records_changed"] == 0 for x in outputs["counties"] for c in x["cells"])

        # the same figures as the settled statements and the ledger, county by county and mode by mode
        statements = await session.execute(
            text(
                "SELECT s.county_code, m.key, sum(m.value::bigint), sum(s.fund_payable_fen) "
                "FROM settlement.settlement_statements s "
                "JOIN settlement.settlement_runs r ON r.id = s.run_id AND r.status = 'settled', "
                "jsonb_each_text(s.fund_by_mode) m GROUP BY 1, 2"
            )
        )
        by_mode: dict[tuple[str, str], int] = {(c, m): int(n) for c, m, n, _ in statements.all()}
        for code in (LUCHENG, RUIAN):
            line = county(outputs, code)
            assert line["expenditure_by_mode_fen"] == {m: n for (c, m), n in by_mode.items() if c == code}
            spent = await ledger.balances(
                session, code, since=dt.date(2025, 1, 1), until=dt.date(2025, 12, 31)
            )
            assert line["expenditure_by_mode_fen"] == {
                mode: spent[account] for mode, account in ledger.EXPENSE_ACCOUNT.items() if spent.get(account)
            }
        assert county(outputs, LUCHENG)["expenditure_by_level_fen"] == {"4": 144_000, "5": 366_400}
        assert outputs["city"]["expenditure_fen"] == sum(SETTLED.values()) == 653_440

        # income: the contribution actually billed, for the persons billed
        lucheng = county(outputs, LUCHENG)
        assert (lucheng["insured_base"], lucheng["billed_base_fen"], lucheng["insured"]) == (2, 20_000, 2)
        assert lucheng["income_fen"] == lucheng["billed_base_fen"]
        assert lucheng["income_by_source_fen"] == {
            "employer": 10_000,
            "individual": 10_000,
            "fiscal_subsidy": 0,
        }
        assert lucheng["result_fen"] == 20_000 - 510_400
        assert outputs["city"]["income_fen"] == 30_000

    async def test_a_changed_cap_changes_the_capped_months_only(
        self, year_2025: World, planner: Planner
    ) -> None:
        await planner.draft("WZ-CAP-2000", cap_level_5_home_visits_at(200_000))
        outputs = (await planner.project("WZ-CAP-2000"))["outputs"]
        # March: 2,000 元 eligible → 1,600 元 (was 2,384 元); May's 1,600 元 claimed is under either cap
        assert cells(outputs)[(LUCHENG, "home_visit", "5")] == 160_000 + 128_000
        assert {k: v for k, v in cells(outputs).items() if k[2] != "5"} == {
            k: v for k, v in SETTLED.items() if k[2] != "5"
        }
        level_5 = next(c for c in county(outputs, LUCHENG)["cells"] if c["level"] == "5")
        assert (level_5["settled_fund_fen"], level_5["records_changed"]) == (366_400, 1)  # the 3rd visit

    async def test_growth_scales_insured_income_and_each_level_and_modes_spending(
        self, year_2025: World, planner: Planner
    ) -> None:
        await planner.draft("WZ-GROWTH")
        growth = {
            "insured_pct": "50",
            "beneficiaries_by_level_pct": {"5": "10"},
            "use_by_mode_pct": {"home_visit": "25"},
        }
        outputs = (await planner.project("WZ-GROWTH", growth=growth))["outputs"]
        assert cells(outputs, "expenditure_fen") == {
            (LUCHENG, "home_visit", "5"): 503_800,  # 366,400 × 1.10 × 1.25
            (LUCHENG, "home_visit", "4"): 150_000,  # × 1.25
            (LUCHENG, "family_care", "4"): 24_000,  # no growth assumed
            (RUIAN, "home_visit", "3"): 178_800,  # 143,040 × 1.25
        }
        assert cells(outputs) == SETTLED  # the replay itself is not grown
        assert (county(outputs, LUCHENG)["insured"], county(outputs, RUIAN)["insured"]) == (3, 2)  # 1.5 → 2
        assert county(outputs, RUIAN)["income_fen"] == 2 * 10_000

    async def test_a_gap_takes_the_accumulated_surplus_first_and_the_county_finance_bears_the_rest(
        self, year_2025: World, planner: Planner, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        """S003: "基金出现当期缺口时先由各地历年结余弥补缺口，各地历年结余不足以弥补时，
        缺口由各地财政承担"."""
        assert (await subsidy(gateway, keys["bureau"], 600_000, "2025-02-01", "FIN-P")).status_code == 201
        await planner.draft("WZ-GAP")
        # 鹿城 at 2025's end: 6,000 元 subsidy + 200 元 contributions − 5,104 元 spent = 1,096 元 accumulated
        cases = {0: (0, 400_800), 150_000: (0, 100_800), 300_000: (199_200, 0)}
        for per_insured, (surplus_after, exposure) in cases.items():
            contributions = [{"county_code": LUCHENG, "individual_fen": per_insured}, BILLED]
            outputs = (await planner.project("WZ-GAP", contributions=contributions))["outputs"]
            lucheng = county(outputs, LUCHENG)
            assert lucheng["surplus_before_fen"] == 109_600
            assert lucheng["result_fen"] == 2 * per_insured - 510_400
            assert (lucheng["surplus_after_fen"], lucheng["finance_exposure_fen"]) == (
                surplus_after,
                exposure,
            )
            assert county(outputs, RUIAN)["income_fen"] == 10_000  # the city-wide row
        # 瑞安 has no surplus: its whole gap is its finance's; the city adds up the counties' exposures
        ruian = county(outputs, RUIAN)
        assert (ruian["surplus_before_fen"], ruian["finance_exposure_fen"]) == (0, 143_040 - 10_000)
        assert outputs["city"]["finance_exposure_fen"] == sum(
            c["finance_exposure_fen"] for c in outputs["counties"]
        )


class TestCompare:
    async def test_two_projections_side_by_side_with_the_difference_in_json_and_csv(
        self, year_2025: World, planner: Planner, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        await planner.draft("WZ-A")
        await planner.draft("WZ-B", cap_level_5_home_visits_at(200_000))
        a = await planner.project("WZ-A")
        b = await planner.project("WZ-B", contributions=[{"employer_fen": 6_000, "individual_fen": 6_000}])
        compared = await planner.call(
            "GET", "/api/v1/projections/compare", 200, params={"a": a["id"], "b": b["id"]}
        )
        assert (compared["a"]["id"], compared["b"]["name"]) == (a["id"], b["name"])
        lines = {line["county_code"]: line for line in compared["lines"]}
        lucheng = lines[LUCHENG]
        assert lucheng["difference"]["expenditure_fen"] == 288_000 - 366_400
        assert lucheng["difference"]["income_fen"] == 2 * 2_000
        assert lucheng["difference"]["expenditure_home_visit_fen"] == -78_400
        assert lines[None]["b"]["expenditure_fen"] == 653_440 - 78_400
        listed = await planner.call("GET", "/api/v1/projections", 200)
        assert [p["id"] for p in listed["items"]][:2] == [b["id"], a["id"]]  # newest first
        assert listed["items"][0]["city_result_fen"] == b["outputs"]["city"]["result_fen"]

        as_csv = await gateway.get(
            "/api/v1/projections/compare",
            params={"a": a["id"], "b": b["id"]},
            headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
        )
        assert as_csv.status_code == 200, as_csv.text
        assert as_csv.headers["content-type"].startswith("text/csv")
        rows = as_csv.text.splitlines()
        assert rows[0] == "county_code,figure,a,b,difference"
        assert f"{LUCHENG},expenditure_fen,510400,432000,-78400" in rows

    async def test_a_projection_is_compared_once_it_has_succeeded(
        self, year_2025: World, planner: Planner
    ) -> None:
        await planner.draft("WZ-Q")
        done = await planner.project("WZ-Q")
        queued = await planner.call(
            "POST",
            "/api/v1/projections",
            202,
            json={"name": "排队", "base_year": 2025, "rule_set_version": "WZ-Q", "contributions": [BILLED]},
        )
        refused = await planner.call(
            "GET", "/api/v1/projections/compare", 409, params={"a": done["id"], "b": queued["id"]}
        )
        assert refused["code"] == "PROJECTION_NOT_FINISHED"


class TestTheDryRunOfADraft:
    async def test_each_institution_from_to_for_a_settled_month_in_json_and_csv(
        self, year_2025: World, planner: Planner, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        await planner.draft("WZ-DRY", cap_level_5_home_visits_at(200_000))
        run = await planner.call(
            "POST", "/api/v1/benefit-rules/WZ-DRY/dry-runs", 200, json={"month": "2025-03"}
        )
        assert (run["rule_set_status"], run["counties"]) == ("draft", [LUCHENG, RUIAN])
        groups = {(g["county_code"], g["level"], g["care_mode"]): g for g in run["groups"]}
        level_5 = groups[(LUCHENG, "5", "home_visit")]
        assert (level_5["fund_before_fen"], level_5["fund_after_fen"], level_5["difference_fen"]) == (
            238_400,
            160_000,
            -78_400,
        )
        assert (level_5["records"], level_5["records_changed"]) == (5, 1)  # the cut visit counts, unchanged
        assert [(i["institution_id"], i["fund_after_fen"]) for i in level_5["institutions"]] == [
            ("INST-1", 160_000)
        ]
        assert groups[(RUIAN, "3", "home_visit")]["difference_fen"] == 0
        assert run["totals"]["difference_fen"] == -78_400

        as_csv = await gateway.post(
            "/api/v1/benefit-rules/WZ-DRY/dry-runs",
            json={"month": "2025-03", "county_code": LUCHENG},
            headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
        )
        assert as_csv.status_code == 200, as_csv.text
        rows = as_csv.text.splitlines()
        assert rows[0].startswith("month,county_code,level,care_mode,institution_id,records,records_changed")
        assert f"2025-03,{LUCHENG},5,home_visit,INST-1,5,1,500000,298000,200000,238400,160000,-78400" in rows
        assert rows[-1].startswith("2025-03,total,")

    async def test_a_contractor_replays_its_own_counties_only(
        self, year_2025: World, planner: Planner, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        await planner.draft("WZ-SCOPE")
        ruian = bearer(await make_api_key("contractor", county_codes=[RUIAN]))
        url = "/api/v1/benefit-rules/WZ-SCOPE/dry-runs"
        mine = await gateway.post(url, json={"month": "2025-03"}, headers=ruian)
        assert mine.status_code == 200, mine.text
        assert mine.json()["counties"] == [RUIAN]
        assert {g["county_code"] for g in mine.json()["groups"]} == {RUIAN}
        other = await gateway.post(url, json={"month": "2025-03", "county_code": LUCHENG}, headers=ruian)
        assert (other.status_code, other.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        projections = await gateway.get("/api/v1/projections", headers=ruian)
        assert (projections.status_code, projections.json()["code"]) == (403, "ROLE_NOT_ALLOWED")


class TestRefused:
    async def test_an_unknown_rule_set_or_projection(self, planner: Planner) -> None:
        unknown = await planner.call(
            "POST",
            "/api/v1/projections",
            422,
            json={"name": "x", "base_year": 2025, "rule_set_version": "NOPE", "contributions": [BILLED]},
        )
        assert unknown["code"] == "PROJECTION_RULE_SET_UNKNOWN"
        assert unknown["errors"][0]["field"] == "body.rule_set_version"
        missing = await planner.call("GET", "/api/v1/projections/00000000-0000-4000-8000-000000000000", 404)
        assert missing["code"] == "PROJECTION_NOT_FOUND"
        dry = await planner.call(
            "POST", "/api/v1/benefit-rules/NOPE/dry-runs", 404, json={"month": "2025-03"}
        )
        assert dry["code"] == "RULE_SET_NOT_FOUND"

    async def test_bad_growth_and_two_rows_for_one_county_are_422(self, planner: Planner) -> None:
        body = {"name": "x", "base_year": 2025, "rule_set_version": "WZ-2022-reported"}
        shrink = await planner.call(
            "POST",
            "/api/v1/projections",
            422,
            json={**body, "contributions": [BILLED], "growth": {"insured_pct": "-100"}},
        )
        assert shrink["errors"][0]["field"].startswith("body.growth.insured_pct")
        twice = await planner.call(
            "POST", "/api/v1/projections", 422, json={**body, "contributions": [BILLED, BILLED]}
        )
        assert twice["code"] == "VALIDATION_FAILED"


async def test_a_projection_left_running_by_a_killed_worker_is_queued_again_and_finished(
    year_2025: World, planner: Planner, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """A worker that dies mid-run drops its connection and so its advisory lock: the next poll anywhere
    queues the job again; a job whose worker is alive (its lock held) is left alone."""
    await planner.draft("WZ-2026-KILLED")
    body = {
        "name": "被中断的测算",
        "base_year": 2025,
        "rule_set_version": "WZ-2026-KILLED",
        "contributions": [BILLED],
    }
    queued = await planner.call("POST", "/api/v1/projections", 202, json=body)
    job = {"id": queued["id"]}
    async with sessionmaker() as session, session.begin():  # claimed by a worker, half done
        await session.execute(
            text(
                "UPDATE settlement.projections SET status = 'running', progress_bp = 5000, "
                "started_at = now() WHERE id = :id"
            ),
            job,
        )
    lock = "SELECT pg_advisory_lock(:space, hashtext(:id))"
    space = {"space": 0x7E57}
    async with sessionmaker.kw["bind"].engine.connect() as alive:  # the worker is alive: its lock is held
        async with alive.begin():
            await alive.execute(text(lock), {**space, **job})
        await run_next(sessionmaker)
        still = await planner.call("GET", f"/api/v1/projections/{job['id']}", 200)
        assert (still["status"], still["progress_bp"]) == ("running", 5000)
        await alive.invalidate()  # the worker is killed: its connection closed, and the lock with it
    for _ in range(5):
        if await run_next(sessionmaker) is None:
            break
    done = await planner.call("GET", f"/api/v1/projections/{job['id']}", 200)
    assert (done["status"], done["progress_bp"], done["error"]) == ("succeeded", 10_000, None)
    assert cells(done["outputs"]) == SETTLED
