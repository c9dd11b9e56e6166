"""Real transactions racing (``tests/races.py``) on a case's decision, a money POST: two decisions sent
together with different keys decide the case once (the other is told it is decided), and the same decision
sent twice together with one ``Idempotency-Key`` runs once and replays. Either way one set of sanctions and
one recovery order, announced once."""

from __future__ import annotations

import itertools
import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import InstitutionMirror, Recovery, Sanction, outbox_events
from tests.races import bureau, client_of, gather_all

_institutions = itertools.count(1)
DECISION = {
    "outcome": "violation",
    "reason": "虚构服务记录",
    "sanctions": [{"kind": "warning", "reason": "警告"}],
    "recoveries": [{"amount_fen": 50_000, "paid_in_year": 2026, "reason": "虚构服务 10 次"}],
}


async def _case(api: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]) -> str:
    """An institution oversight heard of (arranged as the consumer writes it) and a case opened on it."""
    code = f"RACE-INST-{uuid.uuid4().hex[:6]}-{next(_institutions)}"
    async with sessions() as s:
        s.add(InstitutionMirror(id=code, name=code, county_code="330302", status="active", source_seq=0))
        await s.commit()
    opened = await api.post(
        "/api/v1/cases",
        json={"institution_id": code, "source": "data_rule", "data_rule": "r", "summary": "s"},
    )
    assert opened.status_code == 201, opened.text
    case_id: str = opened.json()["id"]
    return case_id


async def _counts(sessions: async_sessionmaker[AsyncSession], case_id: str) -> tuple[int, int, int, int]:
    async with sessions() as s:
        recoveries, fen = (
            await s.execute(
                select(func.count(), func.coalesce(func.sum(Recovery.amount_fen), 0)).where(
                    Recovery.case_id == uuid.UUID(case_id)
                )
            )
        ).one()
        sanctions = await s.scalar(
            select(func.count()).select_from(Sanction).where(Sanction.case_id == uuid.UUID(case_id))
        )
        ordered = await s.scalar(
            select(func.count())
            .select_from(outbox_events)
            .where(
                outbox_events.c.event_type == "recovery.ordered",
                outbox_events.c.payload["case_id"].astext == case_id,
            )
        )
    return int(recoveries), int(fen), int(sanctions or 0), int(ordered or 0)


class TestTwoDecisionsAtOnce:
    async def test_with_different_keys_the_case_is_decided_once_and_the_other_told_so(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            case_id = await _case(api, committing)
            answers = await gather_all(
                *(
                    api.post(
                        f"/api/v1/cases/{case_id}/decision",
                        json=DECISION,
                        headers={"Idempotency-Key": str(uuid.uuid4())},
                    )
                    for _ in range(3)
                )
            )
        assert sorted(a.status_code for a in answers) == [201, 409, 409]
        assert {a.json()["code"] for a in answers if a.status_code == 409} == {"CASE_IS_DECIDED"}
        assert await _counts(committing, case_id) == (1, 50_000, 1, 1)

    async def test_with_one_key_it_runs_once_and_the_other_replays_it(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        key = {"Idempotency-Key": str(uuid.uuid4())}
        async with client_of(oversight_app, bureau()) as api:
            case_id = await _case(api, committing)
            answers = await gather_all(
                *(api.post(f"/api/v1/cases/{case_id}/decision", json=DECISION, headers=key) for _ in range(2))
            )
        assert [a.status_code for a in answers] == [201, 201]
        assert answers[0].json() == answers[1].json()
        assert sorted(a.headers.get("Idempotent-Replayed", "false") for a in answers) == ["false", "true"]
        assert await _counts(committing, case_id) == (1, 50_000, 1, 1)
