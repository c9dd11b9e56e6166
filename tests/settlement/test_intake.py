"""Service records in: how a file or batch is read, what each bad row is told, and what a resend does."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.settlement import models
from services.settlement.config import SettlementConfig
from services.settlement.records import intake
from tests.settlement.world import CONFIG, World, visit

HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,"
    "checkin_lat,checkin_lon,amount_claimed_fen"
)
RACE_COUNTY = "330327"  # committed rows: a county and a year no other test reads
PERSON = uuid.UUID("5f0e8a52-3c1b-4d7e-9a36-2b8f1c4d6e70")


async def _chunks(body: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


async def upload_csv(
    session: AsyncSession,
    institution: models.Institution,
    body: str,
    chunk: int = 7,
    config: SettlementConfig = CONFIG,
) -> models.ImportJob:
    """The file as the router hands it over, cut into small chunks so that lines span chunk ends."""
    upload = await intake.csv_upload(_chunks(body.encode(), chunk))
    return await intake.ingest(session, institution, upload, "text/csv", config)


async def stored(session: AsyncSession, institution: str) -> dict[str, models.ServiceRecord]:
    rows = await session.scalars(
        select(models.ServiceRecord).where(models.ServiceRecord.institution_id == institution)
    )
    return {r.record_id: r for r in rows}


async def errors(session: AsyncSession, job: models.ImportJob) -> list[tuple[int, str, str | None, str]]:
    rows = await session.scalars(
        select(models.ImportError_)
        .where(models.ImportError_.job_id == job.id)
        .order_by(models.ImportError_.row_number, models.ImportError_.code)
    )
    return [(e.row_number, e.code, e.field, e.message) for e in rows]


def line(record_id: str, **fields: str) -> str:
    values = {
        "record_id": record_id,
        "person_id": str(PERSON),
        "caregiver_code": "CG-1",
        "care_mode": "home_visit",
        "service_date": "2026-05-12",
        "start_time": "09:00",
        "end_time": "10:00",
        "items": "LT0101",
        "checkin_lat": "28.0",
        "checkin_lon": "120.65",
        "amount_claimed_fen": "10000",
        **fields,
    }
    return ",".join(values[c] for c in HEADER.split(","))


class TestCsvFiles:
    async def test_quoted_fields_crlf_and_lines_across_chunks_are_read_as_written(
        self, world: World, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        body = "\r\n".join(
            [
                HEADER,
                line("P1"),
                line('"Q,1"', caregiver_code='"CG ""night"", 2"', items='"LT0101|LT0102"'),
                "",
                line("P2", caregiver_code="", checkin_lat="", checkin_lon=""),
                line("BAD", service_date="2026-13-01"),
                "   ",
                line("P3", items="中文|LT0103"),
            ]
        )
        job = await upload_csv(session, inst, body + "\r\n")
        assert (job.rows_total, job.rows_accepted, job.rows_rejected) == (5, 4, 1)
        assert await errors(session, job) == [
            (4, "INVALID_DATE", "service_date", "service_date must be YYYY-MM-DD")
        ]
        records = await stored(session, inst.id)
        assert sorted(records) == ["P1", "P2", "P3", "Q,1"]
        assert records["Q,1"].caregiver_code == 'CG "night", 2'
        assert records["Q,1"].items == ["LT0101", "LT0102"]
        assert (records["P2"].caregiver_code, records["P2"].checkin_lat) == (None, None)
        assert records["P3"].items == ["中文", "LT0103"]
        assert (records["P1"].start_time, records["P1"].checkin_lon) == (dt.time(9), 120.65)

    async def test_header_in_any_order_unknown_columns_ignored_a_repeated_name_counts_last(
        self, world: World, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        body = (
            "notes,amount_claimed_fen,care_mode,record_id,person_id,service_date,record_id\n"
            f'"anything, at all",500,family_care,FIRST,{PERSON},2026-05-03,LAST\n'
            f"\x00 in a column nobody reads,600,family_care,,{PERSON},2026-05-04,NEXT\n"
        )
        job = await upload_csv(session, inst, body)
        assert job.rows_accepted == 2
        records = await stored(session, inst.id)
        assert sorted(records) == ["LAST", "NEXT"]
        record = records["LAST"]
        assert (record.amount_claimed_fen, record.care_mode) == (500, "family_care")
        assert (record.caregiver_code, record.items) == (None, [])

    async def test_each_bad_row_gets_one_line_per_code_and_the_good_rows_are_kept(
        self, world: World, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        body = "\n".join(
            [
                HEADER,
                line("G1"),
                line("T", start_time="25:00", end_time="26:00", amount_claimed_fen="-1"),
                "X,too,few",
                line("G1"),
                line("N\x00"),
                line("L" * 101, caregiver_code="C" * 65),
                line("G2"),
            ]
        )
        job = await upload_csv(session, inst, body)
        assert (job.rows_total, job.rows_accepted, job.rows_rejected) == (7, 2, 5)
        found = await errors(session, job)
        assert [(n, code, field) for n, code, field, _ in found] == [
            (2, "INVALID_AMOUNT", "amount_claimed_fen"),
            (2, "INVALID_TIME", "start_time"),
            (3, "MALFORMED_ROW", None),
            (4, "DUPLICATE_IN_FILE", "record_id"),
            (5, "MALFORMED_ROW", None),
            (6, "TOO_LONG", "record_id"),
        ]
        assert found[2][3] == "3 fields, the header has 11"
        assert found[4][3] == "a value contains a NUL character"
        assert sorted(await stored(session, inst.id)) == ["G1", "G2"]

    async def test_a_file_staged_in_several_copies_keeps_its_row_numbers(
        self, world: World, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        rows = [line(f"M{n}") for n in range(1, 251)]
        rows[229] = line("M230", care_mode="teleport")
        job = await upload_csv(
            session,
            inst,
            "\n".join([HEADER, *rows]),
            chunk=1000,
            config=SettlementConfig(settlement_import_chunk_rows=100),
        )
        assert (job.rows_total, job.rows_accepted, job.rows_rejected) == (250, 249, 1)
        assert [(n, code) for n, code, *_ in await errors(session, job)] == [(230, "NOT_ALLOWED")]


class TestBatches:
    async def test_a_value_that_is_not_unicode_text_rejects_its_row_only(
        self, world: World, session: AsyncSession
    ) -> None:
        inst = await world.institution()
        job = await world.submit(inst, visit(PERSON, record_id="OK"), visit(PERSON, record_id="S\ud800"))
        assert (job.rows_accepted, job.rows_rejected) == (1, 1)
        assert [(n, code) for n, code, *_ in await errors(session, job)] == [(2, "MALFORMED_ROW")]

    async def test_a_resend_changes_nothing_and_says_so(self, world: World, session: AsyncSession) -> None:
        inst = await world.institution()
        first = await world.submit(inst, visit(PERSON, record_id="A", amount=100))
        again = await world.submit(
            inst, visit(PERSON, record_id="A", amount=999), visit(PERSON, record_id="B")
        )
        assert (first.rows_accepted, again.rows_accepted, again.rows_already_received) == (1, 1, 1)
        assert (await stored(session, inst.id))["A"].amount_claimed_fen == 100


async def _committed_institution(engine: AsyncEngine) -> str:
    code = f"RACE-{uuid.uuid4().hex[:8]}"
    async with async_sessionmaker(engine)() as s:
        s.add(
            models.Institution(
                id=code,
                name=code,
                county_code=RACE_COUNTY,
                kind="home_care",
                beds=0,
                care_modes=["home_visit"],
                agreement_from=dt.date(2025, 1, 1),
                agreement_to=dt.date(2027, 12, 31),
                status="active",
            )
        )
        await s.commit()
    return code


class TestResendRacing:
    async def test_the_same_file_sent_twice_at_once_is_stored_once(
        self, autocommit_engine: AsyncEngine
    ) -> None:
        code = await _committed_institution(autocommit_engine)
        real = async_sessionmaker(autocommit_engine, expire_on_commit=False)
        body = "\n".join([HEADER, *(line(f"R{n}", service_date=f"2098-05-{n:02d}") for n in range(1, 29))])

        async def send() -> dict[str, Any]:
            async with real() as s:
                institution = await s.get(models.Institution, code)
                assert institution is not None
                job = await upload_csv(s, institution, body, chunk=4096)
                await asyncio.sleep(0.2)  # the first merge's rows stay uncommitted; the other waits
                await s.commit()
                return {"accepted": job.rows_accepted, "again": job.rows_already_received}

        try:
            outcomes = await asyncio.gather(send(), send())
            async with real() as s:
                count = await s.scalar(
                    select(func.count()).where(models.ServiceRecord.institution_id == code)
                )
        finally:
            async with real() as s:
                jobs = select(models.ImportJob.id).where(models.ImportJob.institution_id == code)
                await s.execute(delete(models.ImportError_).where(models.ImportError_.job_id.in_(jobs)))
                await s.execute(
                    delete(models.ServiceRecord).where(models.ServiceRecord.institution_id == code)
                )
                await s.execute(delete(models.ImportJob).where(models.ImportJob.institution_id == code))
                await s.execute(delete(models.Institution).where(models.Institution.id == code))
                await s.commit()
        assert sorted(o["accepted"] for o in outcomes) == [0, 28]
        assert sorted(o["again"] for o in outcomes) == [0, 28]
        assert count == 28
