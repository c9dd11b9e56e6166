"""What an integrator sends is read strictly and answered in one shape, through the gateway: an unknown query
parameter is refused (not answered as if it were not there), a month is ``YYYY-MM`` wherever one is asked for,
and every 422 — and a malformed JSON body's 400 — carries ``errors: [{field, code, message}]``."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from tests.conftest import bearer
from tests.support import resolved, unique_id_number

ANY_ID = str(uuid.UUID(int=1))


def filled(path: str) -> str:
    """A path of the document with every parameter filled in (the check comes before they are read)."""
    return re.sub(r"\{[^}]+\}", lambda m: "2022" if m[0] == "{year}" else ANY_ID, path)


class TestUnknownQueryParameters:
    async def test_coverage_asked_for_a_date_under_the_wrong_name_is_refused_naming_it(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        person = await gateway.post(
            "/api/v1/persons",
            json={
                "id_number": unique_id_number(),
                "name": "张三",
                "category": "retiree",
                "county_code": "330302",
                "enrolled_on": "2022-01-01",
            },
            headers=bearer(keys["contractor"]),
        )
        assert person.status_code == 201, person.text
        r = await gateway.get(
            f"/api/v1/persons/{person.json()['id']}/coverage",
            params={"date": "2022-09-01"},
            headers=bearer(keys["contractor"]),
        )
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == "UNKNOWN_QUERY_PARAMETER"
        assert [(e["field"], e["code"]) for e in problem["errors"]] == [
            ("query.date", "UNKNOWN_QUERY_PARAMETER")
        ]
        assert "takes on" in problem["detail"]  # and names the parameter it meant
        right = await gateway.get(
            f"/api/v1/persons/{person.json()['id']}/coverage",
            params={"on": "2022-09-01"},
            headers=bearer(keys["contractor"]),
        )
        assert right.status_code == 200, right.text

    async def test_a_list_with_its_paging_and_filters_and_one_guess(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        known = {"county_code": "330302", "limit": "5"}
        ok = await gateway.get("/api/v1/experts", params=known, headers=bearer(keys["contractor"]))
        assert ok.status_code == 200, ok.text
        r = await gateway.get(
            "/api/v1/experts",
            params={**known, "page": "2", "sort": "name"},
            headers=bearer(keys["contractor"]),
        )
        assert (r.status_code, r.json()["code"]) == (422, "UNKNOWN_QUERY_PARAMETER")
        assert [e["field"] for e in r.json()["errors"]] == ["query.page", "query.sort"]

    async def test_every_get_route_of_the_public_document_refuses_an_unknown_parameter(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        paths = [path for path, item in doc["paths"].items() if "get" in item]
        assert len(paths) > 30
        answers = {}
        for path in paths:
            r = await gateway.get(
                filled(path), params={"no_such_parameter": "1"}, headers=bearer(keys["admin"])
            )
            answers[path] = (r.status_code, r.json().get("code"), r.json().get("errors"))
        expected = (422, "UNKNOWN_QUERY_PARAMETER", [{"field": "query.no_such_parameter"}])
        wrong = {
            path: answer
            for path, answer in answers.items()
            if answer[:2] != expected[:2] or [{"field": e["field"]} for e in answer[2]] != expected[2]
        }
        assert wrong == {}

    async def test_readiness_scope_and_the_docs_still_answer(self, gateway: httpx.AsyncClient) -> None:
        assert (await gateway.get("/readyz", params={"scope": "self"})).status_code == 200
        assert (await gateway.get("/readyz", params={"scope": "everything"})).status_code == 422
        assert (await gateway.get("/docs", params={"v": "2"})).status_code == 200
        assert (await gateway.get("/openapi.json", params={"v": "2"})).status_code == 200


class TestMonths:
    async def test_fund_status_for_a_month_written_as_yyyy_mm(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        as_month = await gateway.get(
            "/api/v1/fund/status", params={"month": "2022-04"}, headers=bearer(keys["bureau"])
        )
        assert as_month.status_code == 200, as_month.text
        as_day = await gateway.get(
            "/api/v1/fund/status", params={"month": "2022-04-17"}, headers=bearer(keys["bureau"])
        )
        assert as_day.status_code == 200, as_day.text
        assert as_month.json()["month"] == as_day.json()["month"] == "2022-04-01"

    async def test_a_month_that_is_no_month_is_named(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        for month in ("2022-13", "04/2022", "2022"):
            r = await gateway.get(
                "/api/v1/fund/status", params={"month": month}, headers=bearer(keys["bureau"])
            )
            assert r.status_code == 422, r.text
            assert [(e["field"], e["code"]) for e in r.json()["errors"]] == [("query.month", "MONTH_INVALID")]
            assert "YYYY-MM" in r.json()["errors"][0]["message"]

    async def test_a_month_in_a_body_and_in_a_list_filter(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        checked = await gateway.post(
            "/api/v1/service-records:check",
            json={"county_code": "330302", "month": "2022-04"},
            headers=bearer(keys["contractor"]),
        )
        assert checked.status_code == 200, checked.text
        assert checked.json()["month"] == "2022-04-01"
        listed = await gateway.get(
            "/api/v1/service-records", params={"month": "2022-04"}, headers=bearer(keys["contractor"])
        )
        assert listed.status_code == 200, listed.text

    async def test_every_month_of_the_document_is_declared_as_yyyy_mm(
        self, gateway: httpx.AsyncClient
    ) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        months = list(_month_schemas(doc))
        assert len(months) >= 7  # four queries, three bodies
        month = {"pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "type": "string"}
        assert all(month.items() <= next(iter(s.get("anyOf", [s]))).items() for _, s in months), months


def _month_schemas(doc: dict[str, Any]) -> Any:
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "month":
                    yield f"{method} {path}", parameter["schema"]
    for name, schema in doc["components"]["schemas"].items():
        month = schema.get("properties", {}).get("month")
        if month is not None and name in ("CheckRequest", "RunCreate", "SampleRequest"):
            yield name, month


class TestValidationErrorsInOneShape:
    async def test_a_validators_message_comes_without_pydantics_prefix(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        r = await gateway.post(
            "/api/v1/api-clients", json={"name": "x", "role": "contractor"}, headers=bearer(keys["admin"])
        )
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == "VALIDATION_FAILED"
        assert all(set(e) == {"field", "code", "message"} for e in problem["errors"])
        assert not any(e["message"].startswith("Value error") for e in problem["errors"])
        assert "a contractor client needs at least one county code" in [
            e["message"] for e in problem["errors"]
        ]

    async def test_malformed_json_is_named_by_line_and_column(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        body = b'{\n  "name": "x",\n  "role": "admin"\n  "county_codes": []\n}'
        r = await gateway.post(
            "/api/v1/persons",
            content=body,
            headers={**bearer(keys["admin"]), "Content-Type": "application/json"},
        )
        assert r.status_code == 400, r.text
        problem = r.json()
        assert problem["code"] == "MALFORMED_JSON"
        assert problem["errors"] == [
            {
                "field": "body",
                "code": "MALFORMED_JSON",
                "message": "line 4, column 3: Expecting ',' delimiter",
            }
        ]
        assert "body.4" not in r.text

    async def test_a_domain_422_names_its_rule_in_the_same_list(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        r = await gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2031}, headers=bearer(keys["contractor"])
        )
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["errors"] == [
            {"field": "request", "code": problem["code"], "message": problem["detail"]}
        ]

    async def test_the_document_declares_every_422_with_its_errors(self, gateway: httpx.AsyncClient) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        refs = {
            f"{method} {path}": resolved(
                doc, operation["responses"]["422"]["content"]["application/problem+json"]["schema"]
            )
            for path, item in doc["paths"].items()
            if path.startswith("/api/")
            for method, operation in item.items()
            if "422" in operation.get("responses", {})
        }
        assert len(refs) > 50
        # the problem schema with the operation's codes as an enum (shared/openapi_codes.py)
        assert {r["allOf"][0]["$ref"] for r in refs.values()} == {"#/components/schemas/ValidationProblem"}
        shape = doc["components"]["schemas"]["ValidationProblem"]
        assert "errors" in shape["required"]
        field_error = doc["components"]["schemas"]["FieldError"]
        assert set(field_error["required"]) == {"field", "code", "message"}
