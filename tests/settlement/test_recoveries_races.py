"""Recoveries' money POSTs raced by real transactions that commit (``tests/races.py``): a recovery is never
settled for more than it is, one reference is one repayment, and a settlement run netting it while a
repayment arrives takes only what is left; the books balance after each race (recoveries included)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts.oversight import RecoveryOrdered
from services.settlement import models
from services.settlement.recoveries import service as recoveries
from tests.races import assert_books_balance, bureau, client_of, gather_all, new_county
from tests.settlement.test_money_races import Books

Sessions = async_sessionmaker[AsyncSession]
AMOUNT = 10_000


async def ordered(sessions: Sessions, county: str, institution: str, amount: int = AMOUNT) -> uuid.UUID:
    """A recovery as oversight's feed brings it, committed."""
    rid = uuid.uuid4()
    async with sessions() as s:
        await recoveries.order(
            s,
            RecoveryOrdered(
                recovery_id=rid,
                case_id=uuid.uuid4(),
                case_number="WZ-RACE",
                institution_id=institution,
                county_code=county,
                amount_fen=amount,
                paid_in_year=2026,
                decided_on=dt.date(2026, 6, 1),
                reason="race",
            ),
        )
        await s.commit()
    return rid


async def state(sessions: Sessions, rid: uuid.UUID) -> tuple[int, int, int, str]:
    async with sessions() as s:
        r = await s.get(models.Recovery, rid)
        assert r is not None
        return r.netted_fen, r.repaid_fen, r.written_off_fen, r.status


async def movements(sessions: Sessions, rid: uuid.UUID) -> int:
    async with sessions() as s:
        return int(
            await s.scalar(
                select(func.count()).where(
                    models.RecoveryMovement.recovery_id == rid,
                    models.RecoveryMovement.cancelled_by_run_id.is_(None),
                )
            )
            or 0
        )


def repayment(reference: str, amount: int = AMOUNT) -> dict[str, Any]:
    return {"amount_fen": amount, "paid_on": "2026-07-01", "reference": reference}


def outcome(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, (r.json().get("code", "") if r.status_code >= 400 else "")


@pytest.fixture
async def api(settlement_app: FastAPI) -> httpx.AsyncClient:
    return client_of(settlement_app, bureau())


@pytest.fixture
async def books(committing: Sessions) -> Books:
    return Books(committing, await new_county(committing))


class TestRecoveryRaces:
    async def test_ten_concurrent_repayments_of_the_whole_amount_repay_it_once(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        rid = await ordered(committing, books.county, institution)
        url = f"/api/v1/recoveries/{rid}/repayments"
        answers = await gather_all(*(api.post(url, json=repayment(f"BANK-{n}")) for n in range(10)))
        assert sorted(outcome(r) for r in answers) == [(201, "")] + [(409, "RECOVERY_CLOSED")] * 9
        assert await state(committing, rid) == (0, AMOUNT, 0, "repaid")
        await assert_books_balance(committing)

    async def test_concurrent_resends_of_one_reference_are_one_repayment(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        rid = await ordered(committing, books.county, institution)
        url = f"/api/v1/recoveries/{rid}/repayments"
        answers = await gather_all(*(api.post(url, json=repayment("BANK-ONCE", 4_000)) for _ in range(6)))
        assert sorted(r.status_code for r in answers) == [200] * 5 + [201]
        assert await state(committing, rid) == (0, 4_000, 0, "open")
        assert await movements(committing, rid) == 1
        await assert_books_balance(committing)

    async def test_a_repayment_and_a_write_off_at_once_never_settle_more_than_is_owed(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        institution = await books.institution()
        rid = await ordered(committing, books.county, institution)
        write_off = {"written_off_on": "2026-07-02", "reason": "race", "reference": "WO-1"}
        answers = await gather_all(
            api.post(f"/api/v1/recoveries/{rid}/repayments", json=repayment("BANK-1", 6_000)),
            api.post(f"/api/v1/recoveries/{rid}/write-offs", json=write_off),
        )
        repaid_first = [(201, ""), (201, "")]  # the write-off takes what the repayment left
        written_off_first = [(201, ""), (409, "RECOVERY_CLOSED")]  # the write-off took it all
        assert sorted(outcome(r) for r in answers) in (repaid_first, written_off_first)
        _, repaid, written_off, status = await state(committing, rid)
        assert repaid + written_off == AMOUNT
        assert status == "written_off"
        await assert_books_balance(committing)

    async def test_a_run_netting_while_a_repayment_arrives_takes_only_what_is_left(
        self, books: Books, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        """The run owes the institution 19,000 fen; the recovery is 10,000: repaid in part and netted for the
        rest, in whichever order the two commit."""
        institution = await books.institution()
        rid = await ordered(committing, books.county, institution)
        month = dt.date(2026, 7, 1)
        await books.upheld_dispute(institution, month - dt.timedelta(days=20))

        async def settle() -> models.SettlementRun:
            return await books.settle(month)

        run, answer = await gather_all(
            settle(), api.post(f"/api/v1/recoveries/{rid}/repayments", json=repayment("BANK-1", 3_000))
        )
        netted, repaid, _, status = await state(committing, rid)
        assert answer.status_code in (201, 409)
        assert netted + repaid == AMOUNT
        assert status in ("netted", "repaid")
        assert run.recoveries_netted_fen == netted
        await assert_books_balance(committing)
