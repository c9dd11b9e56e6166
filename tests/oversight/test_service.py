"""The oversight service stands beside the others: migrated, ready, answering behind the gateway."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from services.gateway.routing import service_for
from tests.conftest import signed_service_client


class TestTheService:
    async def test_is_ready_on_its_own_and_through_the_gateways_readiness(
        self, gateway: httpx.AsyncClient, service_apps: dict[str, FastAPI]
    ) -> None:
        async with signed_service_client(service_apps["oversight"]) as direct:
            assert (await direct.get("/readyz")).status_code == 200
        assert (await gateway.get("/readyz")).json() == {"status": "ready"}

    def test_the_gateway_routes_its_collections_to_it(self) -> None:
        for path in ("/api/v1/contractors", "/api/v1/contractors/x", "/api/v1/contracts/x/status-changes"):
            assert service_for(path) == "oversight"
        assert service_for("/api/v1/contractors-else") is None
