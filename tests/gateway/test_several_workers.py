"""A gateway run as several worker processes: a key revoked through one process stops working in the others
as soon as the revocation commits (not when their caches expire), and rate limits counted in each process's
memory are refused rather than silently multiplied by the worker count."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from services.gateway.app import attach_state
from services.gateway.app import create_app as create_gateway
from services.gateway.auth import KeyAuthenticator
from services.gateway.ratelimit import RateLimitsNotShared
from shared.settings import Settings
from tests.conftest import bearer, in_process, upstream_client
from tests.gateway.conftest import client_of, committed_services

LONG_CACHE_SECONDS = 3600.0  # far beyond the test: only the notification can empty the cache


@pytest.fixture
async def two_gateway_processes(settings: Settings, engine: AsyncEngine) -> AsyncIterator[list[FastAPI]]:
    """Two gateway apps over the same committed database, as two workers are: each with its own key cache,
    each listening for API-client changes."""
    slow = settings.model_copy(update={"api_key_cache_seconds": LONG_CACHE_SECONDS})
    apps, real = committed_services(slow, engine)
    gateways = [create_gateway(slow), create_gateway(slow)]
    async with upstream_client(apps) as client:
        for gateway in gateways:
            attach_state(gateway, engine, real, client)
        first: KeyAuthenticator = gateways[0].state.authenticator
        second: KeyAuthenticator = gateways[1].state.authenticator
        async with first.listening(engine.url), second.listening(engine.url):
            await asyncio.sleep(0.3)  # both listening before anything changes
            yield gateways


async def eventually_status(client: httpx.AsyncClient, key: str, status: int) -> int:
    """The status of the key's call once it is ``status``, or the last one after a while."""
    for _ in range(50):
        response = await client.get("/api/v1/counties", headers=bearer(key))
        if response.status_code == status:
            return status
        await asyncio.sleep(0.1)
    return response.status_code


class TestKeyCacheAcrossWorkers:
    async def test_a_key_revoked_through_one_worker_stops_working_in_the_other(
        self, two_gateway_processes: list[FastAPI], committed_keys: dict[str, str]
    ) -> None:
        first, second = (client_of(app) for app in two_gateway_processes)
        created = await first.post(
            "/api/v1/api-clients",
            json={"name": f"revoked-elsewhere-{uuid.uuid4().hex[:8]}", "role": "bureau"},
            headers=bearer(committed_keys["admin"]),
        )
        assert created.status_code == 201
        key, client_id = created.json()["key"], created.json()["client"]["id"]
        assert (await second.get("/api/v1/counties", headers=bearer(key))).status_code == 200  # now cached

        revoked = await first.post(
            f"/api/v1/api-clients/{client_id}/revoke", headers=bearer(committed_keys["admin"])
        )
        assert revoked.status_code == 200

        assert await eventually_status(second, key, 401) == 401

    async def test_a_rotation_without_grace_reaches_the_other_worker(
        self, two_gateway_processes: list[FastAPI], committed_keys: dict[str, str]
    ) -> None:
        first, second = (client_of(app) for app in two_gateway_processes)
        created = await first.post(
            "/api/v1/api-clients",
            json={"name": f"rotated-elsewhere-{uuid.uuid4().hex[:8]}", "role": "bureau"},
            headers=bearer(committed_keys["admin"]),
        )
        old_key, client_id = created.json()["key"], created.json()["client"]["id"]
        assert (await second.get("/api/v1/counties", headers=bearer(old_key))).status_code == 200

        rotated = await first.post(
            f"/api/v1/api-clients/{client_id}/rotate",
            json={"grace_seconds": 0},
            headers=bearer(committed_keys["admin"]),
        )
        assert rotated.status_code == 200

        assert await eventually_status(second, old_key, 401) == 401
        assert (
            await second.get("/api/v1/counties", headers=bearer(rotated.json()["key"]))
        ).status_code == 200


class TestRateLimitsWithSeveralWorkers:
    def test_memory_counted_limits_refuse_several_workers(self, settings: Settings) -> None:
        several = settings.model_copy(
            update={"gateway_workers": 2, "rate_limits_enabled": True, "rate_limit_storage_url": None}
        )
        with pytest.raises(RateLimitsNotShared, match="LTC_RATE_LIMIT_STORAGE_URL"):
            attach_state(create_gateway(several), None, async_sessionmaker(), in_process(httpx.AsyncClient()))

    def test_one_worker_or_limits_off_start(self, settings: Settings) -> None:
        for update in (
            {"gateway_workers": 1, "rate_limits_enabled": True},
            {"workers": 3, "rate_limits_enabled": False},
        ):
            attach_state(
                create_gateway(settings.model_copy(update=update)),
                None,
                async_sessionmaker(),
                in_process(httpx.AsyncClient()),
            )
