"""The fund ledger: double entry in fen, enforced by PostgreSQL itself — every transaction balances, nothing
is updated or deleted, a closed year takes no postings, a client id posts once."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.models import LedgerLeg, LedgerPeriod, LedgerTransaction
from shared.errors import Conflict
from tests.conftest import bearer

COUNTY = "330305"
ACCOUNTS = ["cash", "income_fiscal_subsidy", "expense_home_visit", "payable_institutions", "deposits_held"]


async def raw_transaction(
    session: AsyncSession, client_id: str, amounts: list[int], posted_on: str = "2026-03-01"
) -> None:
    tx = await session.scalar(
        text(
            "INSERT INTO settlement.ledger_transactions "
            "(client_id, county_code, posted_on, kind, created_by) "
            "VALUES (:c, :county, :on, 'test', 'test') RETURNING id"
        ),
        {"c": client_id, "county": COUNTY, "on": dt.date.fromisoformat(posted_on)},
    )
    for amount in amounts:
        await session.execute(
            text(
                "INSERT INTO settlement.ledger_legs (transaction_id, county_code, account, amount_fen) "
                "VALUES (:tx, :county, 'cash', :a)"
            ),
            {"tx": tx, "county": COUNTY, "a": amount},
        )
    await session.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))


class TestTheDatabaseEnforcesTheRules:
    async def test_an_unbalanced_transaction_is_refused_even_by_raw_sql(self, session: AsyncSession) -> None:
        with pytest.raises(DBAPIError, match="does not balance"):
            async with session.begin_nested():
                await raw_transaction(session, "raw-unbalanced", [100, -99])

    async def test_a_transaction_without_legs_is_refused(self, session: AsyncSession) -> None:
        with pytest.raises(DBAPIError, match="does not balance"):
            async with session.begin_nested():
                await raw_transaction(session, "raw-empty", [])

    async def test_a_balanced_raw_transaction_is_accepted(self, session: AsyncSession) -> None:
        async with session.begin_nested():
            await raw_transaction(session, "raw-balanced", [100, -60, -40])

    @pytest.mark.parametrize(
        "statement",
        [
            "UPDATE settlement.ledger_legs SET amount_fen = 1",
            "DELETE FROM settlement.ledger_legs",
            "UPDATE settlement.ledger_transactions SET memo = 'x'",
            "DELETE FROM settlement.ledger_transactions",
        ],
    )
    async def test_no_row_is_ever_updated_or_deleted(self, session: AsyncSession, statement: str) -> None:
        await ledger.post(
            session,
            client_id="append-only",
            county_code=COUNTY,
            posted_on=dt.date(2026, 1, 5),
            kind="test",
            legs=[ledger.Leg("cash", 10), ledger.Leg("income_fiscal_subsidy", -10)],
            created_by="test",
        )
        with pytest.raises(DBAPIError, match="append-only"):
            async with session.begin_nested():
                await session.execute(text(statement))

    async def test_a_closed_year_rejects_postings_in_the_database_and_in_the_service(
        self, session: AsyncSession
    ) -> None:
        session.add(LedgerPeriod(county_code=COUNTY, year=2024, closed_by="test"))
        await session.flush()
        with pytest.raises(DBAPIError, match="closed"):
            async with session.begin_nested():
                await raw_transaction(session, "raw-closed", [5, -5], posted_on="2024-12-31")
        with pytest.raises(ledger.PeriodClosed):
            await ledger.post(
                session,
                client_id="late",
                county_code=COUNTY,
                posted_on=dt.date(2024, 6, 1),
                kind="test",
                legs=[ledger.Leg("cash", 5), ledger.Leg("income_fiscal_subsidy", -5)],
                created_by="test",
            )

    async def test_the_same_client_id_posts_once(self, session: AsyncSession) -> None:
        legs = [ledger.Leg("cash", 700), ledger.Leg("income_fiscal_subsidy", -700)]
        args = {"county_code": COUNTY, "posted_on": dt.date(2026, 2, 1), "kind": "test", "created_by": "t"}
        first = await ledger.post(session, client_id="once", legs=legs, **args)  # type: ignore[arg-type]
        second = await ledger.post(session, client_id="once", legs=legs, **args)  # type: ignore[arg-type]
        assert first == second
        count = await session.scalar(
            select(func.count()).select_from(LedgerLeg).where(LedgerLeg.transaction_id == first)
        )
        assert count == 2

    async def test_the_same_client_id_with_other_legs_is_refused_not_answered_with_the_first(
        self, session: AsyncSession
    ) -> None:
        args = {"county_code": COUNTY, "posted_on": dt.date(2026, 2, 1), "kind": "test", "created_by": "t"}
        legs = [ledger.Leg("cash", 700), ledger.Leg("income_fiscal_subsidy", -700)]
        await ledger.post(session, client_id="once-only", legs=legs, **args)  # type: ignore[arg-type]
        other = [ledger.Leg("cash", 701), ledger.Leg("income_fiscal_subsidy", -701)]
        with pytest.raises(Conflict) as refused:
            await ledger.post(session, client_id="once-only", legs=other, **args)  # type: ignore[arg-type]
        assert refused.value.code == "LEDGER_CLIENT_ID_REUSED"
        later = {**args, "posted_on": dt.date(2026, 2, 2)}
        with pytest.raises(Conflict):
            await ledger.post(session, client_id="once-only", legs=legs, **later)  # type: ignore[arg-type]

    async def test_a_correction_is_a_reversing_transaction_pointing_at_the_original(
        self, session: AsyncSession
    ) -> None:
        original = await ledger.post(
            session,
            client_id="to-correct",
            county_code=COUNTY,
            posted_on=dt.date(2026, 2, 1),
            kind="test",
            legs=[ledger.Leg("cash", 300), ledger.Leg("income_fiscal_subsidy", -300)],
            created_by="t",
        )
        before = await ledger.balances(session, COUNTY)
        reversal = await ledger.reverse(
            session,
            original,
            client_id="correction",
            posted_on=dt.date(2026, 2, 2),
            created_by="t",
            memo="wrong",
        )
        after = await ledger.balances(session, COUNTY)
        row = await session.get(LedgerTransaction, reversal)
        assert row is not None
        assert row.reverses_id == original
        assert after["cash"] == before["cash"] - 300


leg_amounts = st.lists(
    st.tuples(st.sampled_from(ACCOUNTS), st.integers(min_value=-(10**9), max_value=10**9).filter(bool)),
    min_size=1,
    max_size=6,
)


class TestLedgerInvariants:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(postings=st.lists(leg_amounts, min_size=1, max_size=8))
    async def test_for_any_balanced_postings_the_ledger_sums_to_zero_and_balances_add_up(
        self, session: AsyncSession, postings: list[list[tuple[str, int]]]
    ) -> None:
        nested = await session.begin_nested()
        try:
            before = await ledger.balances(session, COUNTY)
            expected = dict(before)
            for i, legs in enumerate(postings):
                balancing = -sum(a for _, a in legs)
                all_legs = [ledger.Leg(acc, amount) for acc, amount in legs] + [ledger.Leg("cash", balancing)]
                if len([leg for leg in all_legs if leg.amount_fen]) < 2:
                    continue
                await ledger.post(
                    session,
                    client_id=f"hyp-{i}",
                    county_code=COUNTY,
                    posted_on=dt.date(2026, 5, 1),
                    kind="test",
                    legs=all_legs,
                    created_by="hypothesis",
                )
                for leg in all_legs:
                    expected[leg.account] = expected.get(leg.account, 0) + leg.amount_fen
            await session.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
            after = await ledger.balances(session, COUNTY)
            assert sum(after.values()) == 0
            assert {k: v for k, v in after.items() if v} == {k: v for k, v in expected.items() if v}
        finally:
            await nested.rollback()

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        amounts=st.lists(
            st.integers(min_value=-(10**6), max_value=10**6).filter(bool), min_size=1, max_size=5
        )
    )
    async def test_any_unbalanced_set_of_legs_is_refused_by_the_database(
        self, session: AsyncSession, amounts: list[int]
    ) -> None:
        if sum(amounts) == 0 and len(amounts) >= 2:
            return
        with pytest.raises(DBAPIError, match="does not balance"):
            async with session.begin_nested():
                await raw_transaction(session, "hyp-unbalanced", amounts)


class TestFundApi:
    async def test_a_fiscal_subsidy_is_income_and_cash_of_the_county(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        body = {
            "county_code": COUNTY,
            "amount_fen": 1_000_000_00,
            "received_on": "2026-04-01",
            "reference": "CZ-1",
        }
        headers = {**bearer(keys["bureau"]), "Idempotency-Key": "subsidy-1"}
        assert (
            await gateway.post("/api/v1/fund/fiscal-subsidies", json=body, headers=headers)
        ).status_code == 201
        replay = await gateway.post("/api/v1/fund/fiscal-subsidies", json=body, headers=headers)
        assert replay.headers["idempotent-replayed"] == "true"
        accounts = await gateway.get(
            f"/api/v1/fund/accounts?county_code={COUNTY}", headers=bearer(keys["bureau"])
        )
        balances = {a["account"]: a["balance_fen"] for a in accounts.json()["items"]}
        assert balances["income_fiscal_subsidy"] == -1_000_000_00
        assert accounts.json()["total_fen"] == 0
        entries = await gateway.get(
            f"/api/v1/fund/transactions?county_code={COUNTY}", headers=bearer(keys["bureau"])
        )
        assert entries.json()["items"][0]["kind"] == "fiscal_subsidy"

    async def test_a_reference_sent_again_with_another_amount_is_a_conflict_not_an_echo(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        """Issue 11: FS-1 with 100 fen, then FS-1 with 999,999 fen answered 201 echoing 999,999 while the
        ledger held 100."""
        body = {"county_code": COUNTY, "amount_fen": 100, "received_on": "2026-04-01", "reference": "FS-1"}
        headers = bearer(keys["bureau"])
        first = await gateway.post("/api/v1/fund/fiscal-subsidies", json=body, headers=headers)
        assert first.status_code == 201
        other = await gateway.post(
            "/api/v1/fund/fiscal-subsidies", json={**body, "amount_fen": 999_999}, headers=headers
        )
        assert (other.status_code, other.json()["code"]) == (409, "SUBSIDY_REF_CONFLICT")
        later = await gateway.post(
            "/api/v1/fund/fiscal-subsidies", json={**body, "received_on": "2026-04-02"}, headers=headers
        )
        assert later.status_code == 409
        again = await gateway.post("/api/v1/fund/fiscal-subsidies", json=body, headers=headers)
        assert (again.status_code, again.headers["idempotent-replayed"]) == (200, "true")
        assert again.json() == first.json()
        elsewhere = await gateway.post(
            "/api/v1/fund/fiscal-subsidies", json={**body, "county_code": "330302"}, headers=headers
        )
        assert elsewhere.status_code == 201  # a reference names one subsidy of a county
        entries = await gateway.get(f"/api/v1/fund/transactions?county_code={COUNTY}", headers=headers)
        ours = [e for e in entries.json()["items"] if e["memo"] == "FS-1"]
        assert [[leg["amount_fen"] for leg in e["legs"]] for e in ours] == [[100, -100]]

    async def test_contractors_read_only_their_counties_and_institutions_not_at_all(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        outside = await gateway.get(
            f"/api/v1/fund/accounts?county_code={COUNTY}", headers=bearer(keys["contractor"])
        )
        assert outside.status_code == 404
        inside = await gateway.get(
            "/api/v1/fund/accounts?county_code=330302", headers=bearer(keys["contractor"])
        )
        assert inside.status_code == 200
        institution = await gateway.get(
            "/api/v1/fund/accounts?county_code=330302", headers=bearer(keys["institution"])
        )
        assert institution.status_code == 403
        subsidy = await gateway.post(
            "/api/v1/fund/fiscal-subsidies",
            json={"county_code": "330302", "amount_fen": 1, "received_on": "2026-04-01", "reference": "x"},
            headers=bearer(keys["contractor"]),
        )
        assert subsidy.status_code == 403
