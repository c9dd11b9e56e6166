"""The training register under real transactions racing (``tests/races.py``): one certificate number issued
twice at once, and one results file sent twice at once. Each time the register ends as if they came one
after the other."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import TrainingCertificate, TrainingResult, outbox_events
from tests.races import bureau, client_of, gather_all
from tests.support import unique_id_number


async def _exam(api: httpx.AsyncClient) -> dict[str, Any]:
    code = f"RACE-{uuid.uuid4().hex[:8]}"  # the race database keeps its rows: each test its own course
    course = {"code": code, "name": "护理员规范化培训", "hours": 80, "provider": "温州技师学院"}
    assert (await api.post("/api/v1/training-courses", json=course)).status_code == 201
    exam = await api.post(
        "/api/v1/training-sessions", json={"course_code": code, "held_on": "2026-06-15", "place": "鹿城区"}
    )
    assert exam.status_code == 201, exam.text
    made: dict[str, Any] = exam.json()
    return made


def _results(*holders: str) -> bytes:
    return ("id_number,name,score,passed\n" + "".join(f"{h},王芳,86,true\n" for h in holders)).encode()


async def _import(api: httpx.AsyncClient, exam: dict[str, Any], body: bytes) -> httpx.Response:
    return await api.post(
        "/api/v1/training-result-imports",
        params={"session_id": exam["id"]},
        content=body,
        headers={"Content-Type": "text/csv"},
    )


class TestOneNumberIssuedTwiceAtOnce:
    async def test_one_certificate_is_issued_and_announced_and_the_other_call_is_told_why(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        one, two = unique_id_number(), unique_id_number()
        number = f"RACE-{uuid.uuid4().hex[:10]}"
        async with client_of(oversight_app, bureau()) as api:
            exam = await _exam(api)
            assert (await _import(api, exam, _results(one, two))).status_code == 201
            answers = await gather_all(
                *(
                    api.post(
                        "/api/v1/training-certificates",
                        json={
                            "number": number,
                            "session_id": exam["id"],
                            "holder_id_number": holder,
                            "issued_on": "2026-06-20",
                            "valid_until": "2029-06-19",
                        },
                    )
                    for holder in (one, two)
                )
            )
        assert sorted(a.status_code for a in answers) == [201, 409]
        assert next(a for a in answers if a.status_code == 409).json()["code"] == "CERTIFICATE_NUMBER_TAKEN"
        async with committing() as session:
            issued = (
                await session.scalars(
                    select(TrainingCertificate.id).where(TrainingCertificate.number == number)
                )
            ).all()
            announced = await session.scalar(
                select(func.count()).where(outbox_events.c.aggregate_id == str(issued[0]))
            )
        assert (len(issued), announced) == (1, 1)


class TestOneFileSentTwiceAtOnce:
    async def test_its_results_are_recorded_once_and_the_second_finds_them_unchanged(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        holders = [unique_id_number() for _ in range(3)]
        async with client_of(oversight_app, bureau()) as api:
            exam = await _exam(api)
            answers = await gather_all(*(_import(api, exam, _results(*holders)) for _ in range(2)))
        assert [a.status_code for a in answers] == [201, 201]
        assert sorted((a.json()["rows_created"], a.json()["rows_unchanged"]) for a in answers) == [
            (0, 3),
            (3, 0),
        ]
        async with committing() as session:
            recorded = await session.scalar(
                select(func.count())
                .select_from(TrainingResult)
                .where(TrainingResult.session_id == exam["id"])
            )
        assert recorded == 3


class TestTwoBulkIssuesAtOnce:
    async def test_each_holder_who_passed_gets_one_certificate_announced_once(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        holders = [unique_id_number() for _ in range(3)]
        prefix = f"RACE-{uuid.uuid4().hex[:8]}-"
        async with client_of(oversight_app, bureau()) as api:
            exam = await _exam(api)
            assert (await _import(api, exam, _results(*holders))).status_code == 201
            answers = await gather_all(
                *(
                    api.post(
                        f"/api/v1/training-sessions/{exam['id']}/certificate-issues",
                        json={
                            "number_prefix": prefix,
                            "issued_on": "2026-06-20",
                            "valid_until": "2029-06-19",
                        },
                    )
                    for _ in range(2)
                )
            )
        assert [a.status_code for a in answers] == [201, 201]
        assert sorted(len(a.json()["issued"]) for a in answers) == [0, 3]
        async with committing() as session:
            issued = (
                await session.scalars(
                    select(TrainingCertificate.id).where(TrainingCertificate.session_id == exam["id"])
                )
            ).all()
            announced = await session.scalar(
                select(func.count()).where(outbox_events.c.aggregate_id.in_([str(i) for i in issued]))
            )
        assert (len(issued), announced) == (3, 3)
