"""Recoveries (追回) of money paid wrongly, as oversight orders them: booked as a receivable from the
institution against the expense of the year paid (or a recovery income once that year is closed), netted
against its next settlement as a statement line, repaid, or written off by the bureau; each change announced.
Sanctions act on the institution's agreement. Every test leaves the books balanced, recoveries included
(``books_balance``)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.feeds.oversight import OversightConsumer
from services.settlement.ledger import service as ledger
from services.settlement.models import feed_dead_letters, outbox_events
from shared.feed_health import FeedLimits
from tests.conftest import ClientFactory, bearer
from tests.feeds.support import open_dead_letters
from tests.settlement.conftest import LUCHENG, YONGJIA, Feeds
from tests.settlement.world import MONTH, World, visit

INST = "INST-1"


async def recovery(gateway: httpx.AsyncClient, key: str, recovery_id: uuid.UUID) -> httpx.Response:
    return await gateway.get(f"/api/v1/recoveries/{recovery_id}", headers=bearer(key))


async def repay(
    gateway: httpx.AsyncClient,
    key: str,
    recovery_id: uuid.UUID,
    amount: int,
    reference: str,
    on: str = "2026-07-01",
) -> httpx.Response:
    body = {"amount_fen": amount, "paid_on": on, "reference": reference}
    return await gateway.post(f"/api/v1/recoveries/{recovery_id}/repayments", json=body, headers=bearer(key))


async def write_off(
    gateway: httpx.AsyncClient, key: str, recovery_id: uuid.UUID, **body: Any
) -> httpx.Response:
    body = {"written_off_on": "2026-08-01", "reason": "机构已注销，无法追回", "reference": "WO-1", **body}
    return await gateway.post(f"/api/v1/recoveries/{recovery_id}/write-offs", json=body, headers=bearer(key))


async def changes(session: AsyncSession, recovery_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(outbox_events.c.payload)
        .where(
            outbox_events.c.event_type == "recovery.changed", outbox_events.c.aggregate_id == str(recovery_id)
        )
        .order_by(outbox_events.c.seq)
    )
    return [dict(p) for (p,) in rows]


@pytest.fixture
async def keys_of(make_api_key: ClientFactory, keys: dict[str, str]) -> dict[str, str]:
    """The role keys, the institution's own (INST-1), another institution's, a contractor of Yongjia only,
    and the agency roles that read recoveries."""
    return {
        **keys,
        "own": await make_api_key("institution", institution_id=INST),
        "other": await make_api_key("institution", institution_id="INST-2"),
        "far": await make_api_key("contractor", county_codes=[YONGJIA]),
        "audit": await make_api_key("audit"),
        "finance": await make_api_key("finance"),
        "health": await make_api_key("health"),
    }


class TestBooking:
    async def test_a_recovery_is_a_receivable_against_the_expense_of_the_year_paid(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 125_000, paid_in_year=2026, decided_on=dt.date(2026, 6, 10))
        await feeds.apply()
        r = await recovery(gateway, keys_of["bureau"], rid)
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["status"], body["amount_fen"], body["outstanding_fen"]) == ("open", 125_000, 125_000)
        assert (body["booked_against"], body["booked_on"]) == ("expense", "2026-06-10")
        assert body["ledger_transaction_ids"] == [body["ledger_transaction_id"]]
        books = await ledger.balances(world.session, LUCHENG)
        assert books["receivable_institutions"] == 125_000
        assert books["expense_recovered"] == -125_000
        assert [c["status"] for c in await changes(world.session, rid)] == ["open"]

    async def test_money_of_an_earlier_year_still_open_is_taken_off_that_years_expense(
        self, world: World, feeds: Feeds
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 5_000, paid_in_year=2025, decided_on=dt.date(2026, 3, 2))
        await feeds.apply()
        row = await world.session.get(models.Recovery, rid)
        assert row is not None
        assert (row.booked_against, row.booked_on) == ("expense", dt.date(2025, 12, 31))

    async def test_once_the_year_paid_is_closed_it_is_a_recovery_income(
        self, world: World, feeds: Feeds
    ) -> None:
        await world.institution(INST)
        world.session.add(models.LedgerPeriod(county_code=LUCHENG, year=2025, closed_by="test"))
        await world.session.flush()
        rid = feeds.recovery(INST, 7_000, paid_in_year=2025, decided_on=dt.date(2026, 3, 2))
        await feeds.apply()
        row = await world.session.get(models.Recovery, rid)
        assert row is not None
        assert (row.booked_against, row.booked_on) == ("income", dt.date(2026, 3, 2))
        books = await ledger.balances(world.session, LUCHENG)
        assert (books["receivable_institutions"], books["income_recoveries"]) == (7_000, -7_000)

    async def test_an_order_settlement_cannot_book_is_dead_lettered_and_the_feed_stops(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await world.institution(INST)
        feeds.oversight.limits = FeedLimits(max_attempts=1)
        feeds.recovery("NO-SUCH-INSTITUTION", 1_000)
        after = feeds.recovery(INST, 2_000)
        await feeds.apply()
        letters = await open_dead_letters(session, feed_dead_letters)
        assert [(d["consumer"], d["event_type"]) for d in letters] == [
            (OversightConsumer.name, "recovery.ordered")
        ]
        assert await session.get(models.Recovery, after) is None  # stopped before the next one


class TestReads:
    async def test_each_sees_what_its_duty_needs_and_nothing_else_exists_for_it(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 3_000)
        await feeds.apply()
        for role in ("bureau", "contractor", "own", "audit", "finance", "admin"):
            listed = await gateway.get("/api/v1/recoveries", headers=bearer(keys_of[role]))
            assert listed.status_code == 200, role
            assert str(rid) in [x["id"] for x in listed.json()["items"]], role
            assert (await recovery(gateway, keys_of[role], rid)).status_code == 200, role
        for role in ("other", "far"):
            assert (await recovery(gateway, keys_of[role], rid)).json()["code"] == "RECOVERY_NOT_FOUND", role
            listed = await gateway.get("/api/v1/recoveries", headers=bearer(keys_of[role]))
            assert str(rid) not in [x["id"] for x in listed.json()["items"]], role
        assert (await recovery(gateway, keys_of["health"], rid)).status_code == 403
        open_ones = await gateway.get(
            "/api/v1/recoveries",
            params={"status": "open", "institution_id": INST},
            headers=bearer(keys_of["bureau"]),
        )
        assert [x["id"] for x in open_ones.json()["items"]] == [str(rid)]


class TestRepaymentAndWriteOff:
    async def test_repayments_until_nothing_is_owed_once_per_reference(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 10_000)
        await feeds.apply()
        first = await repay(gateway, keys_of["contractor"], rid, 4_000, "BANK-1")
        assert first.status_code == 201, first.text
        assert (first.json()["repaid_fen"], first.json()["outstanding_fen"], first.json()["status"]) == (
            4_000,
            6_000,
            "open",
        )
        again = await repay(gateway, keys_of["contractor"], rid, 4_000, "BANK-1")
        assert (again.status_code, again.headers.get("idempotent-replayed")) == (200, "true")
        assert again.json()["repaid_fen"] == 4_000
        other = await repay(gateway, keys_of["contractor"], rid, 5_000, "BANK-1")
        assert (other.status_code, other.json()["code"]) == (409, "RECOVERY_REF_CONFLICT")
        too_much = await repay(gateway, keys_of["bureau"], rid, 6_001, "BANK-2")
        assert (too_much.status_code, too_much.json()["code"]) == (409, "RECOVERY_OVERPAID")
        early = await repay(gateway, keys_of["bureau"], rid, 1_000, "BANK-0", on="2026-06-01")
        assert (early.status_code, early.json()["code"]) == (422, "RECOVERY_DATE_BEFORE_DECISION")
        last = await repay(gateway, keys_of["bureau"], rid, 6_000, "BANK-2")
        assert (last.json()["status"], last.json()["outstanding_fen"]) == ("repaid", 0)
        assert len(last.json()["ledger_transaction_ids"]) == 3
        closed = await repay(gateway, keys_of["bureau"], rid, 1, "BANK-3")
        assert (closed.status_code, closed.json()["code"]) == (409, "RECOVERY_CLOSED")
        books = await ledger.balances(world.session, LUCHENG)
        assert (books.get("receivable_institutions", 0), books["cash"]) == (0, 10_000)
        assert [(c["repaid_fen"], c["status"]) for c in await changes(world.session, rid)] == [
            (0, "open"),
            (4_000, "open"),
            (10_000, "repaid"),
        ]

    async def test_only_the_contractor_of_the_county_or_the_bureau_records_a_repayment(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 10_000)
        await feeds.apply()
        assert (await repay(gateway, keys_of["own"], rid, 1_000, "B")).status_code == 403
        assert (await repay(gateway, keys_of["finance"], rid, 1_000, "B")).status_code == 403
        far = await repay(gateway, keys_of["far"], rid, 1_000, "B")
        assert (far.status_code, far.json()["code"]) == (404, "RECOVERY_NOT_FOUND")

    async def test_the_bureau_writes_off_the_rest_with_a_reason(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        await world.institution(INST)
        rid = feeds.recovery(INST, 10_000)
        await feeds.apply()
        await repay(gateway, keys_of["contractor"], rid, 2_500, "BANK-1")
        assert (await write_off(gateway, keys_of["contractor"], rid)).status_code == 403
        no_reason = await write_off(gateway, keys_of["bureau"], rid, reason="")
        assert no_reason.status_code == 422
        done = await write_off(gateway, keys_of["bureau"], rid)
        assert done.status_code == 201, done.text
        body = done.json()
        assert (body["written_off_fen"], body["outstanding_fen"], body["status"]) == (7_500, 0, "written_off")
        assert [m["kind"] for m in body["movements"]] == ["repaid", "written_off"]
        assert body["movements"][1]["reason"] == "机构已注销，无法追回"
        again = await write_off(gateway, keys_of["bureau"], rid)
        assert again.status_code == 200
        books = await ledger.balances(world.session, LUCHENG)
        assert books.get("receivable_institutions", 0) == 0
        assert books["expense_recoveries_written_off"] == 7_500


class TestNetting:
    async def test_the_next_settlement_nets_what_it_can_and_pays_the_net(
        self,
        world: World,
        feeds: Feeds,
        gateway: httpx.AsyncClient,
        keys_of: dict[str, str],
    ) -> None:
        """Ten visits of 100 元: the fund pays 800 元, 40 元 withheld as deposit → 760 元 net payable. Two
        recoveries, 500 元 and 400 元: the first is netted whole, 260 元 of the second, 140 元 stays open."""
        inst = await world.institution(INST)
        person = await feeds.beneficiary(year=2026)
        await world.submit(inst, *(visit(person, day=dt.date(2026, 5, d)) for d in range(1, 11)))
        older = feeds.recovery(INST, 50_000, decided_on=dt.date(2026, 5, 2))
        newer = feeds.recovery(INST, 40_000, decided_on=dt.date(2026, 5, 3))
        await feeds.apply()
        run = await world.settle(month=MONTH)
        await world.session.commit()  # the run's events are written as it commits
        statement = await gateway.get(
            f"/api/v1/settlement-runs/{run.id}", headers=bearer(keys_of["contractor"])
        )
        s = statement.json()["statements"][0]
        assert (s["fund_payable_fen"], s["deposit_withheld_fen"]) == (80_000, 4_000)
        assert (s["recoveries_netted_fen"], s["net_payable_fen"]) == (76_000, 0)
        assert statement.json()["recoveries_netted_fen"] == 76_000
        a = (await recovery(gateway, keys_of["own"], older)).json()
        b = (await recovery(gateway, keys_of["own"], newer)).json()
        assert (a["status"], a["netted_fen"], a["outstanding_fen"]) == ("netted", 50_000, 0)
        assert (b["status"], b["netted_fen"], b["outstanding_fen"]) == ("open", 26_000, 14_000)
        assert a["movements"][0]["run_id"] == str(run.id)
        assert run.ledger_transaction_id in a["ledger_transaction_ids"]
        assert (await changes(world.session, older))[-1]["run_id"] == str(run.id)
        books = await ledger.balances(world.session, LUCHENG)
        assert books["receivable_institutions"] == 14_000
        assert books.get("payable_institutions", 0) == 0

    async def test_a_resettlement_nets_once_not_twice(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        inst = await world.institution(INST)
        person = await feeds.beneficiary(year=2026)
        await world.submit(inst, *(visit(person, day=dt.date(2026, 5, d)) for d in range(1, 11)))
        rid = feeds.recovery(INST, 30_000, decided_on=dt.date(2026, 5, 2))
        await feeds.apply()
        first = await world.settle(month=MONTH)
        again = await world.settle(month=MONTH, resettle=True, reason="late review")
        assert (first.recoveries_netted_fen, again.recoveries_netted_fen) == (30_000, 30_000)
        assert again.net_payable_fen == 76_000 - 30_000
        body = (await recovery(gateway, keys_of["bureau"], rid)).json()
        assert (body["netted_fen"], body["status"]) == (30_000, "netted")
        assert [(m["run_id"], m["cancelled_by_run_id"]) for m in body["movements"]] == [
            (str(first.id), str(again.id)),
            (str(again.id), None),
        ]
        books = await ledger.balances(world.session, LUCHENG)
        assert books.get("receivable_institutions", 0) == 0
        assert books["payable_institutions"] == -(76_000 - 30_000)

    async def test_the_payout_is_the_net(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_of: dict[str, str]
    ) -> None:
        inst = await world.institution(INST)
        person = await feeds.beneficiary(year=2026)
        await world.submit(inst, *(visit(person, day=dt.date(2026, 5, d)) for d in range(1, 11)))
        feeds.recovery(INST, 6_000, decided_on=dt.date(2026, 5, 2))
        await feeds.apply()
        run = await world.settle(month=MONTH)
        await world.session.commit()

        def pay(amount: int, ref: str) -> dict[str, Any]:
            return {"institution_id": INST, "amount_fen": amount, "paid_on": "2026-06-05", "reference": ref}

        url = f"/api/v1/settlement-runs/{run.id}/payments"
        over = await gateway.post(url, json=pay(76_000, "T-1"), headers=bearer(keys_of["contractor"]))
        assert (over.status_code, over.json()["code"]) == (409, "OVERPAYMENT")
        net = await gateway.post(url, json=pay(70_000, "T-2"), headers=bearer(keys_of["contractor"]))
        assert net.status_code == 201, net.text


class TestSanctions:
    async def test_a_suspension_stops_paying_the_days_it_holds_and_is_announced(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution(INST)
        person = await feeds.beneficiary(year=2026)
        await world.submit(
            inst,
            visit(person, record_id="BEFORE", day=dt.date(2026, 5, 9)),
            visit(person, record_id="DURING", day=dt.date(2026, 5, 15)),
            visit(person, record_id="AFTER", day=dt.date(2026, 5, 21)),
        )
        feeds.sanction(INST, "suspension", dt.date(2026, 5, 10), dt.date(2026, 5, 20))
        await feeds.apply()
        await session.refresh(inst)
        assert (inst.status, inst.suspended_from, inst.suspended_until) == (
            "suspended",
            dt.date(2026, 5, 10),
            dt.date(2026, 5, 20),
        )
        await world.check()
        assert (await world.record(INST, "BEFORE")).reason_codes == []
        assert "NOT_CONTRACTED" in (await world.record(INST, "DURING")).reason_codes
        assert (await world.record(INST, "AFTER")).reason_codes == []
        announced = await session.execute(
            select(outbox_events.c.payload)
            .where(outbox_events.c.event_type == "institution.changed", outbox_events.c.aggregate_id == INST)
            .order_by(outbox_events.c.seq.desc())
            .limit(1)
        )
        assert announced.scalar_one()["status"] == "suspended"

    async def test_a_lifted_suspension_reinstates_and_a_termination_ends_the_agreement(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution(INST)
        sanction_id, case_id = feeds.sanction(INST, "suspension", dt.date(2026, 5, 10), None)
        await feeds.apply()
        feeds.sanction(
            INST,
            "suspension",
            dt.date(2026, 5, 10),
            dt.date(2026, 5, 31),
            status="lifted",
            sanction_id=sanction_id,
            case_id=case_id,
        )
        await feeds.apply()
        await session.refresh(inst)
        assert (inst.status, inst.suspended_until) == ("active", dt.date(2026, 5, 31))
        feeds.sanction(INST, "termination", dt.date(2026, 7, 1), None)
        await feeds.apply()
        await session.refresh(inst)
        assert (inst.status, inst.terminated_on, inst.agreement_to) == (
            "terminated",
            dt.date(2026, 7, 1),
            dt.date(2026, 6, 30),
        )

    async def test_a_warning_changes_nothing_but_is_kept_citable(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution(INST)
        sanction_id, _ = feeds.sanction(INST, "warning", dt.date(2026, 5, 10), None)
        await feeds.apply()
        await session.refresh(inst)
        assert inst.status == "active"
        kept = await session.get(models.CitedSanction, sanction_id)
        assert kept is not None
        assert kept.kind == "warning"
