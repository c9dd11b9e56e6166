"""What the tests of inspections, cases and complaints share: oversight's reader of settlement's feed (the
institutions it supervises, the recoveries settlement reports), institutions registered in settlement as a
contractor registers them and announced to oversight, and callers per role."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts.oversight import FEED
from contracts.settlement import FEED as SETTLEMENT_FEED
from services.oversight.feeds import SettlementConsumer
from services.oversight.models import consumer_cursors, outbox_events
from services.settlement.models import outbox_events as settlement_events
from tests.conftest import ClientFactory, bearer, signed_service_client
from tests.feeds.support import drain, publish, start_at_head

COUNTY_A = "330302"  # 鹿城区
COUNTY_B = "330381"  # 瑞安市
_codes = itertools.count(1)


def document(name: str = "现场照片.jpg", content_type: str = "image/jpeg") -> dict[str, Any]:
    return {
        "name": name,
        "reference": f"ARCHIVE/{name}",
        "sha256": hashlib.sha256(name.encode()).hexdigest(),
        "content_type": content_type,
    }


class Caller:
    """One API key's calls, asserting the status they must answer."""

    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = await self.gateway.request(method, path, headers=headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def post(self, path: str, body: Any, expect: int = 201, **kwargs: Any) -> Any:
        return await self.call("POST", path, expect, json=body, **kwargs)

    async def get(self, path: str, expect: int = 200, **kwargs: Any) -> Any:
        return await self.call("GET", path, expect, **kwargs)


class World:
    """Institutions in county A and B, announced to oversight, and a caller per role: the bureau, the
    contractor of A, the contractor of B, institution X (in A) and institution Y (in B)."""

    def __init__(
        self,
        gateway: httpx.AsyncClient,
        reader: SettlementConsumer,
        keys: dict[str, str],
        x: str,
        y: str,
    ) -> None:
        self.gateway = gateway
        self.reader = reader
        self.bureau = Caller(gateway, keys["bureau"])
        self.contractor_a = Caller(gateway, keys["contractor_a"])
        self.contractor_b = Caller(gateway, keys["contractor_b"])
        self.institution_x = Caller(gateway, keys["institution_x"])
        self.institution_y = Caller(gateway, keys["institution_y"])
        self.admin = Caller(gateway, keys["admin"])
        self.keys = keys
        self.x = x
        self.y = y

    async def events(self, session: AsyncSession, event_type: str) -> list[Any]:
        rows = (
            await session.execute(
                select(outbox_events.c.event_type, outbox_events.c.payload)
                .where(outbox_events.c.event_type == event_type)
                .order_by(outbox_events.c.seq)
            )
        ).all()
        return [FEED.parse(t, p) for t, p in rows]

    async def settlement_reports(self, session: AsyncSession, event_type: str, **payload: Any) -> None:
        """Settlement announces a change (through its contract, as its producer would); oversight reads it."""
        publish(
            session,
            SETTLEMENT_FEED,
            settlement_events,
            event_type,
            "test",
            payload.get("county_code"),
            payload,
        )
        await session.commit()
        await drain(self.reader)


async def register_institution(
    gateway: httpx.AsyncClient, contractor_key: str, code: str, county: str
) -> None:
    response = await gateway.post(
        "/api/v1/institutions",
        json={
            "id": code,
            "name": f"{code} 居家护理站",
            "county_code": county,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
        headers=bearer(contractor_key),
    )
    assert response.status_code == 201, response.text


@pytest.fixture(name="settlement_reader")
async def settlement_reader_fixture(
    session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession], service_apps: dict[str, FastAPI]
) -> AsyncIterator[SettlementConsumer]:
    """Oversight's reader of settlement's feed, from the feed's present head on."""
    await start_at_head(session, consumer_cursors, SettlementConsumer.name, "settlement", settlement_events)
    await session.commit()
    async with signed_service_client(service_apps["settlement"], "oversight") as client:
        yield SettlementConsumer(client, sessionmaker)


@pytest.fixture(name="world")
async def world_fixture(
    gateway: httpx.AsyncClient, make_api_key: ClientFactory, settlement_reader: SettlementConsumer
) -> World:
    n = next(_codes)
    x, y = f"SV-X-{n:04d}", f"SV-Y-{n:04d}"
    keys = {
        "admin": await make_api_key("admin"),
        "bureau": await make_api_key("bureau"),
        "contractor_a": await make_api_key("contractor", county_codes=[COUNTY_A]),
        "contractor_b": await make_api_key("contractor", county_codes=[COUNTY_B]),
        "institution_x": await make_api_key("institution", institution_id=x),
        "institution_y": await make_api_key("institution", institution_id=y),
    }
    await register_institution(gateway, keys["contractor_a"], x, COUNTY_A)
    await register_institution(gateway, keys["contractor_b"], y, COUNTY_B)
    assert await drain(settlement_reader) >= 2
    return World(gateway, settlement_reader, keys, x, y)
