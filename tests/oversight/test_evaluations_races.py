"""Real transactions racing (``tests/races.py``) over evaluations: one subject evaluated twice at once, one
objection decided twice at once, and one period's fee accepted twice at once citing the final evaluation.
Each time exactly one wins, the other is told why, and what was written says so once."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import ContractAcceptance, Evaluation, outbox_events
from shared.principal import Principal, Role
from tests.oversight.conftest import COUNTY_A, contract_body, contractor_body
from tests.races import bureau, client_of, gather_all

_years = itertools.count(2060, 4)  # each test its own contract period: the race database keeps its rows
FLAG = {"confirmed": False, "rule_source": "race"}


def _scheme() -> dict[str, Any]:
    def indicator(code: str, source: str, **extra: Any) -> dict[str, Any]:
        return {"code": code, "name": code, "dimension": "quality", "source": source, "weight_bp": 5000,
                **FLAG, **extra}  # fmt: skip

    return {
        "code": f"race-{uuid.uuid4().hex[:12]}",
        "title": "race",
        "subject_kind": "contractor",
        "period_kind": "year",
        "source": "race",
        "indicators": [
            indicator("acceptances", "computed", kpi_code="oversight.acceptances"),
            indicator("care_quality", "manual"),
        ],
        "grades": [
            {
                "grade": "pass",
                "min_score_bp": 6000,
                "fee_release_bp": 8000,
                "deposit_release_bp": 10000,
                "renewal_eligible": True,
                **FLAG,
            },
            {
                "grade": "fail",
                "min_score_bp": 0,
                "fee_release_bp": 0,
                "deposit_release_bp": 0,
                "renewal_eligible": False,
                **FLAG,
            },
        ],
        "objection_window": {"days": 5, **FLAG},
    }


async def _ok(response: Any, status: int = 200) -> dict[str, Any]:
    answer = await response
    assert answer.status_code == status, answer.text
    made: dict[str, Any] = answer.json()
    return made


async def _evaluated(api: httpx.AsyncClient) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A contract in force, an approved scheme, and the evaluation's request body for the contract's
    first year."""
    year = next(_years)
    contractor = await _ok(api.post("/api/v1/contractors", json=contractor_body()), 201)
    body = contract_body(
        contractor["id"], county_codes=[COUNTY_A], starts_on=f"{year}-01-01", ends_on=f"{year + 2}-12-31"
    )
    contract = await _ok(api.post("/api/v1/contracts", json=body), 201)
    await _ok(
        api.post(f"/api/v1/contracts/{contract['id']}/status-changes", json={"status": "in_force"}), 201
    )
    scheme = await _ok(api.post("/api/v1/evaluation-schemes", json=_scheme()), 201)
    await _ok(api.post(f"/api/v1/evaluation-schemes/{scheme['id']}:approve"))
    evaluation = {
        "scheme_id": scheme["id"],
        "subject_kind": "contractor",
        "contract_id": contract["id"],
        "period_from": f"{year}-01-01",
        "period_to": f"{year}-12-31",
    }
    return contract, scheme, evaluation


async def _published(app: FastAPI, api: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    made = await _ok(api.post("/api/v1/evaluations", json=body), 201)
    path = f"/api/v1/evaluations/{made['id']}"
    await _ok(api.post(path + "/kpi-snapshots"))
    await _ok(api.post(path + "/scores", json={"indicator_code": "care_quality", "points_bp": 10000}))
    await _ok(api.post(path + ":total"))
    app.state.today = dt.date.fromisoformat(body["period_to"]) + dt.timedelta(days=20)
    return await _ok(api.post(path + ":publish"))


class TestOneSubjectEvaluatedOnceAtATime:
    async def test_two_evaluations_of_one_period_opened_together_open_one(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            _, _, body = await _evaluated(api)
            answers = await gather_all(*(api.post("/api/v1/evaluations", json=body) for _ in range(2)))
        assert sorted(a.status_code for a in answers) == [201, 409]
        assert next(a for a in answers if a.status_code == 409).json()["code"] == "EVALUATION_EXISTS"
        async with committing() as session:
            count = await session.scalar(
                select(func.count()).where(Evaluation.contract_id == uuid.UUID(body["contract_id"]))
            )
        assert count == 1


class TestOneObjectionDecidedOnce:
    async def test_two_decisions_sent_together_make_it_final_once_and_announce_it_once(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            _, _, body = await _evaluated(api)
            published = await _published(oversight_app, api, body)
            path = f"/api/v1/evaluations/{published['id']}"
            subject = Principal(
                client_id="race-subject", name="race subject", role=Role.CONTRACTOR, county_codes=[COUNTY_A]
            )
            async with client_of(oversight_app, subject) as own:
                await _ok(own.post(path + "/objections", json={"reason": "异议"}), 201)
            decision = {
                "upheld": True,
                "reason": "复核",
                "scores": [{"indicator_code": "care_quality", "points_bp": 2000}],
            }
            answers = await gather_all(
                *(api.post(path + "/objection-decision", json=decision) for _ in range(2))
            )
        assert sorted(a.status_code for a in answers) == [200, 409]
        assert next(a for a in answers if a.status_code == 409).json()["code"] == "EVALUATION_IS_FINAL"
        async with committing() as session:
            events = await session.scalar(
                select(func.count())
                .select_from(outbox_events)
                .where(
                    outbox_events.c.aggregate_id == published["id"],
                    outbox_events.c.event_type == "evaluation.finalized",
                )
            )
        assert events == 1


class TestOnePeriodsFeeAcceptedOnceByTheGrade:
    async def test_two_acceptances_citing_the_final_evaluation_accept_it_once(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        async with client_of(oversight_app, bureau()) as api:
            contract, _, body = await _evaluated(api)
            published = await _published(oversight_app, api, body)
            oversight_app.state.today = dt.date.fromisoformat(published["objection_until"]) + dt.timedelta(
                days=1
            )
            final = await _ok(api.post(f"/api/v1/evaluations/{published['id']}:finalize"))
            # no acceptance in the year: 50% × 0 + 50% × 100 = 50.00, "fail": none of the fee at risk paid
            assert (final["grade"], final["fee_release_bp"]) == ("fail", 0)
            acceptance = {
                "period_start": body["period_from"],
                "period_end": body["period_to"],
                "fee_payable_fen": 10_000_000,
                "withholdings": [{"reason": "绩效评价不合格", "amount_fen": 2_000_000}],  # 20% at risk
                "evaluation_id": published["id"],
            }
            answers = await gather_all(
                *(
                    api.post(
                        f"/api/v1/contracts/{contract['id']}/acceptances",
                        json=acceptance,
                        headers={"Idempotency-Key": str(uuid.uuid4())},
                    )
                    for _ in range(2)
                )
            )
        assert sorted(a.status_code for a in answers) == [201, 409]
        assert next(a for a in answers if a.status_code == 409).json()["code"] == "ACCEPTANCE_PERIOD_TAKEN"
        async with committing() as session:
            accepted = (
                await session.execute(
                    select(ContractAcceptance.withheld_fen, ContractAcceptance.evaluation_id).where(
                        ContractAcceptance.contract_id == uuid.UUID(contract["id"])
                    )
                )
            ).all()
        assert [(w, str(e)) for w, e in accepted] == [(2_000_000, published["id"])]
