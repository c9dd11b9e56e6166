"""A few real objects for the fuzz to aim at, made through the public API the way client systems make them.

Random path parameters only ever find nothing (404), so the handlers behind the lookup would never see a
fuzzed body; the fuzz puts these objects' ids into the path instead. Everything here lives in the test's
rolled-back transaction.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.assessment.conftest import ELIGIBLE_SELF, LUCHENG
from tests.conftest import bearer
from tests.support import credit_code, unique_id_number

INSTITUTION = "INST-TEST-0001"  # the institution key of ``tests/conftest.py`` is scoped to it


async def _created(gateway: httpx.AsyncClient, key: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await gateway.post(path, json=body, headers=bearer(key))
    assert response.status_code == 201, f"making the fuzz's world: POST {path} → {response.text}"
    return dict(response.json())


# Where one parameter name means different things on different paths.
_BY_PATH = {
    "/api/v1/contribution-policies/{year}": {"year": "2022"},  # the policy seed 003 ships
}


def path_parameters(world: dict[str, str], path: str) -> dict[str, str]:
    """The world's values for the parameters of ``path`` it has."""
    names = [part[1:-1] for part in path.replace(":", "/").split("/") if part.startswith("{")]
    values = {name: world[name] for name in names if name in world}
    values.update(_BY_PATH.get(path, {}))
    return values


async def build(gateway: httpx.AsyncClient, keys: dict[str, str]) -> dict[str, str]:
    """Path parameter name → the id of an object that exists (in 鹿城区, the contractor's county)."""
    contractor, admin = keys["contractor"], keys["admin"]
    employer = await _created(
        gateway,
        contractor,
        "/api/v1/employers",
        {"credit_code": credit_code(), "name": "温州某某有限公司", "county_code": LUCHENG},
    )
    person = await _created(
        gateway,
        contractor,
        "/api/v1/persons",
        {
            "id_number": unique_id_number(),
            "name": "张三",
            "category": "retiree",
            "county_code": LUCHENG,
            "enrolled_on": "2022-01-01",
        },
    )
    expert = await _created(
        gateway,
        contractor,
        "/api/v1/experts",
        {
            "code": "E-FUZZ-0001",
            "name": "专家甲",
            "profession": "doctor",
            "institution_id": "HOSP-FUZZ-1",
            "county_codes": [LUCHENG],
            "qualification_expires_on": "2030-12-31",
        },
    )
    application = await _created(
        gateway,
        contractor,
        "/api/v1/assessment-applications",
        {
            "person_id": person["id"],
            "self_assessment": ELIGIBLE_SELF,
            "disabled_since": "2025-06-01",
            "materials_complete": True,
        },
    )
    await _created(
        gateway,
        contractor,
        "/api/v1/institutions",
        {
            "id": INSTITUTION,
            "name": "鹿城居家护理站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
    )
    spare_client = await _created(
        gateway, admin, "/api/v1/api-clients", {"name": "fuzz-spare", "role": "bureau"}
    )
    return {
        "code": LUCHENG,
        "year": "2026",
        "credit_code": str(employer["credit_code"]),
        "person_id": str(person["id"]),
        "expert_id": str(expert["id"]),
        "application_id": str(application["id"]),
        "institution_id": INSTITUTION,
        "client_id": str(spare_client["client"]["id"]),
        "version": "NHSA-2021-37",
    }
