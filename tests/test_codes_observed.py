"""Every operation of ``/openapi.json`` says per status which codes it answers, and what the suite sees
through the gateway is held to it (``tests/codes_observed.py``, run at the end of every session)."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest

from services.gateway.openapi import CODES_REFERENCE
from shared.codes import load
from shared.openapi_codes import problem_response
from tests.codes_observed import Seen, undeclared
from tests.conftest import bearer
from tests.support import resolved


@pytest.fixture
async def document(gateway: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await gateway.get("/openapi.json")).json())


def codes(document: dict[str, Any], method: str, path: str, status: int) -> list[str]:
    return list(document["paths"][path][method]["responses"][str(status)]["x-ltc-codes"])


class TestTheDocumentNamesEachOperationsCodes:
    async def test_a_route_lists_the_codes_its_service_code_raises(self, document: dict[str, Any]) -> None:
        assert {"PERSON_EXISTS", "PERSON_EXISTS_ELSEWHERE"} <= set(
            codes(document, "post", "/api/v1/persons", 409)
        )
        assert {"ID_NUMBER_CHECKSUM", "EMPLOYER_UNKNOWN", "VALIDATION_FAILED"} <= set(
            codes(document, "post", "/api/v1/persons", 422)
        )
        assert codes(document, "get", "/api/v1/persons/{person_id}", 404) == ["PERSON_NOT_FOUND"]

    async def test_a_route_does_not_list_another_routes_codes(self, document: dict[str, Any]) -> None:
        assert "PERSON_EXISTS" not in str(
            document["paths"]["/api/v1/persons/{person_id}"]["get"]["responses"]
        )
        assert codes(document, "get", "/api/v1/enrollment-imports/{job_id}", 404) == ["IMPORT_NOT_FOUND"]
        assert "IMPORT_EMPTY" in codes(document, "post", "/api/v1/enrollment-imports", 422)

    async def test_the_gateways_codes_are_on_every_operation(self, document: dict[str, Any]) -> None:
        assert set(codes(document, "get", "/api/v1/counties", 401)) >= {"UNAUTHENTICATED", "API_KEY_INVALID"}
        assert set(codes(document, "get", "/api/v1/counties", 429)) == {"RATE_LIMITED", "TOO_MANY_BAD_KEYS"}
        busy = {"UPSTREAM_UNAVAILABLE", "DATABASE_BUSY"}  # the service's pool, or the service itself
        assert set(codes(document, "get", "/api/v1/counties", 503)) == busy
        # the gateway's own route asks no upstream: only its own database may be busy
        assert codes(document, "get", "/api/v1/api-clients", 503) == ["DATABASE_BUSY"]

    async def test_each_status_is_problem_json_with_the_code_enum_and_meanings(
        self, document: dict[str, Any]
    ) -> None:
        response = document["paths"]["/api/v1/persons/{person_id}"]["get"]["responses"]["404"]
        schema = resolved(document, response["content"]["application/problem+json"]["schema"])
        assert schema["allOf"][0] == {"$ref": "#/components/schemas/Problem"}
        assert schema["allOf"][1]["properties"]["code"] == {"type": "string", "enum": ["PERSON_NOT_FOUND"]}
        assert "`PERSON_NOT_FOUND`: no insured person" in response["description"]

    async def test_a_family_of_codes_is_spelled_out_as_its_members(self, document: dict[str, Any]) -> None:
        """``APPLICATION_IS_*`` is one enum of every status's code (``FAMILY_MEMBERS``), so that a client
        generator types the code as one enum (issue 18); the response still names the family."""
        path = "/api/v1/assessment-applications/{application_id}:serve"
        response = document["paths"][path]["post"]["responses"]["409"]
        code = resolved(document, response["content"]["application/problem+json"]["schema"])["allOf"][1][
            "properties"
        ]["code"]
        assert code["type"] == "string"
        assert {"APPLICATION_IS_SUBMITTED", "APPLICATION_IS_SERVED"} <= set(code["enum"])
        assert "APPLICATION_IS_*" in response["x-ltc-codes"]

    def test_a_family_without_its_members_listed_stays_a_pattern(self) -> None:
        catalogue = load()
        schema = problem_response(409, {"CONFLICT", "SOMETHING_IS_*"}, catalogue)
        code = schema["content"]["application/problem+json"]["schema"]["allOf"][1]["properties"]["code"]
        assert code == {
            "anyOf": [
                {"type": "string", "enum": ["CONFLICT"]},
                {"type": "string", "pattern": "^SOMETHING_IS_[A-Z0-9_]+$"},
            ]
        }

    async def test_the_description_points_at_the_code_reference(self, document: dict[str, Any]) -> None:
        assert CODES_REFERENCE in document["info"]["description"]
        assert "docs/codes.md" in document["info"]["description"]

    async def test_an_answer_fits_its_operations_enum(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], document: dict[str, Any]
    ) -> None:
        r = await gateway.get(
            "/api/v1/persons/0190e3b4-0000-7000-8000-000000000000", headers=bearer(keys["contractor"])
        )
        assert r.status_code == 404
        assert r.json()["code"] in codes(document, "get", "/api/v1/persons/{person_id}", 404)


class TestWhatTheSuiteSeesIsHeldToTheDocument:
    DOC: ClassVar[dict[str, Any]] = {
        "paths": {
            "/api/v1/persons/{person_id}": {
                "get": {"responses": {"404": {"x-ltc-codes": ["PERSON_NOT_FOUND"]}}}
            },
            "/api/v1/persons:lookup": {"get": {"responses": {"404": {"x-ltc-codes": ["PERSON_NOT_FOUND"]}}}},
            "/api/v1/assessment-applications/{id}/acceptance": {
                "post": {"responses": {"409": {"x-ltc-codes": ["APPLICATION_IS_*"]}}}
            },
        }
    }

    def test_a_declared_code_passes(self) -> None:
        seen = [
            Seen("GET", "/api/v1/persons/abc", 404, "PERSON_NOT_FOUND", "t"),
            Seen("POST", "/api/v1/assessment-applications/1/acceptance", 409, "APPLICATION_IS_SCORED", "t"),
            Seen("GET", "/api/v1/unknown", 404, "NOT_FOUND", "t"),  # no operation: nothing declared
        ]
        assert undeclared(seen, self.DOC) == []

    def test_an_undeclared_code_fails_naming_the_operation_the_test_and_where_to_declare(self) -> None:
        seen = [Seen("GET", "/api/v1/persons/abc", 404, "BILL_NOT_FOUND", "tests/x.py::test_y")]
        [line] = undeclared(seen, self.DOC)
        assert line.startswith(
            "GET /api/v1/persons/{person_id} answered 404 BILL_NOT_FOUND (in tests/x.py::test_y)"
        )
        assert 'add "GET /api/v1/persons/{person_id}": ("BILL_NOT_FOUND",) to ROUTE_CODES in ' in line
        assert "services/enrollment/codes.py" in line

    def test_the_most_literal_template_is_the_operation(self) -> None:
        seen = [Seen("GET", "/api/v1/persons:lookup", 422, "ID_NUMBER_CHECKSUM", "t")]
        [line] = undeclared(seen, self.DOC)
        assert line.startswith("GET /api/v1/persons:lookup answered 422")

    def test_a_code_with_another_status_is_named_as_such(self) -> None:
        seen = [Seen("GET", "/api/v1/persons/abc", 422, "PERSON_NOT_FOUND", "t")]
        [line] = undeclared(seen, self.DOC)
        assert "catalogued as 404" in line
