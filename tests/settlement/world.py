"""A small world for the checks and settlement tests: rules, an institution, caregivers, beneficiaries."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.config import SettlementConfig
from services.settlement.records import checks, intake, results
from services.settlement.records.schemas import ServiceRecord as ServiceRecordOut
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from services.settlement.runs import service as runs
from shared.principal import Principal, Role
from tests.settlement.conftest import LUCHENG, Feeds

CONFIG = SettlementConfig()
CONTRACTOR = Principal(client_id="contractor-1", name="c", role=Role.CONTRACTOR, county_codes=[LUCHENG])
MONTH = dt.date(2026, 5, 1)
DAY = dt.date(2026, 5, 12)
_ids = itertools.count(1)


class World:
    def __init__(self, session: AsyncSession, feeds: Feeds) -> None:
        self.session = session
        self.feeds = feeds

    async def institution(
        self,
        code: str = "INST-1",
        kind: str = "home_care",
        modes: tuple[str, ...] = ("home_visit", "family_care"),
        county: str = LUCHENG,
        **extra: Any,
    ) -> models.Institution:
        inst = models.Institution(
            id=code,
            name=code,
            county_code=county,
            kind=kind,
            beds=50,
            care_modes=list(modes),
            agreement_from=dt.date(2025, 1, 1),
            agreement_to=dt.date(2027, 12, 31),
            status="active",
            **extra,
        )
        self.session.add(inst)
        await self.session.flush()
        self.session.add(
            models.Caregiver(
                institution_id=code,
                code="CG-1",
                real_name="李娜",
                qualification="执业护士",
                qualified_from=dt.date(2024, 1, 1),
                qualified_until=dt.date(2027, 12, 31),
                category="licensed_nurse",  # cares on the licence: no training certificate needed
                licence_number=f"NURSE-{code}",
            )
        )
        await self.session.flush()
        return inst

    async def caregiver(
        self,
        institution: str,
        code: str,
        until: dt.date,
        *,
        category: str = "licensed_nurse",
        licence_number: str | None = "NURSE-0002",
        id_number: str | None = None,
    ) -> None:
        self.session.add(
            models.Caregiver(
                institution_id=institution,
                code=code,
                real_name="张伟",
                qualification="护士",
                qualified_from=dt.date(2024, 1, 1),
                qualified_until=until,
                category=category,
                licence_number=licence_number,
                id_number=id_number,
            )
        )
        await self.session.flush()

    async def submit(self, institution: models.Institution, *records: dict[str, Any]) -> models.ImportJob:
        return await intake.ingest(
            self.session, institution, intake.batch_upload(list(records)), "batch", CONFIG
        )

    async def check(self, county: str = LUCHENG, month: dt.date = MONTH) -> None:
        await checks.run_checks(self.session, county, month, CONFIG)

    async def record(self, institution: str, record_id: str) -> ServiceRecordOut:
        """The record as the API shows it: what was sent, reviews, and its current check results."""
        row = await self.session.scalar(
            select(models.ServiceRecord).where(
                models.ServiceRecord.institution_id == institution,
                models.ServiceRecord.record_id == record_id,
            )
        )
        assert row is not None
        await self.session.refresh(row)
        return (await results.records_out(self.session, [row]))[0]

    async def settle(
        self, county: str = LUCHENG, month: dt.date = MONTH, **kwargs: Any
    ) -> models.SettlementRun:
        return await runs.settle(self.session, CONTRACTOR, county, month, CONFIG, **kwargs)


def visit(
    person: uuid.UUID,
    *,
    record_id: str | None = None,
    day: dt.date = DAY,
    start: str | None = "09:00",
    end: str | None = "10:00",
    amount: int = 10_000,
    mode: str = "home_visit",
    caregiver: str | None = "CG-1",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "record_id": record_id or f"R-{next(_ids)}",
        "person_id": str(person),
        "caregiver_code": caregiver,
        "care_mode": mode,
        "service_date": day.isoformat(),
        "start_time": start,
        "end_time": end,
        "items": ["LT0101"],
        "amount_claimed_fen": amount,
        "checkin_lat": 28.0,
        "checkin_lon": 120.65,
    }
    body.update(extra)
    return body


@pytest.fixture
async def world(session: AsyncSession, feeds: Feeds) -> World:
    await load_wenzhou_benefit_rules(session)
    await session.flush()
    return World(session, feeds)
