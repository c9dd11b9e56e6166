"""The county finance's receipts raced by real transactions that commit (``tests/races.py``): a county's
finance never pays past what it owes, one bank reference is one receipt, and the books balance after each
race."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.settlement import models
from services.settlement.ledger import service as ledger
from tests.races import assert_books_balance, bureau, client_of, gather_all, new_county

Sessions = async_sessionmaker[AsyncSession]
OWED = 20_000


@pytest.fixture
async def county(committing: Sessions) -> str:
    """A county of the test's own whose finance owes the fund ``OWED`` fen, booked as the annual clearing
    books a deficit the accumulated surplus could not cover."""
    code = await new_county(committing)
    async with committing() as s:
        await ledger.post(
            s,
            client_id=f"race-clearing:{code}:{uuid.uuid4()}",
            county_code=code,
            posted_on=dt.date(2030, 12, 31),
            kind="annual_clearing",
            legs=[ledger.Leg("finance_receivable", OWED), ledger.Leg("accumulated_surplus", -OWED)],
            created_by="race",
        )
        await s.commit()
    return code


@pytest.fixture
async def api(settlement_app: FastAPI) -> httpx.AsyncClient:
    return client_of(settlement_app, bureau())


def receipt(county: str, reference: str, amount: int) -> dict[str, Any]:
    return {"county_code": county, "amount_fen": amount, "received_on": "2031-02-10", "reference": reference}


async def received(sessions: Sessions, county: str) -> tuple[int, int]:
    """(sum of the county's receipts, its finance receivable's balance)."""
    async with sessions() as s:
        paid = await s.scalar(
            select(func.coalesce(func.sum(models.FinanceReceipt.amount_fen), 0)).where(
                models.FinanceReceipt.county_code == county
            )
        )
        books = await ledger.balances(s, county)
    return int(paid or 0), books.get("finance_receivable", 0)


class TestFinanceReceiptRaces:
    async def test_ten_concurrent_receipts_larger_than_half_pay_only_what_is_owed(
        self, county: str, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        answers = await gather_all(
            *(api.post("/api/v1/finance-receipts", json=receipt(county, f"T-{n}", 15_000)) for n in range(10))
        )
        codes = sorted((r.status_code, r.json().get("code", "")) for r in answers)
        assert codes == [(201, "")] + [(409, "FINANCE_RECEIPT_EXCEEDS_OWED")] * 9
        assert await received(committing, county) == (15_000, OWED - 15_000)
        await assert_books_balance(committing)

    async def test_concurrent_resends_of_one_reference_are_one_receipt(
        self, county: str, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        body = receipt(county, "T-ONCE", 5_000)
        answers = await gather_all(*(api.post("/api/v1/finance-receipts", json=body) for _ in range(6)))
        assert sorted(r.status_code for r in answers) == [200] * 5 + [201]
        assert len({r.json()["id"] for r in answers}) == 1
        assert await received(committing, county) == (5_000, OWED - 5_000)
        await assert_books_balance(committing)
