"""Annual clearing per county and year: a deficit is covered by the accumulated surplus first and the
county finance for the rest; a surplus adds to the accumulated surplus; deposits are released or
forfeited; the bureau approves, the ledger carries it all, and the year is closed to postings."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import httpx
import pytest

from services.settlement.ledger import service as ledger
from tests.conftest import bearer
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import World, visit

MAY_2025 = dt.date(2025, 5, 1)


async def subsidy(gateway: httpx.AsyncClient, bureau: str, amount: int, on: str, ref: str) -> httpx.Response:
    return await gateway.post(
        "/api/v1/fund/fiscal-subsidies",
        json={"county_code": LUCHENG, "amount_fen": amount, "received_on": on, "reference": ref},
        headers=bearer(bureau),
    )


async def propose(gateway: httpx.AsyncClient, key: str, year: int, **body: Any) -> httpx.Response:
    body = json.loads(json.dumps(body, default=str))  # cited ids as strings
    return await gateway.post(
        "/api/v1/annual-clearings", json={"county_code": LUCHENG, "year": year, **body}, headers=bearer(key)
    )


async def approve(gateway: httpx.AsyncClient, key: str, clearing_id: str) -> httpx.Response:
    return await gateway.post(f"/api/v1/annual-clearings/{clearing_id}/approve", headers=bearer(key))


@pytest.fixture
async def year_2025(world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]) -> World:
    """2024: a 500 元 subsidy, nothing spent, cleared (surplus 500 元). 2025: 100 元 contributions, ten
    visits of 100 元 → the fund pays 800 元, 40 元 withheld as deposit, settled."""
    assert (await subsidy(gateway, keys["bureau"], 50_000, "2024-03-01", "FIN-2024")).status_code == 201
    cleared = await propose(gateway, keys["contractor"], 2024)
    assert cleared.json()["added_to_surplus_fen"] == 50_000, cleared.text
    assert (await approve(gateway, keys["bureau"], cleared.json()["id"])).status_code == 200
    inst = await world.institution()
    person = await feeds.beneficiary(year=2025)
    await world.submit(inst, *(visit(person, day=dt.date(2025, 5, d)) for d in range(1, 11)))
    await world.settle(month=MAY_2025)
    return world


class TestClearing:
    async def test_a_deficit_takes_the_surplus_first_then_the_county_finance(
        self, year_2025: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        graded = feeds.evaluation("INST-1", deposit_release_bp=5000)
        await feeds.apply()
        forfeit = {
            "institution_id": "INST-1",
            "amount_fen": 1_000,
            "reason": "poor grade",
            "evaluation_id": graded,
        }
        proposed = await propose(gateway, keys["contractor"], 2025, forfeitures=[forfeit])
        assert proposed.status_code == 201, proposed.text
        c = proposed.json()
        # income 100 元 contributions + 10 元 forfeited; expenditure 800 元 → deficit 690 元
        assert (c["income_fen"], c["expenditure_fen"], c["result_fen"]) == (11_000, 80_000, -69_000)
        assert (c["surplus_before_fen"], c["covered_by_surplus_fen"], c["covered_by_finance_fen"]) == (
            50_000,
            50_000,
            19_000,
        )
        assert (c["deposits_released_fen"], c["deposits_forfeited_fen"], c["status"]) == (
            3_000,
            1_000,
            "proposed",
        )
        assert c["ledger_transaction_ids"] == []

        approved = await approve(gateway, keys["bureau"], c["id"])
        assert approved.status_code == 200, approved.text
        assert approved.json()["status"] == "approved"
        assert len(approved.json()["ledger_transaction_ids"]) == 2
        after = await ledger.balances(year_2025.session, LUCHENG)
        assert after.get("accumulated_surplus", 0) == 0
        assert after["finance_receivable"] == 19_000
        assert after.get("deposits_held", 0) == 0
        assert after["payable_institutions"] == -(80_000 - 4_000) - 3_000
        assert sum(after.values()) == 0
        of_year = await ledger.balances(
            year_2025.session, LUCHENG, since=dt.date(2025, 1, 1), until=dt.date(2025, 12, 31)
        )
        assert all(of_year.get(a, 0) == 0 for a in (*ledger.INCOME_ACCOUNTS, *ledger.EXPENSE_ACCOUNTS))

    async def test_the_closed_year_refuses_postings_and_a_second_approval(
        self, year_2025: World, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        c = (await propose(gateway, keys["contractor"], 2025)).json()
        assert (await approve(gateway, keys["bureau"], c["id"])).status_code == 200
        late = await subsidy(gateway, keys["bureau"], 1_000, "2025-06-01", "FIN-LATE")
        assert (late.status_code, late.json()["code"]) == (409, "PERIOD_CLOSED")
        redo = await gateway.post(
            "/api/v1/settlement-runs",
            json={"county_code": LUCHENG, "month": "2025-05-01", "resettle": True, "reason": "late fix"},
            headers=bearer(keys["contractor"]),
        )
        assert (redo.status_code, redo.json()["code"]) == (409, "PERIOD_CLOSED")
        assert (await approve(gateway, keys["bureau"], c["id"])).json()["code"] == "YEAR_CLOSED"
        assert (await propose(gateway, keys["contractor"], 2025)).json()["code"] == "YEAR_CLOSED"
        next_year = await subsidy(gateway, keys["bureau"], 1_000, "2026-01-05", "FIN-2026")
        assert next_year.status_code == 201

    async def test_a_proposal_the_ledger_moved_past_must_be_proposed_again(
        self, year_2025: World, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        c = (await propose(gateway, keys["contractor"], 2025)).json()
        await subsidy(gateway, keys["bureau"], 100_000, "2025-12-20", "FIN-DEC")
        stale = await approve(gateway, keys["bureau"], c["id"])
        assert (stale.status_code, stale.json()["code"]) == (409, "CLEARING_STALE")
        again = (await propose(gateway, keys["contractor"], 2025)).json()
        assert again["id"] == c["id"]
        assert (again["result_fen"], again["added_to_surplus_fen"], again["covered_by_finance_fen"]) == (
            30_000,
            30_000,
            0,
        )
        assert (await approve(gateway, keys["bureau"], c["id"])).status_code == 200
        after = await ledger.balances(year_2025.session, LUCHENG)
        assert after["accumulated_surplus"] == -80_000

    async def test_who_may_do_what_and_when(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        assert (await propose(gateway, keys["contractor"], 2026)).json()["code"] == "YEAR_NOT_OVER"
        assert (await propose(gateway, keys["bureau"], 2024)).status_code == 403
        inst = await world.institution()
        person = await feeds.beneficiary(year=2025)
        await world.submit(inst, visit(person, day=dt.date(2025, 8, 3)))
        unsettled = await propose(gateway, keys["contractor"], 2025)
        assert unsettled.json()["code"] == "UNSETTLED_RECORDS"
        await world.settle(month=dt.date(2025, 8, 1))
        c = (await propose(gateway, keys["contractor"], 2025)).json()
        assert (await approve(gateway, keys["contractor"], c["id"])).status_code == 403
        far = await gateway.post(
            "/api/v1/annual-clearings",
            json={"county_code": "330324", "year": 2025},
            headers=bearer(keys["contractor"]),
        )
        assert (far.status_code, far.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        too_much = await propose(
            gateway,
            keys["contractor"],
            2025,
            forfeitures=[{"institution_id": "INST-1", "amount_fen": 10**9, "reason": "x"}],
        )
        assert too_much.json()["code"] == "FORFEIT_TOO_LARGE"


class TestForfeitureCites:
    """A quality deposit is kept only on a final evaluation of the institution (its grade bounds how much)
    or a case that sanctioned it, as oversight published them; a free-text reason alone is refused."""

    async def test_a_free_text_reason_alone_is_refused(
        self, year_2025: World, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        forfeit = {"institution_id": "INST-1", "amount_fen": 1_000, "reason": "complaints upheld"}
        r = await propose(gateway, keys["contractor"], 2025, forfeitures=[forfeit])
        assert (r.status_code, r.json()["code"]) == (422, "FORFEITURE_UNCITED")

    async def test_the_evaluations_grade_bounds_what_is_kept(
        self, year_2025: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        graded = feeds.evaluation("INST-1", deposit_release_bp=7500)  # 25 % of the 4,000 fen held: 1,000
        await feeds.apply()
        forfeit = {"institution_id": "INST-1", "reason": "poor grade", "evaluation_id": graded}
        over = await propose(
            gateway, keys["contractor"], 2025, forfeitures=[{**forfeit, "amount_fen": 1_001}]
        )
        assert (over.status_code, over.json()["code"]) == (422, "FORFEIT_EXCEEDS_EVALUATION")
        kept = await propose(
            gateway, keys["contractor"], 2025, forfeitures=[{**forfeit, "amount_fen": 1_000}]
        )
        assert kept.status_code == 201, kept.text
        assert kept.json()["deposits_forfeited_fen"] == 1_000

    async def test_what_is_cited_must_be_of_that_institution_and_final(
        self, year_2025: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        others = feeds.evaluation("INST-9", deposit_release_bp=0)
        of_2023 = feeds.evaluation("INST-1", 0, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
        _, warned_elsewhere = feeds.sanction("INST-9", "warning")
        await feeds.apply()
        base = {"institution_id": "INST-1", "amount_fen": 500, "reason": "x"}
        for cited in (
            {"evaluation_id": others},
            {"evaluation_id": of_2023},
            {"evaluation_id": uuid.uuid4()},
            {"case_id": warned_elsewhere},
            {"case_id": uuid.uuid4()},
        ):
            r = await propose(gateway, keys["contractor"], 2025, forfeitures=[{**base, **cited}])
            assert (r.status_code, r.json()["code"]) == (422, "FORFEITURE_CITATION_UNKNOWN"), cited

    async def test_a_case_that_sanctioned_the_institution_may_be_cited(
        self, year_2025: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        _, case_id = feeds.sanction("INST-1", "warning")
        await feeds.apply()
        forfeit = {"institution_id": "INST-1", "amount_fen": 4_000, "reason": "虚构服务", "case_id": case_id}
        r = await propose(gateway, keys["contractor"], 2025, forfeitures=[forfeit])
        assert r.status_code == 201, r.text
        assert r.json()["forfeitures"]["items"][0]["case_id"] == str(case_id)
        assert (await approve(gateway, keys["bureau"], r.json()["id"])).status_code == 200
