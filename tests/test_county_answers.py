"""A county a request names is answered by one rule in every service (``Principal.require_counties``):

- a code that is no accounting unit is 404 ``COUNTY_NOT_FOUND`` when it is in the path, 422 ``COUNTY_UNKNOWN``
  naming the field (``errors: [{field, code, message}]``) when it is in the query or the body;
- a unit outside a contractor's counties is 403 ``COUNTY_OUT_OF_SCOPE``;
- a file's row says the same, in the same words, as its row error.

The walk takes every operation of the merged OpenAPI that takes a county (a ``county_code`` parameter, a
``{code}`` of the counties, a body with ``county_code`` / ``county_codes``) — a new one fails here until it
has a request below — and sends it through the gateway with an unknown and an out-of-scope code."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx

from services.gateway.routing import service_for
from tests.conftest import ClientFactory, bearer
from tests.support import credit_code, unique_id_number

MINE, OTHERS, UNKNOWN = "330302", "330381", "330399"  # the contractor's, another unit, no unit at all
MONTH = "2026-06-01"
METHODS = ("get", "post", "put", "patch", "delete")


def _person(county: str) -> dict[str, Any]:
    return {"id_number": unique_id_number(), "name": "王五", "category": "retiree", "county_code": county,
            "enrolled_on": "2023-01-02"}  # fmt: skip


def _expert(counties: list[str]) -> dict[str, Any]:
    return {
        "code": f"E-{uuid.uuid4().hex[:8]}",
        "name": "专家",
        "profession": "doctor",
        "institution_id": "H",
        "county_codes": counties,
        "qualification_expires_on": "2030-12-31",
    }


def _contract(contractor: str, counties: list[str]) -> dict[str, Any]:
    return {
        "contractor_id": contractor,
        "lot": "标段",
        "county_codes": counties,
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "procurement_method": "open_tender",
        "tender_reference": "T-1",
        "fee_basis": "lump_sum",
        "fee_amount_fen": 100,
        "fee_at_risk_bp": 1000,
        "performance_bond_fen": 100,
    }


Build = Callable[[str, dict[str, str]], dict[str, Any]]  # (county, objects) → httpx request kwargs

# Every operation that takes a county, with a request that is good but for the county it names.
REQUESTS: dict[str, Build] = {
    "GET /api/v1/counties/{code}": lambda c, o: {"url": f"/api/v1/counties/{c}"},
    "POST /api/v1/persons": lambda c, o: {"json": _person(c)},
    "GET /api/v1/persons": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/persons/{person_id}/county-transfers": lambda c, o: {
        "url": f"/api/v1/persons/{o['person']}/county-transfers",
        "json": {"county_code": c, "effective_on": "2024-07-01", "reason": "户籍迁移"},
    },
    "POST /api/v1/employers": lambda c, o: {
        "json": {"credit_code": credit_code(), "name": "某公司", "county_code": c}
    },
    "GET /api/v1/employers": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/contribution-bills:generate": lambda c, o: {"json": {"year": 2022, "county_code": c}},
    "POST /api/v1/experts": lambda c, o: {"json": _expert([MINE, c])},
    "GET /api/v1/experts": lambda c, o: {"params": {"county_code": c}},
    "PATCH /api/v1/experts/{expert_id}": lambda c, o: {
        "url": f"/api/v1/experts/{o['expert']}",
        "json": {"county_codes": [MINE, c]},
    },
    "GET /api/v1/assessment-applications": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/spot-checks": lambda c, o: {"json": {"sample_size": 1, "county_code": c}},
    "POST /api/v1/institutions": lambda c, o: {
        "json": {
            "id": f"I-{uuid.uuid4().hex[:8]}",
            "name": "护理站",
            "county_code": c,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        }
    },
    "GET /api/v1/service-records": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/service-records:check": lambda c, o: {"json": {"county_code": c, "month": MONTH}},
    "POST /api/v1/service-records:sample": lambda c, o: {
        "json": {"county_code": c, "month": MONTH, "method": "random", "share_bp": 5000}
    },
    "POST /api/v1/settlement-runs": lambda c, o: {"json": {"county_code": c, "month": MONTH}},
    "POST /api/v1/annual-clearings": lambda c, o: {"json": {"county_code": c, "year": 2025}},
    "POST /api/v1/fund/fiscal-subsidies": lambda c, o: {
        "json": {"county_code": c, "amount_fen": 100, "received_on": "2026-07-01", "reference": "FS-1"}
    },
    "GET /api/v1/fund/accounts": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/recoveries": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/fund/transactions": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/fund/status": lambda c, o: {"params": {"county_code": c, "month": MONTH}},
    "GET /api/v1/fund/status/trend": lambda c, o: {"params": {"county_code": c, "month": MONTH}},
    "GET /api/v1/disputes": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/opening-balances": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/budgets": lambda c, o: {
        "json": {
            "county_code": c,
            "year": 2027,
            "lines": [{"line": "income_other", "amount_fen": 1}],
            "assumptions": {"insured": 1},
        }
    },
    "GET /api/v1/budgets": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/budget-execution": lambda c, o: {"params": {"county_code": c, "month": MONTH}},
    "POST /api/v1/finance-receipts": lambda c, o: {
        "json": {"county_code": c, "amount_fen": 1, "received_on": "2026-07-01", "reference": "CA-1"}
    },
    "GET /api/v1/finance-receipts": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/final-accounts": lambda c, o: {"json": {"county_code": c, "year": 2025}},
    "POST /api/v1/benefit-rules/{version}/dry-runs": lambda c, o: {
        "url": "/api/v1/benefit-rules/WZ-2022-reported/dry-runs",
        "json": {"month": MONTH, "county_code": c},
    },
    "GET /api/v1/final-accounts": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/plan-tasks": lambda c, o: {
        "json": {
            "code": f"CA-{uuid.uuid4().hex[:6]}",
            "year": 2026,
            "title": "t",
            "requirement": "r",
            "source": "s",
            "county_code": c,
            "responsible": "u",
            "due_on": "2026-12-31",
        }
    },
    "GET /api/v1/plan-tasks": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/supervision-rounds": lambda c, o: {
        "json": {
            "kind": "quarterly_tracking",
            "period_from": "2026-01-01",
            "period_to": "2026-03-31",
            "county_code": c,
            "held_on": "2026-04-02",
        }
    },
    "GET /api/v1/migrated-levels": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/counties/{code}/scheme": lambda c, o: {"url": f"/api/v1/counties/{c}/scheme"},
    "PUT /api/v1/counties/{code}/scheme": lambda c, o: {
        "url": f"/api/v1/counties/{c}/scheme",
        "json": {"scheme_start_on": "2022-06-25", "basis": "seed 003", "confirmed": True, "reason": "test"},
    },
    "POST /api/v1/contracts": lambda c, o: {"json": _contract(o["contractor"], [MINE, c])},
    "GET /api/v1/contracts": lambda c, o: {"params": {"county_code": c}},
    "PATCH /api/v1/contracts/{contract_id}": lambda c, o: {
        "url": f"/api/v1/contracts/{o['contract']}",
        "json": {"county_codes": [MINE, c]},
    },
    "POST /api/v1/inspection-plans": lambda c, o: {
        "json": {
            "name": "巡查",
            "period_from": "2026-07-01",
            "period_to": "2026-09-30",
            "county_codes": [MINE, c],
        }
    },
    "GET /api/v1/inspection-plans": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/inspections": lambda c, o: {"params": {"county_code": c}},
    "GET /api/v1/cases": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/complaints": lambda c, o: {
        "json": {
            "channel": "phone",
            "received_on": "2026-07-01",
            "complainant_name": "甲",
            "county_code": c,
            "summary": "投诉",
        }
    },
    "GET /api/v1/complaints": lambda c, o: {"params": {"county_code": c}},
    "POST /api/v1/evaluations": lambda c, o: {
        "json": {
            "scheme_id": str(uuid.uuid4()),
            "subject_kind": "institution",
            "subject_id": "H-1",
            "county_codes": [c],
            "period_from": "2026-07-01",
            "period_to": "2026-09-30",
        }
    },
    "POST /api/v1/api-clients": lambda c, o: {
        "json": {"name": f"c-{uuid.uuid4().hex[:8]}", "role": "contractor", "county_codes": [c]}
    },
    "POST /api/v1/staff": lambda c, o: {
        "json": {
            "username": f"c.{uuid.uuid4().hex[:8]}",
            "display_name": "审核员",
            "role": "contractor",
            "county_codes": [c],
            "password": "County-2026-answers",
        }
    },
}
PUBLIC = {
    "GET /api/v1/counties/{code}",
    "GET /api/v1/counties/{code}/scheme",
}  # reference data: any unit is readable, whatever the scope


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _body_fields(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return set()
    schema = _resolve(doc, content["schema"])
    variants = [_resolve(doc, s) for s in schema.get("anyOf", [])] or [schema]
    return {name for v in variants for name in v.get("properties", {})}


def county_operations(doc: dict[str, Any]) -> dict[str, tuple[str, list[str]]]:
    """Operation → (where it takes the county: path, query or body, its roles)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS or not path.startswith("/api/"):
                continue
            name = f"{method.upper()} {path}"
            roles = list(op.get("x-ltc-roles", []))
            params = {(p["in"], p["name"]) for p in op.get("parameters", [])}
            if path.startswith("/api/v1/counties/{code}"):
                found[name] = ("path", roles)
            elif ("query", "county_code") in params:
                found[name] = ("query", roles)
            elif _body_fields(doc, op) & {"county_code", "county_codes"}:
                found[name] = ("body", roles)
    return found


def _normalised(answer: httpx.Response) -> dict[str, Any]:
    """The answer's status and problem, each error's field cut to where it is (``query``, ``body``)."""
    body = answer.json()
    return {
        "status": answer.status_code,
        "code": body.get("code"),
        "detail": body.get("detail"),
        "errors": [{**e, "field": e["field"].rsplit(".", 1)[0]} for e in body.get("errors") or []],
    }


class TestEveryServiceAnswersACountyAlike:
    async def test_unknown_and_out_of_scope_counties_through_the_gateway(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        operations = county_operations(doc)
        missing = sorted(set(operations) - set(REQUESTS))
        assert missing == [], f"add a request for each to REQUESTS: {missing}"
        assert sorted(set(REQUESTS) - set(operations)) == []
        contractor = bearer(await make_api_key("contractor", county_codes=[MINE]))
        others = {role: bearer(await make_api_key(role)) for role in ("bureau", "admin")}
        person = await gateway.post("/api/v1/persons", json=_person(MINE), headers=contractor)
        expert = await gateway.post("/api/v1/experts", json=_expert([MINE]), headers=contractor)
        assert (person.status_code, expert.status_code) == (201, 201), (person.text, expert.text)
        objects = {"person": person.json()["id"], "expert": expert.json()["id"]}
        registered = await gateway.post(
            "/api/v1/contractors",
            json={"credit_code": credit_code(), "name": "经办机构", "team_size": 1},
            headers=others["bureau"],
        )
        assert registered.status_code == 201, registered.text
        objects["contractor"] = registered.json()["id"]
        draft = await gateway.post(
            "/api/v1/contracts", json=_contract(objects["contractor"], [MINE]), headers=others["bureau"]
        )
        assert draft.status_code == 201, draft.text
        objects["contract"] = draft.json()["id"]

        answers: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        services: dict[tuple[str, str], set[str]] = {}
        for name, (where, roles) in sorted(operations.items()):
            method, path = name.split(" ", 1)
            scoped = "contractor" in roles
            headers = contractor if scoped else others["bureau" if "bureau" in roles else "admin"]
            for kind, county in (("unknown", UNKNOWN), ("out of scope", OTHERS)):
                if kind == "out of scope" and (not scoped or name in PUBLIC):
                    continue  # the scope line is a contractor's; counties themselves are public
                request = REQUESTS[name](county, objects)
                url = request.pop("url", path)
                answer = await gateway.request(method, url, headers=headers, **request)
                key = (kind, "path" if where == "path" else "query or body")
                answers.setdefault(key, {})[name] = _normalised(answer)
                services.setdefault(key, set()).add(service_for(path) or "gateway")

        message = f"{UNKNOWN} is not an accounting unit"
        wrong = {
            name: got
            for name, got in answers[("unknown", "query or body")].items()
            if got
            != {
                "status": 422,
                "code": "COUNTY_UNKNOWN",
                "detail": message,
                "errors": [{"field": operations[name][0], "code": "COUNTY_UNKNOWN", "message": message}],
            }
        }
        assert wrong == {}
        message_404 = f"{UNKNOWN} is not an accounting unit"
        in_path = {"status": 404, "code": "COUNTY_NOT_FOUND", "detail": message_404, "errors": []}
        assert answers[("unknown", "path")] == {
            "GET /api/v1/counties/{code}": in_path,
            "GET /api/v1/counties/{code}/scheme": in_path,
            "PUT /api/v1/counties/{code}/scheme": in_path,
        }
        outside = answers[("out of scope", "query or body")]
        expected_outside = {
            "status": 403,
            "code": "COUNTY_OUT_OF_SCOPE",
            "detail": f"not one of this client's counties: {OTHERS}",
            "errors": [],
        }
        assert {name: got for name, got in outside.items() if got != expected_outside} == {}
        assert services[("unknown", "query or body")] >= {"enrollment", "assessment", "settlement"}
        assert services[("out of scope", "query or body")] == {
            "enrollment",
            "assessment",
            "settlement",
            "oversight",
            "gateway",  # a contractor's staff administrator names its staff's counties (POST /staff)
        }
