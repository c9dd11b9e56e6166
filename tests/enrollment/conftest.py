from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from tests.conftest import bearer
from tests.support import credit_code, unique_id_number


class Enrollment:
    """The enrollment API as a contractor of 鹿城区 and 瑞安市 uses it through the gateway."""

    def __init__(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        self.gateway = gateway
        self.keys = keys
        self.headers = bearer(keys["contractor"])

    async def employer(self, county_code: str = "330302", **body: Any) -> dict[str, Any]:
        payload = {
            "credit_code": credit_code(),
            "name": "温州某某有限公司",
            "county_code": county_code,
            **body,
        }
        response = await self.gateway.post("/api/v1/employers", json=payload, headers=self.headers)
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def enrol(self, *, expect: int = 201, **body: Any) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id_number": unique_id_number(),
            "name": "张三",
            "category": "retiree",
            "county_code": "330302",
            **body,
        }
        # 330302 is in the scheme since 2019 (reference data), the units that joined by seed 003 since
        # 2022-06-25: a person is enrolled on a day their unit was in
        in_since_2019 = payload["county_code"] == "330302"
        payload.setdefault("enrolled_on", "2022-01-01" if in_since_2019 else "2022-07-01")
        response = await self.gateway.post("/api/v1/persons", json=payload, headers=self.headers)
        assert response.status_code == expect, response.text
        return dict(response.json())

    async def status(self, person_id: str, status: str, on: str, *, expect: int = 201) -> dict[str, Any]:
        response = await self.gateway.post(
            f"/api/v1/persons/{person_id}/status-changes",
            json={"status": status, "effective_on": on, "reason": "test"},
            headers=self.headers,
        )
        assert response.status_code == expect, response.text
        return dict(response.json())

    async def coverage(self, person_id: str, on: dt.date | str, key: str | None = None) -> dict[str, Any]:
        response = await self.gateway.get(
            f"/api/v1/persons/{person_id}/coverage",
            params={"on": str(on)},
            headers=bearer(key) if key else self.headers,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())


@pytest.fixture
def enrollment(gateway: httpx.AsyncClient, keys: dict[str, str]) -> Enrollment:
    return Enrollment(gateway, keys)


from tests.races import (  # noqa: E402, F401  (the race database's fixtures)
    committing,
    enrollment_app,
    race_database_url,
    race_engine,
)
