"""Opening-balance files raced by real transactions that commit (``tests/races.py``): the same file sent
twice at once posts each balance once, and the books balance afterwards."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.settlement import models
from tests.races import assert_books_balance, bureau, client_of, gather_all, new_county

Sessions = async_sessionmaker[AsyncSession]


async def send(api: httpx.AsyncClient, content: str) -> httpx.Response:
    return await api.post(
        "/api/v1/opening-balance-imports", content=content.encode(), headers={"Content-Type": "text/csv"}
    )


class TestConcurrentOpeningBalanceImports:
    async def test_the_same_file_sent_twice_at_once_posts_once(
        self, settlement_app: FastAPI, committing: Sessions
    ) -> None:
        county = await new_county(committing)
        tag = uuid.uuid4().hex[:8]
        content = (
            "county_code,account,balance_fen,as_of,reference\n"
            f"{county},cash,900000,2022-06-24,{tag}-cash\n"
            f"{county},accumulated_surplus,900000,2022-06-24,{tag}-surplus\n"
        )
        api = client_of(settlement_app, bureau())
        answers = await gather_all(send(api, content), send(api, content))
        assert [r.status_code for r in answers] == [201, 201], [r.text for r in answers]
        assert sorted((r.json()["rows_created"], r.json()["rows_unchanged"]) for r in answers) == [
            (0, 2),
            (2, 0),
        ]
        async with committing() as s:
            posted = await s.scalar(
                select(func.count())
                .select_from(models.LedgerTransaction)
                .where(models.LedgerTransaction.client_id.like(f"opening-balance:{tag}-%"))
            )
            cash = await s.scalar(
                select(func.sum(models.LedgerLeg.amount_fen)).where(
                    models.LedgerLeg.county_code == county, models.LedgerLeg.account == "cash"
                )
            )
        assert (posted, cash) == (2, 900_000)
        await assert_books_balance(committing)
