"""Who may ask for the KPIs and how: services only (signed as a service, like the event feeds); bad
parameters are a 422 with a stable code, the same on the three services."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from contracts.kpis import KPI_PATH, KPI_SERVICES, KpiService
from shared.principal import Principal, Role, SignedPrincipalAuth
from tests.conftest import TEST_SECRET, bearer, signed_service_client

PERIOD = {"period_from": "2026-01-01", "period_to": "2026-12-31"}


def client_as(app: FastAPI, role: Role) -> httpx.AsyncClient:
    principal = Principal(client_id="x", name="x", role=role, county_codes=["330302"])
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://service.test",
        auth=SignedPrincipalAuth(lambda: TEST_SECRET, principal),
    )


async def ask(app: FastAPI, **params: str | list[str]) -> httpx.Response:
    async with signed_service_client(app, "oversight") as client:
        return await client.get(KPI_PATH, params=params)


@pytest.mark.parametrize("service", KPI_SERVICES)
class TestWhoMayAsk:
    @pytest.mark.parametrize("role", [Role.ADMIN, Role.BUREAU, Role.CONTRACTOR, Role.AUDIT, Role.EVALUATOR])
    async def test_only_a_service_is_answered(
        self, service_apps: dict[str, FastAPI], service: KpiService, role: Role
    ) -> None:
        async with client_as(service_apps[service], role) as client:
            refused = await client.get(KPI_PATH, params={"county_code": "330302", **PERIOD})
        async with client_as(service_apps[service], Role.SERVICE) as client:
            served = await client.get(KPI_PATH, params={"county_code": "330302", **PERIOD})
        # as for /internal/events: any other role finds nothing there
        assert (refused.status_code, refused.json()["code"]) == (404, "NOT_FOUND"), refused.text
        assert served.status_code == 200, served.text

    async def test_an_unsigned_call_is_401(
        self, service_apps: dict[str, FastAPI], service: KpiService
    ) -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=service_apps[service]), base_url="http://s.test"
        ) as client:
            assert (await client.get(KPI_PATH, params=PERIOD)).status_code == 401

    async def test_the_gateway_does_not_pass_it_on(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], service: KpiService
    ) -> None:
        response = await gateway.get(KPI_PATH, params=PERIOD, headers=bearer(keys["admin"]))
        assert response.status_code == 404


@pytest.mark.parametrize("service", KPI_SERVICES)
class TestBadParameters:
    async def test_a_period_that_ends_before_it_starts(
        self, service_apps: dict[str, FastAPI], service: KpiService
    ) -> None:
        response = await ask(service_apps[service], period_from="2026-12-31", period_to="2026-01-01")
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["code"] == "KPI_PERIOD_INVERTED"
        assert [e["field"] for e in response.json()["errors"]] == ["query.period_to"]

    async def test_an_unknown_county(self, service_apps: dict[str, FastAPI], service: KpiService) -> None:
        response = await ask(service_apps[service], county_code=["330302", "339999"], **PERIOD)
        assert response.status_code == 422
        assert response.json()["code"] == "COUNTY_UNKNOWN"

    @pytest.mark.parametrize(
        "params",
        [{"period_from": "2026-01-01"}, {"period_from": "2026-13-01", "period_to": "2026-12-31"}],
    )
    async def test_a_missing_or_malformed_date(
        self, service_apps: dict[str, FastAPI], service: KpiService, params: dict[str, str]
    ) -> None:
        response = await ask(service_apps[service], **params)
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"].startswith("query.period_")

    async def test_no_county_means_every_county(
        self, service_apps: dict[str, FastAPI], service: KpiService
    ) -> None:
        response = await ask(service_apps[service], **PERIOD)
        assert response.status_code == 200, response.text
        assert len(response.json()["county_codes"]) == 13


async def test_enrollment_reports_per_county_only(service_apps: dict[str, FastAPI]) -> None:
    response = await ask(service_apps["enrollment"], institution_id="WZ-LC-0001", **PERIOD)
    assert response.status_code == 422
    assert response.json()["code"] == "KPI_SUBJECT_UNSUPPORTED"
