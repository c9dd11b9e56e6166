"""Every money POST of settlement raced by real transactions that commit (``tests/races.py``): exact totals
afterwards, and the books balance after each race.

Money to pay comes from an upheld dispute of an earlier month, paid as an adjustment by the county's run
(20,000 fen, 5 % withheld as deposit: 19,000 fen net payable, the case of issue 11).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.settlement import models
from services.settlement.config import SettlementConfig
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from services.settlement.runs import service as runs
from shared.principal import Principal
from tests.races import assert_books_balance, bureau, client_of, contractor, far_month, gather_all, new_county

CONFIG = SettlementConfig()
ADJUSTMENT = 20_000
NET = 19_000
_codes = itertools.count(1)
Sessions = async_sessionmaker[AsyncSession]
LEG = models.LedgerLeg


class Books:
    """Arranges committed money on the race database of one county."""

    def __init__(self, sessions: Sessions, county: str) -> None:
        self.sessions = sessions
        self.county = county
        self.contractor = contractor(county)

    async def institution(self) -> str:
        code = f"RACE-{next(_codes)}-{uuid.uuid4().hex[:6]}"
        async with self.sessions() as s:
            await load_wenzhou_benefit_rules(s)
            s.add(
                models.Institution(
                    id=code,
                    name=code,
                    county_code=self.county,
                    kind="home_care",
                    beds=0,
                    care_modes=["home_visit"],
                    agreement_from=dt.date(2000, 1, 1),
                    agreement_to=dt.date(2999, 12, 31),
                    status="active",
                )
            )
            await s.commit()
        return code

    async def record(self, institution: str, day: dt.date, amount: int = 10_000) -> int:
        """A service record of a person the fund does not know: its check deducts all of it."""
        async with self.sessions() as s:
            record = models.ServiceRecord(
                institution_id=institution,
                record_id=f"R-{uuid.uuid4().hex[:10]}",
                county_code=self.county,
                person_id=uuid.uuid4(),
                care_mode="home_visit",
                service_date=day,
                amount_claimed_fen=amount,
            )
            s.add(record)
            await s.commit()
            return record.id

    async def upheld_dispute(self, institution: str, day: dt.date, adjustment: int = ADJUSTMENT) -> uuid.UUID:
        """An upheld dispute not paid yet: the county's next run pays ``adjustment`` to the institution."""
        record_id = await self.record(institution, day)
        async with self.sessions() as s:
            dispute = models.Dispute(
                service_record_id=record_id,
                institution_id=institution,
                county_code=self.county,
                care_mode="home_visit",
                reason="race",
                status="upheld",
                raised_by="race",
                decided_by="race",
                adjustment_fen=adjustment,
            )
            s.add(dispute)
            await s.commit()
            return dispute.id

    async def settle(self, month: dt.date, **kwargs: Any) -> models.SettlementRun:
        async with self.sessions() as s:
            run = await runs.settle(s, self.contractor, self.county, month, CONFIG, **kwargs)
            await s.commit()
            return run

    async def owed_run(self, institution: str) -> models.SettlementRun:
        """A settled month that owes the institution ``NET`` fen."""
        month = far_month()
        await self.upheld_dispute(institution, month - dt.timedelta(days=20))
        run = await self.settle(month)
        assert run.net_payable_fen == NET
        return run

    async def payable(self, institution: str) -> int:
        """The institution's payable balance (credit negative: still owed; debit positive: overpaid)."""
        async with self.sessions() as s:
            return int(
                await s.scalar(
                    select(func.coalesce(func.sum(models.LedgerLeg.amount_fen), 0)).where(
                        models.LedgerLeg.account == "payable_institutions",
                        models.LedgerLeg.institution_id == institution,
                    )
                )
                or 0
            )

    async def paid(self, institution: str) -> int:
        async with self.sessions() as s:
            return int(
                await s.scalar(
                    select(func.coalesce(func.sum(models.Payment.amount_fen), 0)).where(
                        models.Payment.institution_id == institution
                    )
                )
                or 0
            )


@pytest.fixture
async def county(committing: Sessions) -> str:
    """An accounting unit of the test's own: nothing another race leaves behind is settled with it."""
    return await new_county(committing)


@pytest.fixture
def books(committing: Sessions, county: str) -> Books:
    return Books(committing, county)


@pytest.fixture
async def api(settlement_app: FastAPI, books: Books) -> httpx.AsyncClient:
    return client_of(settlement_app, books.contractor)


def payout(run: models.SettlementRun, institution: str, reference: str, amount: int = NET) -> dict[str, Any]:
    paid_on = str(runs.month_end(run.month) + dt.timedelta(days=5))
    return {"institution_id": institution, "amount_fen": amount, "paid_on": paid_on, "reference": reference}


async def pay(api: httpx.AsyncClient, run_id: uuid.UUID, body: dict[str, Any]) -> httpx.Response:
    return await api.post(f"/api/v1/settlement-runs/{run_id}/payments", json=body)


def outcome(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, (r.json().get("code", "") if r.status_code >= 400 else "")


class TestPayouts:
    async def test_ten_concurrent_payouts_of_the_full_amount_pay_it_once(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        run = await books.owed_run(institution)
        bodies = [payout(run, institution, f"BANK-{n}") for n in range(10)]
        answers = await gather_all(*(pay(api, run.id, body) for body in bodies))
        assert sorted(outcome(r) for r in answers) == [(201, "")] + [(409, "OVERPAYMENT")] * 9
        assert await books.paid(institution) == NET
        assert await books.payable(institution) == 0
        await assert_books_balance(committing)

    async def test_concurrent_resends_of_one_reference_are_one_payment(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        run = await books.owed_run(institution)
        body = payout(run, institution, "BANK-ONCE", amount=5_000)
        answers = await gather_all(*(pay(api, run.id, body) for _ in range(6)))
        assert sorted(r.status_code for r in answers) == [200] * 5 + [201]
        assert {r.json()["id"] for r in answers} == {answers[0].json()["id"]}
        assert all(r.headers.get("idempotent-replayed") == "true" for r in answers if r.status_code == 200)
        assert await books.paid(institution) == 5_000
        assert await books.payable(institution) == -(NET - 5_000)
        await assert_books_balance(committing)

    async def test_one_reference_with_two_amounts_at_once_is_one_payment_and_one_conflict(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        run = await books.owed_run(institution)
        answers = await gather_all(
            pay(api, run.id, payout(run, institution, "BANK-TWICE", amount=1_000)),
            pay(api, run.id, payout(run, institution, "BANK-TWICE", amount=2_000)),
        )
        assert sorted(outcome(r) for r in answers) == [(201, ""), (409, "PAYMENT_REF_CONFLICT")]
        assert await books.paid(institution) in (1_000, 2_000)
        await assert_books_balance(committing)

    async def test_a_reference_names_one_payout_of_the_county_whatever_the_run_or_institution(
        self, books: Books, api: httpx.AsyncClient
    ) -> None:
        first, second = await books.institution(), await books.institution()
        run_a = await books.owed_run(first)
        run_b = await books.owed_run(second)
        assert (await pay(api, run_a.id, payout(run_a, first, "BANK-SHARED", 100))).status_code == 201
        again = await pay(api, run_a.id, payout(run_a, first, "BANK-SHARED", 100))
        assert (again.status_code, again.headers.get("idempotent-replayed")) == (200, "true")
        for run, institution, amount in ((run_a, first, 101), (run_b, second, 100)):
            reused = await pay(api, run.id, payout(run, institution, "BANK-SHARED", amount))
            assert outcome(reused) == (409, "PAYMENT_REF_CONFLICT")
        assert (await books.paid(first), await books.paid(second)) == (100, 0)

    async def test_a_payout_racing_a_resettlement_never_pays_the_month_twice(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        first = await books.owed_run(institution)

        async def resettle() -> str:
            run = await books.settle(first.month, resettle=True, reason="race")
            return str(run.id)

        paid_first, current = await gather_all(
            pay(api, first.id, payout(first, institution, "BANK-OLD")), resettle()
        )
        assert outcome(paid_first) in ((201, ""), (409, "RUN_SUPERSEDED"))
        paid_again = await pay(api, uuid.UUID(current), payout(first, institution, "BANK-NEW"))
        expected_again = (409, "OVERPAYMENT") if paid_first.status_code == 201 else (201, "")
        assert outcome(paid_again) == expected_again
        assert await books.paid(institution) == NET
        assert await books.payable(institution) == 0
        await assert_books_balance(committing)

    async def test_a_superseded_run_takes_no_payout_and_its_payouts_count_for_the_month(
        self, books: Books, api: httpx.AsyncClient
    ) -> None:
        institution = await books.institution()
        first = await books.owed_run(institution)
        assert (await pay(api, first.id, payout(first, institution, "PART", 4_000))).status_code == 201
        second = await books.settle(first.month, resettle=True, reason="correction")
        late = await pay(api, first.id, payout(first, institution, "LATE", 1))
        assert outcome(late) == (409, "RUN_SUPERSEDED")
        over = await pay(api, second.id, payout(first, institution, "REST", NET - 4_000 + 1))
        assert outcome(over) == (409, "OVERPAYMENT")
        assert (await pay(api, second.id, payout(first, institution, "REST", NET - 4_000))).status_code == 201
        assert await books.payable(institution) == 0


class TestTheDatabaseRefusesAnOverpayment:
    async def test_a_payment_row_beyond_the_statement_is_refused_whatever_writes_it(
        self, books: Books, committing: Sessions
    ) -> None:
        from sqlalchemy.exc import IntegrityError

        institution = await books.institution()
        run = await books.owed_run(institution)
        async with committing() as s:
            tx = await s.scalar(select(models.LedgerTransaction.id).limit(1))
            s.add(
                models.Payment(
                    run_id=run.id,
                    institution_id=institution,
                    county_code=books.county,
                    amount_fen=NET + 1,
                    paid_on=runs.month_end(run.month) + dt.timedelta(days=1),
                    reference="RAW",
                    ledger_transaction_id=tx,
                    recorded_by="raw",
                )
            )
            with pytest.raises(IntegrityError, match="exceed"):
                await s.flush()


class TestFiscalSubsidies:
    @pytest.fixture
    async def fund(self, settlement_app: FastAPI) -> httpx.AsyncClient:
        return client_of(settlement_app, bureau())

    async def subsidy_total(self, sessions: Sessions, county: str, reference: str) -> tuple[int, int]:
        async with sessions() as s:
            row = (
                await s.execute(
                    select(func.count(func.distinct(LEG.transaction_id)), func.sum(LEG.amount_fen))
                    .join(models.LedgerTransaction)
                    .where(
                        models.LedgerTransaction.client_id == f"fiscal-subsidy:{county}:{reference}",
                        models.LedgerLeg.account == "cash",
                    )
                )
            ).one()
            return int(row[0]), int(row[1] or 0)

    async def test_concurrent_resends_of_one_subsidy_post_it_once(
        self, fund: httpx.AsyncClient, committing: Sessions, county: str
    ) -> None:
        reference = f"FS-{uuid.uuid4().hex[:8]}"
        body = {"county_code": county, "amount_fen": 100, "received_on": "2031-03-01", "reference": reference}
        answers = await gather_all(*(fund.post("/api/v1/fund/fiscal-subsidies", json=body) for _ in range(5)))
        assert sorted(r.status_code for r in answers) == [200] * 4 + [201]
        assert len({r.json()["transaction_id"] for r in answers}) == 1
        assert await self.subsidy_total(committing, county, reference) == (1, 100)
        await assert_books_balance(committing)

    async def test_one_reference_with_two_amounts_at_once_is_one_subsidy_and_one_conflict(
        self, fund: httpx.AsyncClient, committing: Sessions, county: str
    ) -> None:
        reference = f"FS-{uuid.uuid4().hex[:8]}"
        body = {"county_code": county, "received_on": "2031-03-01", "reference": reference}
        answers = await gather_all(
            *(
                fund.post("/api/v1/fund/fiscal-subsidies", json={**body, "amount_fen": amount})
                for amount in (100, 999_999)
            )
        )
        assert sorted(outcome(r) for r in answers) == [(201, ""), (409, "SUBSIDY_REF_CONFLICT")]
        stored = next(r.json()["amount_fen"] for r in answers if r.status_code == 201)
        assert await self.subsidy_total(committing, county, reference) == (1, stored)
        await assert_books_balance(committing)


class TestAnnualClearing:
    """Clearing a past year of the test's own county."""

    @pytest.fixture
    def year(self) -> int:
        return 2020

    async def propose(self, settlement_app: FastAPI, books: Books, year: int) -> dict[str, Any]:
        async with client_of(settlement_app, books.contractor) as c:
            body = {"county_code": books.county, "year": year}
            proposed = await c.post("/api/v1/annual-clearings", json=body)
        assert proposed.status_code == 201, proposed.text
        return dict(proposed.json())

    async def subsidy(self, fund: httpx.AsyncClient, county: str, year: int, amount: int) -> httpx.Response:
        return await fund.post(
            "/api/v1/fund/fiscal-subsidies",
            json={
                "county_code": county,
                "amount_fen": amount,
                "received_on": f"{year}-06-01",
                "reference": f"FS-{uuid.uuid4().hex[:8]}",
            },
        )

    async def test_concurrent_approvals_close_the_year_once(
        self, settlement_app: FastAPI, books: Books, committing: Sessions, year: int
    ) -> None:
        fund = client_of(settlement_app, bureau())
        assert (await self.subsidy(fund, books.county, year, 5_000)).status_code == 201
        clearing = await self.propose(settlement_app, books, year)
        answers = await gather_all(
            *(fund.post(f"/api/v1/annual-clearings/{clearing['id']}/approve") for _ in range(4))
        )
        assert sorted(outcome(r) for r in answers) == [(200, "")] + [(409, "YEAR_CLOSED")] * 3
        async with committing() as s:
            closings = await s.scalar(
                select(func.count()).where(
                    models.LedgerTransaction.client_id == f"annual-clearing:close:{books.county}:{year}"
                )
            )
        assert closings == 1
        await assert_books_balance(committing)

    async def test_a_posting_racing_the_approval_either_is_in_the_clearing_or_is_refused(
        self, settlement_app: FastAPI, books: Books, committing: Sessions, year: int
    ) -> None:
        fund = client_of(settlement_app, bureau())
        assert (await self.subsidy(fund, books.county, year, 5_000)).status_code == 201
        clearing = await self.propose(settlement_app, books, year)
        approval, late = await gather_all(
            fund.post(f"/api/v1/annual-clearings/{clearing['id']}/approve"),
            self.subsidy(fund, books.county, year, 700),
        )
        assert sorted([outcome(approval), outcome(late)]) in (
            [(200, ""), (409, "PERIOD_CLOSED")],
            [(201, ""), (409, "CLEARING_STALE")],
        )
        async with committing() as s:
            closed = await s.get(models.LedgerPeriod, (books.county, year))
            income = await s.scalar(
                select(func.coalesce(func.sum(models.LedgerLeg.amount_fen), 0))
                .join(models.LedgerTransaction)
                .where(
                    models.LedgerLeg.county_code == books.county,
                    models.LedgerLeg.account == "income_fiscal_subsidy",
                    func.extract("year", models.LedgerTransaction.posted_on) == year,
                )
            )
        if closed is not None:
            assert income == 0  # the closing took every posting of the year, none came after it
        await assert_books_balance(committing)


class TestDisputes:
    async def settled_deduction(self, books: Books, institution: str) -> tuple[int, dt.date]:
        month = far_month()
        record = await books.record(institution, month + dt.timedelta(days=3), amount=10_000)
        await books.settle(month)
        return record, month

    async def test_concurrent_decisions_decide_a_dispute_once(
        self, books: Books, settlement_app: FastAPI, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        record, _ = await self.settled_deduction(books, institution)
        from shared.principal import Role

        own = Principal(client_id="race-inst", name="i", role=Role.INSTITUTION, institution_id=institution)
        async with client_of(settlement_app, own) as inst:
            path = f"/api/v1/service-records/{record}/disputes"
            raised = await gather_all(*(inst.post(path, json={"reason": "r"}) for _ in range(3)))
        assert sorted(outcome(r) for r in raised) == [(201, "")] + [(409, "DISPUTE_EXISTS")] * 2
        dispute = next(r.json()["id"] for r in raised if r.status_code == 201)
        decisions = await gather_all(
            *(
                api.post(
                    f"/api/v1/service-records/{record}/disputes/{dispute}/decision",
                    json={"decision": decision, "reason": "r", "adjustment_fen": 3_000}
                    if decision == "upheld"
                    else {"decision": decision, "reason": "r"},
                )
                for decision in ("upheld", "rejected", "upheld")
            )
        )
        assert sorted(outcome(r) for r in decisions) == [(200, "")] + [(409, "DISPUTE_DECIDED")] * 2
        async with committing() as s:
            row = await s.get(models.Dispute, uuid.UUID(dispute))
        assert row is not None
        assert row.status == next(r.json()["status"] for r in decisions if r.status_code == 200)

    async def test_an_upheld_dispute_is_paid_by_one_of_two_concurrent_runs(
        self, books: Books, committing: Sessions
    ) -> None:
        """Runs of two months of one county do not share a month lock; both look for unpaid adjustments."""
        institution = await books.institution()
        month = far_month()
        dispute = await books.upheld_dispute(institution, month - dt.timedelta(days=40))
        next_month = runs.month_end(month) + dt.timedelta(days=1)
        settled = await gather_all(books.settle(month), books.settle(next_month))
        assert sorted(r.adjustments_fen for r in settled) == [0, ADJUSTMENT]
        async with committing() as s:
            row = await s.get(models.Dispute, dispute)
        assert row is not None
        assert row.paid_in_run_id == next(r.id for r in settled if r.adjustments_fen)
        assert await books.payable(institution) == -NET
        await assert_books_balance(committing)


class TestRuns:
    async def test_runs_and_resettlements_of_one_month_at_once_leave_one_settled_run_in_the_books(
        self, books: Books, committing: Sessions
    ) -> None:
        institution = await books.institution()
        first = await books.owed_run(institution)

        async def attempt(resettle: bool) -> str:
            try:
                run = await books.settle(first.month, resettle=resettle, reason="race" if resettle else None)
            except Exception as exc:
                return getattr(exc, "code", type(exc).__name__)
            return run.status

        outcomes = await gather_all(attempt(False), attempt(True), attempt(True))
        assert sorted(outcomes) == ["ALREADY_SETTLED", "settled", "settled"]
        async with committing() as s:
            statuses = (
                await s.scalars(
                    select(models.SettlementRun.status).where(
                        models.SettlementRun.county_code == books.county,
                        models.SettlementRun.month == first.month,
                    )
                )
            ).all()
        assert sorted(statuses) == ["settled", "superseded", "superseded"]
        assert await books.payable(institution) == -NET
        await assert_books_balance(committing)
