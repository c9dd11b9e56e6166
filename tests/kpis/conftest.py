"""The KPI endpoints read as oversight reads them: ``GET /internal/kpis`` signed as a service, the answer
parsed with the shared contract. Figures are compared as the change a test makes (after − before), so rows
another test left committed in the same counties cannot blur them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from contracts.kpis import CATALOGUE, KPI_PATH, KpiReport, KpiService
from tests.conftest import signed_service_client
from tests.enrollment.conftest import Enrollment

Figures = dict[str, tuple[int, int | None]]


class Kpis:
    """One service's KPI endpoint."""

    def __init__(self, app: FastAPI, service: KpiService) -> None:
        self.app = app
        self.service = service

    async def get(self, **params: Any) -> httpx.Response:
        async with signed_service_client(self.app, "oversight") as client:
            return await client.get(KPI_PATH, params=params)

    async def report(self, **params: Any) -> KpiReport:
        response = await self.get(**params)
        assert response.status_code == 200, response.text
        report = KpiReport.model_validate(response.json())
        assert [i.code for i in report.indicators] == list(CATALOGUE[self.service])
        return report

    async def figures(self, **params: Any) -> Figures:
        report = await self.report(**params)
        return {i.code: (i.numerator, i.denominator) for i in report.indicators}


def change(before: Figures, after: Figures) -> Figures:
    """What happened between two reports: each numerator's and denominator's difference."""
    return {
        code: (n - before[code][0], None if d is None else d - (before[code][1] or 0))
        for code, (n, d) in after.items()
    }


@pytest.fixture
def enrollment_kpis(service_apps: dict[str, FastAPI]) -> Kpis:
    return Kpis(service_apps["enrollment"], "enrollment")


@pytest.fixture
def assessment_kpis(service_apps: dict[str, FastAPI]) -> Kpis:
    return Kpis(service_apps["assessment"], "assessment")


@pytest.fixture
def settlement_kpis(service_apps: dict[str, FastAPI]) -> Kpis:
    return Kpis(service_apps["settlement"], "settlement")


@pytest.fixture
def enrollment(gateway: httpx.AsyncClient, keys: dict[str, str]) -> Enrollment:
    """Enrollment's API as a contractor of 鹿城区 and 瑞安市 uses it (``tests/enrollment``)."""
    return Enrollment(gateway, keys)
