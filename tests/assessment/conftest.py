"""Assessment fixtures: reference data (the national scale, the calendar) loaded once per worker database,
the real enrollment service in-process behind assessment's coverage client, a pinned business date, and
helpers that drive the public API."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment import reference
from shared.app import internal_client
from shared.db import create_engine
from shared.settings import Settings
from tests.conftest import bearer, run_blocking, test_settings
from tests.support import unique_id_number

TODAY = dt.date(2026, 3, 2)  # a Monday; 2026 is in the calendar chinese-calendar ships
LUCHENG, RUIAN, TAISHUN = "330302", "330381", "330329"
ADL_ITEMS = ("feeding", "dressing", "grooming", "bowel_control", "bladder_control", "toileting", "walking",
             "transfer", "stairs", "bathing")  # fmt: skip
OTHER_ITEMS = ("time_orientation", "person_orientation", "place_orientation", "memory", "vision", "hearing",
               "communication")  # fmt: skip
ELIGIBLE_SELF = {
    "feeding": "dependent",
    "continence": "dependent",
    "bathing": "dependent",
    "dressing": "dependent",
    "toileting": "partly",
    "transfer": "independent",
}  # fmt: skip  (a=3, b=1 → grade F)


@pytest.fixture(scope="session")
def assessment_reference(database_url: str) -> str:
    async def load() -> None:
        engine = create_engine(test_settings(database_url), database_url, "ltc-tests-assessment")
        try:
            async with engine.begin() as conn:
                session = AsyncSession(bind=conn)
                await reference.load(session)
                await session.flush()
        finally:
            await engine.dispose()

    run_blocking(load)
    return database_url


@pytest.fixture
async def assessment_app(
    assessment_reference: str,
    service_apps: dict[str, FastAPI],
    settings: Settings,
) -> AsyncIterator[FastAPI]:
    """Assessment asks the real enrollment app (in-process, same test transaction) about coverage."""
    app = service_apps["assessment"]
    app.state.today = TODAY
    async with internal_client(
        settings, "assessment", "enrollment", transport=httpx.ASGITransport(app=service_apps["enrollment"])
    ) as client:
        app.state.enrollment_client = client
        yield app


def severe_items() -> dict[str, int]:
    """ADL 0, cognition 0, perception 0 → level 5 under NHSA-2021-37."""
    return {code: 0 for code in (*ADL_ITEMS, *OTHER_ITEMS)}


def items_with(adl: int = 0, other: int = 0) -> dict[str, int]:
    """ADL total ``adl`` (a multiple of 5) spread over items; every cognition/perception item ``other``."""
    allowed = {"grooming": 5, "bathing": 5, "walking": 15, "transfer": 15}
    out: dict[str, int] = {}
    left = adl
    for code in ADL_ITEMS:
        give = min(left, allowed.get(code, 10))
        out[code] = give
        left -= give
    assert left == 0
    out.update({code: other for code in OTHER_ITEMS})
    return out


class Api:
    """The contractor's calls through the gateway, as a client system makes them."""

    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def post(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        return await self.gateway.post(
            path, json=body, headers={**self.headers, **kw.pop("headers", {})}, **kw
        )

    async def get(self, path: str, **kw: Any) -> httpx.Response:
        return await self.gateway.get(path, headers=self.headers, **kw)

    async def expert(
        self, county: str = LUCHENG, institution: str | None = None, **extra: Any
    ) -> dict[str, Any]:
        code = f"E-{uuid.uuid4().hex[:10]}"
        body = {
            "code": code,
            "name": f"专家{code[-4:]}",
            "profession": "doctor",
            "institution_id": institution or f"HOSP-{code[-6:]}",
            "county_codes": [county],
            "qualification_expires_on": "2030-12-31",
            **extra,
        }
        r = await self.post("/api/v1/experts", body)
        assert r.status_code == 201, r.text
        return dict(r.json())

    async def enrol(self, county: str = LUCHENG) -> str:
        """A person insured since 2022 (no contribution bill: covered) in enrollment → its id."""
        body = {"id_number": unique_id_number(), "name": "李四", "category": "retiree",
                "county_code": county, "enrolled_on": "2022-07-01"}  # fmt: skip
        r = await self.post("/api/v1/persons", body)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    async def change_status(self, person_id: str, status: str, on: dt.date = TODAY) -> None:
        r = await self.post(
            f"/api/v1/persons/{person_id}/status-changes",
            {"status": status, "effective_on": on.isoformat(), "reason": "test"},
        )
        assert r.status_code == 201, r.text

    async def apply(
        self, county: str = LUCHENG, person_id: str | None = None, **extra: Any
    ) -> tuple[str, httpx.Response]:
        person_id = person_id or await self.enrol(county)
        body = {
            "person_id": person_id,
            "self_assessment": ELIGIBLE_SELF,
            "disabled_since": "2025-06-01",
            "materials_complete": True,
            **extra,
        }
        return person_id, await self.post("/api/v1/assessment-applications", body)


async def run_to_conclusion(
    api: Api, app_id: str, items: dict[str, int] | list[dict[str, int]]
) -> dict[str, Any]:
    """Draw a panel, one score per panel member (``items`` for all, or one set each), confirm the level."""
    draw = await api.post(f"/api/v1/assessment-applications/{app_id}/panel-draws")
    assert draw.status_code == 201, draw.text
    panel = draw.json()["panel"]
    per_expert = items if isinstance(items, list) else [items] * len(panel)
    for expert_id, scored in zip(panel, per_expert, strict=True):
        r = await api.post(
            f"/api/v1/assessment-applications/{app_id}/scores", {"expert_id": expert_id, "items": scored}
        )
        assert r.status_code == 201, r.text
    r = await api.post(
        f"/api/v1/assessment-applications/{app_id}/conclusion", {"confirming_expert_ids": panel}
    )
    assert r.status_code == 201, r.text
    return {**r.json(), "panel": panel}


async def put_in_force(api: Api, app: FastAPI, app_id: str, items: dict[str, int]) -> dict[str, Any]:
    """The whole way to a conclusion in force: panel, scores, conclusion, publicity, served."""
    result = await run_to_conclusion(api, app_id, items)
    r = await api.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
    assert r.status_code == 200, r.text
    pinned = app.state.today
    app.state.today = dt.date.fromisoformat(r.json()["publicity_ends_on"])
    r = await api.post(f"/api/v1/assessment-applications/{app_id}:serve")
    app.state.today = pinned
    assert r.status_code == 200, r.text
    return result


@pytest.fixture
async def contractor(gateway: httpx.AsyncClient, keys: dict[str, str], assessment_app: FastAPI) -> Api:
    return Api(gateway, keys["contractor"])


@pytest.fixture
async def bureau(gateway: httpx.AsyncClient, keys: dict[str, str], assessment_app: FastAPI) -> Api:
    return Api(gateway, keys["bureau"])
