"""Contribution payments raced by real transactions that commit (``tests/races.py``): one payment per
reference, a bill never paid beyond its due (the rest is excess), whether a payment comes alone or in a file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.enrollment.models import ContributionBill, Payment
from tests.races import client_of, contractor, gather_all

Sessions = async_sessionmaker[AsyncSession]
COUNTY = "330302"
HEADER = "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number"


async def new_bill(
    sessions: Sessions, county: str = COUNTY, due: int = 5_000, category: str = "employee"
) -> uuid.UUID:
    """A 2022 bill, committed: an employee's (the person owes the individual half) unless ``category`` says
    retiree (the person owes both halves)."""
    async with sessions() as s:
        bill = ContributionBill(
            id=uuid.uuid4(),
            person_id=uuid.uuid4(),
            year=2022,
            county_code=county,
            category=category,
            employer_half_payer="employer" if category == "employee" else "individual",
            employer_due_fen=due,
            individual_due_fen=due,
            due_on=dt.date(2022, 5, 31),
        )
        s.add(bill)
        await s.commit()
        return bill.id


async def bill_row(sessions: Sessions, bill_id: uuid.UUID) -> ContributionBill:
    async with sessions() as s:
        bill = await s.get(ContributionBill, bill_id)
        assert bill is not None
        return bill


async def payments_of(sessions: Sessions, reference: str) -> int:
    async with sessions() as s:
        return int(await s.scalar(select(func.count()).where(Payment.external_ref == reference)) or 0)


def payment(bill_id: uuid.UUID, reference: str, amount: int = 5_000) -> dict[str, Any]:
    return {
        "bill_id": str(bill_id),
        "payer": "individual",
        "channel": "personal_account",
        "amount_fen": amount,
        "paid_on": "2022-04-01",
        "external_ref": reference,
    }


def ref() -> str:
    return f"BANK-{uuid.uuid4().hex[:12]}"


def outcome(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, (r.json().get("code", "") if r.status_code >= 400 else "")


@pytest.fixture
def api(enrollment_app: FastAPI) -> httpx.AsyncClient:
    return client_of(enrollment_app, contractor(COUNTY, "330381"))


async def upload(api: httpx.AsyncClient, *lines: str) -> httpx.Response:
    return await api.post(
        "/api/v1/payment-imports",
        content="\n".join([HEADER, *lines]).encode(),
        headers={"Content-Type": "text/csv"},
    )


def line(bill_id: uuid.UUID, reference: str, amount: int = 5_000) -> str:
    return f"{bill_id},,,individual,personal_account,{amount},2022-03-01,{reference},"


class TestSinglePayments:
    async def test_ten_concurrent_payments_of_one_half_apply_it_once_and_keep_the_rest_as_excess(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bill = await new_bill(committing)
        bodies = [payment(bill, ref()) for _ in range(10)]
        answers = await gather_all(*(api.post("/api/v1/payments", json=body) for body in bodies))
        assert [r.status_code for r in answers] == [201] * 10
        assert sorted(r.json()["applied_fen"] for r in answers) == [0] * 9 + [5_000]
        row = await bill_row(committing, bill)
        assert (row.individual_paid_fen, row.excess_fen) == (5_000, 45_000)

    async def test_concurrent_resends_of_one_reference_are_one_payment(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bill, reference = await new_bill(committing), ref()
        answers = await gather_all(
            *(api.post("/api/v1/payments", json=payment(bill, reference, 2_000)) for _ in range(6))
        )
        assert sorted(r.status_code for r in answers) == [200] * 5 + [201]
        assert len({r.json()["id"] for r in answers}) == 1
        assert await payments_of(committing, reference) == 1
        assert (await bill_row(committing, bill)).individual_paid_fen == 2_000

    async def test_one_reference_on_two_bills_at_once_is_one_payment_and_one_conflict(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        first, second, reference = await new_bill(committing), await new_bill(committing), ref()
        answers = await gather_all(
            api.post("/api/v1/payments", json=payment(first, reference)),
            api.post("/api/v1/payments", json=payment(second, reference)),
        )
        assert sorted(outcome(r) for r in answers) == [(201, ""), (409, "PAYMENT_REF_CONFLICT")]
        assert await payments_of(committing, reference) == 1
        paid = [(await bill_row(committing, b)).individual_paid_fen for b in (first, second)]
        assert sorted(paid) == [0, 5_000]


class TestOnePaymentForBothHalves:
    """A retiree owes both halves: payments of theirs fill the individual half, then the employer half."""

    async def test_ten_concurrent_full_payments_settle_the_bill_once_and_keep_the_rest_as_excess(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bill = await new_bill(committing, category="retiree")
        bodies = [{**payment(bill, ref(), 10_000), "channel": "pension_deduction"} for _ in range(10)]
        answers = await gather_all(*(api.post("/api/v1/payments", json=body) for body in bodies))
        assert [r.status_code for r in answers] == [201] * 10
        assert sorted(r.json()["applied_fen"] for r in answers) == [0] * 9 + [10_000]
        row = await bill_row(committing, bill)
        assert (row.individual_paid_fen, row.employer_paid_fen, row.excess_fen) == (5_000, 5_000, 90_000)

    async def test_concurrent_partial_payments_add_up_across_the_halves_never_beyond_the_bill(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bill = await new_bill(committing, category="retiree")
        bodies = [{**payment(bill, ref(), 4_000), "channel": "annual_self_payment"} for _ in range(4)]
        answers = await gather_all(*(api.post("/api/v1/payments", json=body) for body in bodies))
        assert [r.status_code for r in answers] == [201] * 4
        assert sorted(r.json()["applied_fen"] for r in answers) == [0, 2_000, 4_000, 4_000]
        row = await bill_row(committing, bill)
        assert (row.individual_paid_fen, row.employer_paid_fen, row.excess_fen) == (5_000, 5_000, 6_000)


class TestPaymentImports:
    async def test_the_same_file_imported_twice_at_once_is_applied_once(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bills = [await new_bill(committing) for _ in range(3)]
        lines = [line(b, ref(), 3_000) for b in bills]
        answers = await gather_all(upload(api, *lines), upload(api, *lines))
        assert [r.status_code for r in answers] == [201, 201], [r.text for r in answers]
        counts = sorted((r.json()["rows_created"], r.json()["rows_unchanged"]) for r in answers)
        assert counts == [(0, 3), (3, 0)]
        assert [(await bill_row(committing, b)).individual_paid_fen for b in bills] == [3_000] * 3

    async def test_an_import_racing_a_payment_of_the_same_half_keeps_the_bill_within_its_due(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        bill = await new_bill(committing)
        imported, single = await gather_all(
            upload(api, line(bill, ref())), api.post("/api/v1/payments", json=payment(bill, ref()))
        )
        assert (imported.status_code, single.status_code) == (201, 201), imported.text
        assert imported.json()["rows_created"] == 1
        row = await bill_row(committing, bill)
        assert (row.individual_paid_fen, row.excess_fen) == (5_000, 5_000)

    async def test_an_import_and_a_payment_racing_one_reference_record_it_once(
        self, api: httpx.AsyncClient, committing: Sessions
    ) -> None:
        first, second, reference = await new_bill(committing), await new_bill(committing), ref()
        imported, single = await gather_all(
            upload(api, line(first, reference)), api.post("/api/v1/payments", json=payment(second, reference))
        )
        assert await payments_of(committing, reference) == 1
        if single.status_code == 201:  # the payment came first: the file's line is the conflict
            assert imported.status_code in (201, 409), imported.text
            if imported.status_code == 201:
                assert (imported.json()["rows_created"], imported.json()["rows_failed"]) == (0, 1)
            else:
                assert imported.json()["code"] == "IMPORT_CONCURRENT_PAYMENT"
        else:
            assert outcome(single) == (409, "PAYMENT_REF_CONFLICT")
            assert imported.json()["rows_created"] == 1
