"""One photo sent twice at once to one visit, in real transactions racing (``tests/races.py``): one file is
kept, and both answers name it — the second as the file kept before (200)."""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import InstitutionMirror, SupervisionFile
from tests.races import bureau, client_of, gather_all

PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + uuid.uuid4().bytes * 64


class TestOnePhotoSentTwiceAtOnce:
    async def test_one_file_is_kept_and_both_answers_name_it(
        self, oversight_app: FastAPI, committing: async_sessionmaker[AsyncSession]
    ) -> None:
        code = f"RACE-FILE-{uuid.uuid4().hex[:8]}"
        async with committing() as s:
            s.add(InstitutionMirror(id=code, name=code, county_code="330302", status="active", source_seq=0))
            await s.commit()
        async with client_of(oversight_app, bureau()) as api:
            visit = await api.post(
                "/api/v1/inspections",
                json={
                    "institution_id": code,
                    "visited_on": "2026-07-15",
                    "inspectors": ["王"],
                    "findings": [],
                },
            )
            assert visit.status_code == 201, visit.text
            path = f"/api/v1/inspections/{visit.json()['id']}/files"
            answers = await gather_all(
                *(
                    api.post(
                        path,
                        params={"purpose": "finding"},
                        content=PHOTO,
                        headers={"Content-Type": "image/jpeg"},
                    )
                    for _ in range(2)
                )
            )
        assert sorted(a.status_code for a in answers) == [200, 201]
        assert answers[0].json()["id"] == answers[1].json()["id"]
        async with committing() as s:
            kept = await s.scalar(
                select(func.count())
                .select_from(SupervisionFile)
                .where(SupervisionFile.parent_id == uuid.UUID(visit.json()["id"]))
            )
        assert kept == 1
