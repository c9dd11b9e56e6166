"""Nobody hammers the API unanswered: per-source and per-client limits answer 429 with Retry-After, and a
source that keeps presenting bad keys is locked out — with the counts shared by every gateway replica when
a Redis store is configured."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.gateway.app import attach_state
from services.gateway.app import create_app as create_gateway
from shared.settings import Settings
from tests.conftest import bearer, upstream_client
from tests.gateway.conftest import client_of

BAD_KEY = "ltc_000000000000_not-a-real-key"


def limited_gateway(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    **limits: Any,
) -> FastAPI:
    app = create_gateway(settings.model_copy(update={"rate_limits_enabled": True, **limits}))
    attach_state(app, engine, sessionmaker, client)
    return app


@pytest.fixture
async def upstreams(service_apps: dict[str, FastAPI]) -> AsyncIterator[httpx.AsyncClient]:
    async with upstream_client(service_apps) as client:
        yield client


@pytest.fixture
def make_gateway(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    upstreams: httpx.AsyncClient,
) -> Any:
    def make(**limits: Any) -> FastAPI:
        return limited_gateway(settings, engine, sessionmaker, upstreams, **limits)

    return make


def assert_429(response: httpx.Response, code: str) -> None:
    assert response.status_code == 429
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) >= 1
    body = response.json()
    assert body["code"] == code
    assert body["request_id"] == response.headers["x-request-id"]


class TestBadKeys:
    async def test_the_default_settings_lock_out_a_source_long_before_ten_thousand_bad_keys(
        self, make_gateway: Any, keys: dict[str, str]
    ) -> None:
        app = make_gateway()
        async with client_of(app, source="192.0.2.10") as attacker:
            statuses = [
                (await attacker.get("/api/v1/counties", headers=bearer(BAD_KEY))).status_code
                for _ in range(40)
            ]
            good_key_from_there = await attacker.get("/api/v1/counties", headers=bearer(keys["bureau"]))
        assert statuses[:10] == [401] * 10
        assert set(statuses[10:]) == {429}
        assert good_key_from_there.status_code == 200  # colleagues behind the same address keep working
        async with client_of(app, source="192.0.2.11") as elsewhere:
            assert (await elsewhere.get("/api/v1/counties", headers=bearer(BAD_KEY))).status_code == 401

    async def test_a_revoked_key_is_told_so_every_time_and_is_no_guess(
        self, make_gateway: Any, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        created = await gateway.post(
            "/api/v1/api-clients",
            json={"name": f"stale-{uuid.uuid4().hex[:8]}", "role": "bureau"},
            headers=bearer(keys["admin"]),
        )
        assert created.status_code == 201, created.text
        stale = created.json()["key"]
        revoked = await gateway.post(
            f"/api/v1/api-clients/{created.json()['client']['id']}/revoke", headers=bearer(keys["admin"])
        )
        assert revoked.status_code == 200, revoked.text
        app = make_gateway(rate_limit_failed_keys="3/minute")
        async with client_of(app, source="192.0.2.14") as client:
            statuses = [
                (await client.get("/api/v1/counties", headers=bearer(stale))).status_code for _ in range(8)
            ]
            guesses = [
                (await client.get("/api/v1/counties", headers=bearer(BAD_KEY))).status_code for _ in range(4)
            ]
        assert statuses == [401] * 8
        assert guesses == [401, 401, 401, 429]

    async def test_a_source_that_comes_back_guessing_is_locked_out_longer(self, make_gateway: Any) -> None:
        app = make_gateway(rate_limit_failed_keys="2/second;3/hour")
        async with client_of(app, source="192.0.2.12") as attacker:

            async def attempt() -> httpx.Response:
                return await attacker.get("/api/v1/counties", headers=bearer(BAD_KEY))

            # the windows are clock-aligned: start at the beginning of a second, so the three quick calls
            # share one window even on a loaded machine, and come back when the window after the next has
            # begun (the sliding-window counter weighs in the previous window's hits)
            await asyncio.sleep(1.01 - time.time() % 1)
            assert [(await attempt()).status_code for _ in range(2)] == [401, 401]
            short = await attempt()
            await asyncio.sleep(2.01 - time.time() % 1)
            assert (await attempt()).status_code == 401
            long = await attempt()
        assert_429(short, "TOO_MANY_BAD_KEYS")
        assert int(short.headers["retry-after"]) <= 2
        assert_429(long, "TOO_MANY_BAD_KEYS")
        # the hour's counter lives in clock-aligned buckets (limits' sliding-window counter), so the wait ends
        # at the latest with the clock hour: within the last minute of an hour it is shorter than a minute
        to_the_hour = 3600 - time.time() % 3600
        assert int(long.headers["retry-after"]) >= min(60, to_the_hour - 5)
        assert int(long.headers["retry-after"]) > int(short.headers["retry-after"]) or to_the_hour < 5

    async def test_a_missing_key_is_not_counted_as_a_guess(self, make_gateway: Any) -> None:
        app = make_gateway(rate_limit_failed_keys="2/minute")
        async with client_of(app, source="192.0.2.13") as client:
            statuses = {(await client.get("/api/v1/counties")).status_code for _ in range(5)}
        assert statuses == {401}


class TestCallLimits:
    async def test_a_client_over_its_roles_limit_gets_429(
        self, make_gateway: Any, keys: dict[str, str]
    ) -> None:
        app = make_gateway(rate_limit_per_role={"contractor": "3/minute", "bureau": "100/minute"})
        async with client_of(app) as client:
            contractor = [
                await client.get("/api/v1/counties", headers=bearer(keys["contractor"])) for _ in range(4)
            ]
            bureau = [await client.get("/api/v1/counties", headers=bearer(keys["bureau"])) for _ in range(4)]
        assert [r.status_code for r in contractor] == [200, 200, 200, 429]
        assert_429(contractor[-1], "RATE_LIMITED")
        assert [r.status_code for r in bureau] == [200] * 4

    async def test_a_source_over_its_limit_gets_429_whatever_the_key(
        self, make_gateway: Any, keys: dict[str, str]
    ) -> None:
        app = make_gateway(rate_limit_per_source="5/minute")
        async with client_of(app, source="192.0.2.20") as client:
            answers = [
                await client.get("/api/v1/counties", headers=bearer(keys[role]))
                for role in ("bureau", "admin", "contractor", "institution", "bureau", "admin")
            ]
        assert [a.status_code for a in answers[:5]] == [200] * 5
        assert_429(answers[5], "RATE_LIMITED")

    async def test_limits_are_off_when_disabled(self, make_gateway: Any, keys: dict[str, str]) -> None:
        app = make_gateway(rate_limits_enabled=False, rate_limit_per_source="1/minute")
        async with client_of(app) as client:
            statuses = {
                (await client.get("/api/v1/counties", headers=bearer(keys["bureau"]))).status_code
                for _ in range(3)
            }
        assert statuses == {200}

    async def test_an_unreachable_store_lets_calls_through(
        self, make_gateway: Any, keys: dict[str, str]
    ) -> None:
        app = make_gateway(rate_limit_storage_url="redis://127.0.0.1:1/0")
        async with client_of(app) as client:
            response = await client.get("/api/v1/counties", headers=bearer(keys["bureau"]))
        assert response.status_code == 200


def redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.mark.skipif(not redis_reachable(), reason="no Redis at 127.0.0.1:6379")
class TestSharedStore:
    async def test_two_gateway_replicas_share_the_lockout(
        self, make_gateway: Any, keys: dict[str, str]
    ) -> None:
        shared = {
            "rate_limit_storage_url": "redis://127.0.0.1:6379/0",
            "rate_limit_key_prefix": f"ltc-test-{uuid.uuid4().hex}",
            "rate_limit_failed_keys": "4/minute",
        }
        first, second = make_gateway(**shared), make_gateway(**shared)
        async with (
            client_of(first, source="192.0.2.30") as one,
            client_of(second, source="192.0.2.30") as two,
        ):
            for replica in (one, two, one, two):
                assert (await replica.get("/api/v1/counties", headers=bearer(BAD_KEY))).status_code == 401
            assert_429(await one.get("/api/v1/counties", headers=bearer(BAD_KEY)), "TOO_MANY_BAD_KEYS")
            assert_429(await two.get("/api/v1/counties", headers=bearer(BAD_KEY)), "TOO_MANY_BAD_KEYS")
            assert (await two.get("/api/v1/counties", headers=bearer(keys["bureau"]))).status_code == 200
