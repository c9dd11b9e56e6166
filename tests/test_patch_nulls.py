"""An explicit null in a PATCH body means what the schema says: it clears a field the schema declares
nullable, and is a 422 naming the field for any other — never a 500. Every field of every PATCH route."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.conftest import bearer
from tests.support import credit_code, unique_id_number

Factory = Callable[[httpx.AsyncClient, dict[str, str]], Awaitable[str]]


async def an_expert(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    code = f"E-{uuid.uuid4().hex[:10]}"
    body = {
        "code": code,
        "name": "王医生",
        "profession": "doctor",
        "institution_id": "HOSP-1",
        "county_codes": ["330302"],
        "qualification_expires_on": "2030-12-31",
        "training_expires_on": "2027-06-30",
        "relative_person_ids": ["P-1"],
        "family_doctor_person_ids": ["P-2"],
    }
    r = await gateway.post("/api/v1/experts", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/experts/{r.json()['id']}"


async def an_institution(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    code = f"H-{uuid.uuid4().hex[:10]}"
    body = {
        "id": code,
        "name": "某某护理院",
        "county_code": "330302",
        "kind": "home_care",
        "care_modes": ["home_visit"],
        "agreement_from": "2026-01-01",
        "agreement_to": "2027-12-31",
    }
    r = await gateway.post("/api/v1/institutions", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/institutions/{code}"


async def a_caregiver(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    institution = await an_institution(gateway, headers)
    body = {
        "code": "CG-1",
        "real_name": "陈静",
        "qualification": "养老护理员 四级",
        "qualified_from": "2025-01-01",
        "qualified_until": "2028-01-01",
        "category": "trained_care_worker",
        "licence_number": "L-1",
        "id_number": unique_id_number(),
    }
    r = await gateway.post(f"{institution}/caregivers", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"{institution}/caregivers/{r.json()['id']}"


async def a_contractor(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    body = {"credit_code": credit_code(), "name": "某某经办机构", "team_size": 3}
    r = await gateway.post("/api/v1/contractors", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/contractors/{r.json()['id']}"


async def a_draft_contract(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    contractor = (await a_contractor(gateway, headers)).rsplit("/", 1)[1]
    body = {
        "contractor_id": contractor,
        "lot": "第一标段",
        "county_codes": ["330302"],
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "procurement_method": "open_tender",
        "tender_reference": "T-1",
        "fee_basis": "lump_sum",
        "fee_amount_fen": 100,
        "fee_at_risk_bp": 1000,
        "performance_bond_fen": 100,
        "evaluation_scheme": "S-1",
        "finance_filing_reference": "F-1",
        "finance_filed_on": "2026-06-20",
    }
    r = await gateway.post("/api/v1/contracts", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/contracts/{r.json()['id']}"


_years = iter(range(2030, 2100))


async def a_draft_budget(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    body = {
        "county_code": "330302",
        "year": next(_years),
        "lines": [{"line": "income_other", "amount_fen": 1}],
        "assumptions": {"insured": 1},
    }
    r = await gateway.post("/api/v1/budgets", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/budgets/{r.json()['id']}"


async def an_open_task(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    body = {
        "code": f"T-{uuid.uuid4().hex[:10]}",
        "year": 2026,
        "title": "任务",
        "requirement": "要求",
        "source": "来源",
        "responsible": "单位",
        "due_on": "2026-12-31",
    }
    r = await gateway.post("/api/v1/plan-tasks", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return f"/api/v1/plan-tasks/{r.json()['id']}"


FACTORIES: dict[str, Factory] = {
    "/api/v1/experts/{expert_id}": an_expert,
    "/api/v1/institutions/{institution_id}": an_institution,
    "/api/v1/institutions/{institution_id}/caregivers/{caregiver_id}": a_caregiver,
    "/api/v1/contractors/{contractor_id}": a_contractor,
    "/api/v1/contracts/{contract_id}": a_draft_contract,
    "/api/v1/budgets/{budget_id}": a_draft_budget,
    "/api/v1/plan-tasks/{task_id}": an_open_task,
}
WRITER = {
    "/api/v1/contractors/{contractor_id}": "bureau",
    "/api/v1/contracts/{contract_id}": "bureau",
    "/api/v1/budgets/{budget_id}": "bureau",
    "/api/v1/plan-tasks/{task_id}": "bureau",
}


def patch_operations(apps: dict[str, FastAPI]) -> dict[str, dict[str, Any]]:
    """Every PATCH path of every service with the properties of its request body schema."""
    out: dict[str, dict[str, Any]] = {}
    for app in apps.values():
        doc = app.openapi()
        schemas = doc["components"]["schemas"]
        for path, item in doc["paths"].items():
            if "patch" not in item:
                continue
            ref = item["patch"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            out[path] = schemas[ref.rsplit("/", 1)[1]]["properties"]
    return out


def nullable(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "null" or any(s.get("type") == "null" for s in prop.get("anyOf", []))


def test_every_patch_route_is_covered(service_apps: dict[str, FastAPI]) -> None:
    assert set(patch_operations(service_apps)) == set(FACTORIES)


@pytest.mark.parametrize("path", sorted(FACTORIES))
async def test_null_clears_a_nullable_field_and_is_a_422_for_any_other(
    path: str, service_apps: dict[str, FastAPI], gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    headers = bearer(keys[WRITER.get(path, "contractor")])
    properties = patch_operations(service_apps)[path]
    assert properties
    answers: dict[str, tuple[int, Any]] = {}
    expected: dict[str, tuple[int, Any]] = {}
    for field, prop in properties.items():
        target = await FACTORIES[path](gateway, headers)
        r = await gateway.patch(target, json={field: None}, headers=headers)
        body = r.json()
        if r.status_code == 200:
            answers[field] = (200, body.get(field))
        else:
            answers[field] = (r.status_code, sorted({e["field"] for e in body.get("errors") or []}))
        expected[field] = (200, None) if nullable(prop) else (422, [f"body.{field}"])
    assert answers == expected


async def test_a_date_the_agreements_status_needs_is_not_cleared(
    service_apps: dict[str, FastAPI], gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    headers = bearer(keys["contractor"])
    suspended = await an_institution(gateway, headers)
    r = await gateway.patch(
        suspended, json={"status": "suspended", "suspended_from": "2026-03-01"}, headers=headers
    )
    assert r.status_code == 200, r.text
    r = await gateway.patch(suspended, json={"suspended_from": None}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (422, "SUSPENSION_DATES")
    r = await gateway.patch(suspended, json={"suspended_until": None}, headers=headers)
    assert (r.status_code, r.json()["suspended_until"]) == (200, None)

    terminated = await an_institution(gateway, headers)
    r = await gateway.patch(
        terminated, json={"status": "terminated", "termination_notice_on": "2026-03-01"}, headers=headers
    )
    assert r.status_code == 200, r.text
    r = await gateway.patch(terminated, json={"termination_notice_on": None}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (422, "TERMINATION_NOTICE")
