"""Real transactions racing (``tests/races.py``): two contracts brought into force over one county at once,
and one period of a contract accepted twice at once. Each time exactly one wins and the other is told why."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import Contract, ContractAcceptance
from tests.oversight.conftest import COUNTY_A, contract_body, contractor_body
from tests.races import bureau, client_of, gather_all

_years = itertools.count(2040, 4)  # each test its own contract period: the race database keeps its rows


async def _made(api: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await api.post(path, json=body)
    assert response.status_code == 201, response.text
    made: dict[str, Any] = response.json()
    return made


async def _drafts(api: httpx.AsyncClient, n: int) -> list[dict[str, Any]]:
    year = next(_years)
    period = {"starts_on": f"{year}-01-01", "ends_on": f"{year + 2}-12-31"}
    contractor = await _made(api, "/api/v1/contractors", contractor_body())
    return [
        await _made(
            api, "/api/v1/contracts", contract_body(contractor["id"], county_codes=[COUNTY_A], **period)
        )
        for _ in range(n)
    ]


class TestContractsInForceAtOnce:
    async def test_two_contracts_over_one_county_brought_into_force_together_one_wins(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            drafts = await _drafts(api, 2)
            answers = await gather_all(
                *(
                    api.post(f"/api/v1/contracts/{d['id']}/status-changes", json={"status": "in_force"})
                    for d in drafts
                )
            )
        assert sorted(a.status_code for a in answers) == [201, 409]
        refused = next(a for a in answers if a.status_code == 409)
        assert refused.json()["code"] == "CONTRACT_COUNTIES_TAKEN"
        async with committing() as session:
            statuses = (
                await session.scalars(
                    select(Contract.status).where(Contract.id.in_([d["id"] for d in drafts]))
                )
            ).all()
        assert sorted(statuses) == ["draft", "in_force"]


class TestOnePeriodAcceptedAtOnce:
    async def test_two_acceptances_of_one_period_sent_together_accept_it_once(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            (draft,) = await _drafts(api, 1)
            moved = await api.post(
                f"/api/v1/contracts/{draft['id']}/status-changes", json={"status": "in_force"}
            )
            assert moved.status_code == 201, moved.text
            body = {
                "period_start": draft["starts_on"],
                "period_end": draft["ends_on"],
                "fee_payable_fen": 10_000_000,
                "withholdings": [{"reason": "考核扣减", "amount_fen": 1_500_000}],
            }
            answers = await gather_all(
                *(
                    api.post(
                        f"/api/v1/contracts/{draft['id']}/acceptances",
                        json=body,
                        headers={"Idempotency-Key": str(uuid.uuid4())},
                    )
                    for _ in range(2)
                )
            )
        assert sorted(a.status_code for a in answers) == [201, 409]
        assert next(a for a in answers if a.status_code == 409).json()["code"] == "ACCEPTANCE_PERIOD_TAKEN"
        async with committing() as session:
            count, payable, withheld = (
                await session.execute(
                    select(
                        func.count(),
                        func.sum(ContractAcceptance.fee_payable_fen),
                        func.sum(ContractAcceptance.withheld_fen),
                    ).where(ContractAcceptance.contract_id == uuid.UUID(draft["id"]))
                )
            ).one()
        assert (count, payable, withheld) == (1, 10_000_000, 1_500_000)
