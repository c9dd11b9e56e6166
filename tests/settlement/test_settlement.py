"""Monthly settlement per (county, month): one transaction, once; a re-settlement reverses; statements and
ledger postings agree; payouts clear the payable."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import uuid
from collections import Counter

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.settlement import models
from services.settlement.benefit_rules import service as benefit_rules
from services.settlement.benefit_rules.schemas import BenefitRule, BenefitRuleSetCreate
from services.settlement.ledger import service as ledger
from services.settlement.records import checks
from services.settlement.runs import service as runs
from shared.errors import Conflict
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import CONFIG, CONTRACTOR, MONTH, World, visit


async def legs_by_account(session: AsyncSession, tx_ids: list[int]) -> Counter[tuple[str, str | None]]:
    rows = (
        await session.execute(
            select(
                models.LedgerLeg.account, models.LedgerLeg.institution_id, models.LedgerLeg.amount_fen
            ).where(models.LedgerLeg.transaction_id.in_(tx_ids))
        )
    ).all()
    totals: Counter[tuple[str, str | None]] = Counter()
    for account, institution, amount in rows:
        totals[(account, institution)] += amount
    return Counter({k: v for k, v in totals.items() if v})


async def run_transactions(session: AsyncSession, county: str, month: dt.date) -> list[int]:
    return list(
        (
            await session.scalars(
                select(models.LedgerTransaction.id)
                .join(
                    models.SettlementRun,
                    models.SettlementRun.id == models.LedgerTransaction.settlement_run_id,
                )
                .where(models.SettlementRun.county_code == county, models.SettlementRun.month == month)
            )
        ).all()
    )


async def statement_matches_ledger(session: AsyncSession, run: models.SettlementRun) -> None:
    statements = await runs.statements_of(session, run.id)
    legs = await legs_by_account(session, [run.ledger_transaction_id] if run.ledger_transaction_id else [])
    for s in statements:
        expense = sum(
            v for (acc, inst), v in legs.items() if acc.startswith("expense_") and inst == s.institution_id
        )
        assert expense == s.fund_payable_fen + s.adjustments_fen
        assert legs[("payable_institutions", s.institution_id)] == -s.net_payable_fen
        assert legs[("deposits_held", s.institution_id)] == -s.deposit_withheld_fen
        assert s.claimed_fen == s.eligible_fen + s.deducted_fen
        assert s.eligible_fen == s.fund_payable_fen + s.person_share_fen
        assert sum(s.deducted_by_reason.values()) == s.deducted_fen
    assert sum(legs.values()) == 0


class TestASettlementRun:
    async def test_it_produces_each_institutions_statement_and_matching_postings(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        a = await world.institution("INST-A")
        b = await world.institution("INST-B", modes=("home_visit",))
        one, two = await feeds.beneficiary(), await feeds.beneficiary()
        await world.submit(
            a,
            visit(one, amount=10_000),
            visit(one, amount=5_000, mode="family_care", start="15:00", end="16:00"),
        )
        await world.submit(
            b, visit(two, amount=20_000), visit(uuid.uuid4(), amount=7_000, start="13:00", end="14:00")
        )
        run = await world.settle()
        statements = {s.institution_id: s for s in await runs.statements_of(session, run.id)}
        assert statements["INST-A"].fund_payable_fen == 8_000 + 2_000
        assert statements["INST-A"].fund_by_mode == {"home_visit": 8_000, "family_care": 2_000}
        assert statements["INST-B"].deducted_by_reason == {"NOT_COVERED": 7_000}
        assert statements["INST-B"].deposit_withheld_fen == 800  # 5 % of 16,000
        assert statements["INST-B"].net_payable_fen == 15_200
        await statement_matches_ledger(session, run)
        balances = await ledger.balances(session, LUCHENG, since=MONTH, until=runs.month_end(MONTH))
        assert balances["expense_home_visit"] >= 24_000

    async def test_a_second_run_is_refused(self, world: World, feeds: Feeds) -> None:
        await world.settle()
        with pytest.raises(Conflict) as refused:
            await world.settle()
        assert refused.value.code == "ALREADY_SETTLED"

    async def test_a_resettlement_reverses_the_first_and_nets_to_a_single_run(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, amount=10_000))
        first = await world.settle()
        single = await legs_by_account(session, [first.ledger_transaction_id or 0])
        second = await world.settle(resettle=True, reason="late conclusion")
        first_row = await session.get(models.SettlementRun, first.id)
        assert first_row is not None
        assert first_row.status == "superseded"
        assert second.resettles_run_id == first.id
        assert await legs_by_account(session, await run_transactions(session, LUCHENG, MONTH)) == single

    async def test_payouts_clear_the_payable_and_cannot_exceed_it(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, amount=10_000))
        run = await world.settle()
        await runs.record_payment(session, CONTRACTOR, run, inst.id, 7_600, dt.date(2026, 6, 10), "BANK-1")
        with pytest.raises(Conflict, match="owed 0"):
            await runs.record_payment(session, CONTRACTOR, run, inst.id, 1, dt.date(2026, 6, 11), "BANK-2")
        payable = await session.scalar(
            select(text("sum(amount_fen)"))
            .select_from(models.LedgerLeg)
            .where(
                models.LedgerLeg.account == "payable_institutions", models.LedgerLeg.institution_id == inst.id
            )
        )
        assert payable == 0

    async def test_a_runs_payouts_are_listed_and_an_institution_sees_only_its_own(
        self,
        world: World,
        feeds: Feeds,
        session: AsyncSession,
        gateway: httpx.AsyncClient,
        keys: dict[str, str],
        make_api_key: ClientFactory,
    ) -> None:
        first = await world.institution()
        second = await world.institution("INST-2")
        person = await feeds.beneficiary()
        await world.submit(first, visit(person, amount=10_000))
        await world.submit(second, visit(person, record_id="other", day=dt.date(2026, 5, 20), amount=5_000))
        run = await world.settle()
        await runs.record_payment(session, CONTRACTOR, run, first.id, 5_000, dt.date(2026, 6, 10), "BANK-A1")
        await runs.record_payment(session, CONTRACTOR, run, first.id, 2_600, dt.date(2026, 6, 20), "BANK-A2")
        await runs.record_payment(session, CONTRACTOR, run, second.id, 3_800, dt.date(2026, 6, 10), "BANK-B1")
        await session.commit()
        path = f"/api/v1/settlement-runs/{run.id}/payments"
        everything = await gateway.get(path, headers=bearer(keys["contractor"]))
        assert everything.status_code == 200, everything.text
        assert [p["reference"] for p in everything.json()["items"]] == ["BANK-A1", "BANK-B1", "BANK-A2"]
        assert everything.json()["paid_fen"] == 11_400
        own = await gateway.get(
            path, headers=bearer(await make_api_key("institution", institution_id=first.id))
        )
        assert [p["reference"] for p in own.json()["items"]] == ["BANK-A1", "BANK-A2"]
        assert own.json()["paid_fen"] == 7_600
        stranger = await gateway.get(
            path, headers=bearer(await make_api_key("institution", institution_id="INST-9"))
        )
        assert (stranger.status_code, stranger.json()["code"]) == (404, "RUN_NOT_FOUND")
        elsewhere = await make_api_key("contractor", county_codes=["330381"])
        assert (await gateway.get(path, headers=bearer(elsewhere))).status_code == 404
        # each statement says what was paid out against it, in the run and in the institution's list
        shown = (
            await gateway.get(f"/api/v1/settlement-runs/{run.id}", headers=bearer(keys["contractor"]))
        ).json()
        assert {s["institution_id"]: s["paid_fen"] for s in shown["statements"]} == {
            first.id: 7_600,
            second.id: 3_800,
        }
        listed = await gateway.get(
            f"/api/v1/institutions/{first.id}/statements", headers=bearer(keys["contractor"])
        )
        assert [s["paid_fen"] for s in listed.json()["items"]] == [7_600]


class TestParametersFromRules:
    async def test_a_new_deposit_share_changes_the_next_months_deposit_and_not_a_settled_ones(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        june = dt.date(2026, 6, 1)
        await world.submit(
            inst,
            visit(person, record_id="may", amount=10_000),
            visit(person, record_id="june", day=dt.date(2026, 6, 10), amount=10_000),
        )
        may_run = await world.settle()
        assert may_run.deposit_withheld_fen == 400  # 5 % of 8,000
        await benefit_rules.create(
            session,
            BenefitRuleSetCreate(
                version="WZ-2026-06",
                effective_from=june,
                base_amount_fen=596_000,
                source="bureau notice",
                quality_deposit_bp=1_000,
                rules=[
                    BenefitRule(
                        level=level, care_mode="home_visit", monthly_cap_share_bp=5_000, fund_share_bp=8_000
                    )
                    for level in (3, 4, 5)
                ],
            ),
            "bureau-1",
        )
        june_run = await world.settle(month=june)
        assert june_run.deposit_withheld_fen == 800  # 10 % of 8,000
        may_again = await world.settle(resettle=True, reason="late conclusion")
        assert may_again.deposit_withheld_fen == 400
        may_statement = await session.get(models.Statement, (may_run.id, inst.id))
        assert may_statement is not None
        assert may_statement.deposit_withheld_fen == 400


class TestCheckResults:
    """Results live in their own rows (one per record and pass); the records are never rewritten."""

    async def test_a_resettlement_shows_its_own_results_and_keeps_the_first_runs(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="R", amount=10_000))
        first = await world.settle()
        assert (await world.record(inst.id, "R")).settlement_run_id == first.id
        second = await world.settle(resettle=True, reason="late conclusion")
        record = await world.record(inst.id, "R")
        assert (record.settlement_run_id, record.fund_fen) == (second.id, 8_000)
        kept = await session.scalar(
            select(func.count()).select_from(models.RecordCheck).where(models.RecordCheck.run_id == first.id)
        )
        assert kept == 1

    async def test_a_check_before_settlement_is_replaced_by_the_settlements_results(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="R", amount=10_000))
        await world.check()
        checked = await world.record(inst.id, "R")
        assert (checked.settlement_run_id, checked.fund_fen) == (None, 8_000)
        run = await world.settle()
        assert (await world.record(inst.id, "R")).settlement_run_id == run.id
        rows = await session.scalar(select(func.count()).select_from(models.RecordCheck))
        assert rows == 1

    async def test_a_record_sent_after_the_settlement_stays_unsettled_and_is_checked_alone(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="early", amount=10_000))
        run = await world.settle()
        await world.submit(inst, visit(person, record_id="late", day=dt.date(2026, 5, 20), amount=10_000))
        assert await checks.run_checks(world.session, LUCHENG, MONTH, CONFIG) == 1
        late = await world.record(inst.id, "late")
        assert (late.settlement_run_id, late.checked_at is not None) == (None, True)
        assert (await world.record(inst.id, "early")).settlement_run_id == run.id


class TestConcurrentRuns:
    async def test_two_concurrent_runs_of_one_month_cannot_both_succeed(
        self, autocommit_engine: AsyncEngine
    ) -> None:
        real = async_sessionmaker(autocommit_engine, expire_on_commit=False)
        month = dt.date(random.randint(2100, 2900), random.randint(1, 12), 1)
        county = "330329"

        async def attempt() -> str:
            async with real() as s:
                try:
                    await runs.settle(s, CONTRACTOR, county, month, CONFIG)
                    await asyncio.sleep(0.2)
                    await s.commit()
                    return "settled"
                except Conflict as exc:
                    await s.rollback()
                    return exc.code

        outcomes = await asyncio.gather(attempt(), attempt())
        assert sorted(outcomes) == ["ALREADY_SETTLED", "settled"]
        async with real() as s:
            settled = (
                await s.scalars(
                    select(models.SettlementRun).where(
                        models.SettlementRun.county_code == county, models.SettlementRun.month == month
                    )
                )
            ).all()
        assert [r.status for r in settled] == ["settled"]

    async def test_a_settlement_waits_for_a_review_of_its_month_in_progress(
        self, autocommit_engine: AsyncEngine
    ) -> None:
        """A review holds the (county, month) lock shared until it commits (reviews/service.py); the run,
        which takes it exclusively, starts only after, so it sees the review's decisions."""
        real = async_sessionmaker(autocommit_engine, expire_on_commit=False)
        month = dt.date(random.randint(2100, 2900), random.randint(1, 12), 1)
        county = "330328"
        async with real() as reviewing:
            await checks.lock_month(reviewing, county, month, shared=True)

            async def settle() -> str:
                async with real() as s:
                    run = await runs.settle(s, CONTRACTOR, county, month, CONFIG)
                    await s.commit()
                    return run.status

            settlement = asyncio.create_task(settle())
            await asyncio.sleep(0.5)
            assert not settlement.done()  # waiting for the review
            await reviewing.commit()
        assert await asyncio.wait_for(settlement, timeout=10) == "settled"


month_of_records = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.integers(1, 28),
        st.integers(0, 60_000),
        st.sampled_from(["home_visit", "family_care"]),
        st.integers(6, 20),
    ),
    min_size=1,
    max_size=25,
)


class TestInvariantsForAnyMonth:
    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(records=month_of_records)
    async def test_ledger_balances_statements_equal_postings_and_resettling_nets_to_one_run(
        self, world: World, feeds: Feeds, session: AsyncSession, records: list[tuple[int, int, int, str, int]]
    ) -> None:
        if not hasattr(world, "people"):
            world.inst = await world.institution()  # type: ignore[attr-defined]
            world.people = [await feeds.beneficiary(level=lvl) for lvl in (3, 4, 5)]  # type: ignore[attr-defined]
        nested = await session.begin_nested()
        try:
            await world.submit(
                world.inst,  # type: ignore[attr-defined]
                *[
                    visit(
                        world.people[p],  # type: ignore[attr-defined]
                        day=dt.date(2026, 5, d),
                        amount=amount,
                        mode=mode,
                        start=f"{hour:02d}:00",
                        end=f"{hour:02d}:50",
                    )
                    for p, d, amount, mode, hour in records
                ],
            )
            first = await world.settle()
            await statement_matches_ledger(session, first)
            single = await legs_by_account(
                session, [first.ledger_transaction_id] if first.ledger_transaction_id else []
            )
            second = await world.settle(resettle=True, reason="again")
            await statement_matches_ledger(session, second)
            await session.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
            assert await legs_by_account(session, await run_transactions(session, LUCHENG, MONTH)) == single
        finally:
            await nested.rollback()
