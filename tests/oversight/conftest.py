"""Oversight through the gateway: keys per role, a registered contractor, a draft or live contract."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from services.oversight.app import create_app as create_oversight
from tests.conftest import ClientFactory, bearer, test_settings
from tests.races import HeldCommitSession
from tests.support import credit_code

COUNTY_A = "330302"  # 鹿城区
COUNTY_B = "330381"  # 瑞安市
COUNTY_C = "330303"  # 龙湾区
_lots = itertools.count(1)

FULL_CHECKLIST = [
    {
        "condition": condition,
        "met": True,
        "documents": [{"name": "证明材料", "reference": f"DOC-{condition}", "dated_on": "2026-04-01"}],
    }
    for condition in (
        "legally_established",
        "sound_governance",
        "sound_financial_management",
        "facilities_staff_and_expertise",
        "tax_and_social_security_record",
        "no_major_violation_three_years",
        "other_project_requirements",
    )
]


def contractor_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "credit_code": credit_code(),
        "name": "某某人寿保险股份有限公司温州中心支公司",
        "team_size": 42,
        "contacts": [{"name": "周经理", "role": "项目负责人", "phone": "0577-88880000"}],
        "outlets": [{"county_code": COUNTY_A, "name": "鹿城服务网点", "address": "鹿城区某路 1 号"}],
        "qualifications": FULL_CHECKLIST,
    }
    body.update(overrides)
    return body


def contract_body(contractor_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "contractor_id": contractor_id,
        "lot": f"第{next(_lots)}标段",
        "county_codes": [COUNTY_A],
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "procurement_method": "open_tender",
        "tender_reference": "WZYB-2026-LTC-01",
        "fee_basis": "lump_sum",
        "fee_amount_fen": 120_000_000,
        "fee_at_risk_bp": 2000,
        "performance_bond_fen": 5_000_000,
        "evaluation_scheme": "WZ-LTC-EVAL-DRAFT",
        "finance_filing_reference": "温财备〔2026〕12号",
        "finance_filed_on": "2026-06-20",
    }
    body.update(overrides)
    return body


class Oversight:
    """The bureau's calls, asserting the status they must answer."""

    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = await self.gateway.request(method, path, headers=headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def contractor(self, **overrides: Any) -> dict[str, Any]:
        made: dict[str, Any] = await self.call(
            "POST", "/api/v1/contractors", 201, json=contractor_body(**overrides)
        )
        return made

    async def contract(self, contractor_id: str, **overrides: Any) -> dict[str, Any]:
        made: dict[str, Any] = await self.call(
            "POST", "/api/v1/contracts", 201, json=contract_body(contractor_id, **overrides)
        )
        return made

    async def move(self, contract_id: str, status: str, expect: int = 201, **extra: Any) -> dict[str, Any]:
        moved: dict[str, Any] = await self.call(
            "POST",
            f"/api/v1/contracts/{contract_id}/status-changes",
            expect,
            json={"status": status, **extra},
        )
        return moved

    async def live_contract(self, contractor_id: str, **overrides: Any) -> dict[str, Any]:
        draft = await self.contract(contractor_id, **overrides)
        return await self.move(draft["id"], "in_force")


@pytest.fixture
async def bureau(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> Oversight:
    return Oversight(gateway, await make_api_key("bureau"))


@pytest.fixture
def oversight_app(race_database_url: str, race_engine: AsyncEngine) -> FastAPI:  # noqa: F811
    """The oversight app on the race database, each request in a transaction of its own held open a moment
    before it commits (``tests/races.py``)."""
    app = create_oversight(test_settings(race_database_url))
    app.state.engine = race_engine
    app.state.sessionmaker = async_sessionmaker(
        race_engine, class_=HeldCommitSession, expire_on_commit=False, autoflush=False
    )
    return app


from tests.races import (  # noqa: E402, F401  (the race database's fixtures)
    committing,
    race_database_url,
    race_engine,
)
