"""What the merged document must say for the fuzz to hold the API to it: every error a route can answer is
declared, as problem+json with the Problem schema (a 422 with ValidationProblem: its `errors` required; a
declaration without a schema checks nothing), and every upload declares the files it takes, raw and as a
form."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from shared.errors import PROBLEM_CONTENT_TYPE
from tests.support import resolved

METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
async def document(gateway: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await gateway.get("/openapi.json")).json())


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, item[method])
        for path, item in document["paths"].items()
        if path.startswith("/api/")
        for method in METHODS
        if method in item
    ]


async def test_every_route_declares_the_refusal_of_a_role(document: dict[str, Any]) -> None:
    missing = [f"{m} {path}" for m, path, op in operations(document) if "403" not in op["responses"]]
    assert not missing


def _problem_schema_with_codes(status: str, schema: dict[str, Any]) -> bool:
    """The Problem schema (ValidationProblem for a 422: ``errors`` always there) with its ``code`` narrowed
    to the codes of this operation and status."""
    parts = schema.get("allOf", [])
    base = "ValidationProblem" if status == "422" else "Problem"
    return (
        len(parts) == 2
        and parts[0] == {"$ref": f"#/components/schemas/{base}"}
        and bool(parts[1]["properties"]["code"])
    )


async def test_every_declared_error_is_problem_json_with_its_schema_and_codes(
    document: dict[str, Any],
) -> None:
    wrong = [
        f"{method} {path} {status}"
        for method, path, op in operations(document)
        for status, response in op["responses"].items()
        if int(status) >= 400
        and not _problem_schema_with_codes(
            status,
            resolved(document, response.get("content", {}).get(PROBLEM_CONTENT_TYPE, {}).get("schema", {})),
        )
    ]
    assert not wrong


async def test_every_upload_declares_its_files_and_refuses_other_media_types(
    document: dict[str, Any],
) -> None:
    uploads = [
        (m, p, op)
        for m, p, op in operations(document)
        if m == "POST" and (p.endswith("-imports") or p.endswith(":import"))
    ]
    assert {p for _, p, _ in uploads} == {
        "/api/v1/enrollment-imports",
        "/api/v1/payment-imports",
        "/api/v1/service-record-imports",
        "/api/v1/level-imports",
        "/api/v1/opening-balance-imports",
        "/api/v1/survey-imports",
        "/api/v1/training-result-imports",
        "/api/v1/experts:import",
    }
    for _, path, op in uploads:
        raw = {"text/csv"} if path.endswith(":import") else {"text/csv", "application/x-ndjson"}
        content = op.get("requestBody", {}).get("content", {})
        assert set(content) == {*raw, "multipart/form-data"}, path
        assert content["multipart/form-data"]["schema"]["required"] == ["file"], path
        assert "415" in op["responses"], path


async def test_every_file_upload_declares_its_types_and_refuses_others_and_oversized_ones(
    document: dict[str, Any],
) -> None:
    """Photos and documents of supervision: JPEG, PNG, PDF (or untyped: the bytes decide), raw or a form."""
    uploads = [(m, p, op) for m, p, op in operations(document) if m == "POST" and (p.endswith("files"))]
    assert {p for _, p, _ in uploads} == {
        "/api/v1/inspections/{inspection_id}/files",
        "/api/v1/cases/{case_id}/evidence-files",
        "/api/v1/cases/{case_id}/statement-files",
    }
    for _, path, op in uploads:
        content = op.get("requestBody", {}).get("content", {})
        assert set(content) == {
            "image/jpeg",
            "image/png",
            "application/pdf",
            "application/octet-stream",
            "multipart/form-data",
        }, path
        assert content["multipart/form-data"]["schema"]["required"] == ["file"], path
        assert {"413", "415"} <= set(op["responses"]), path


async def test_the_operations_endpoints_are_documented_as_open(gateway: httpx.AsyncClient) -> None:
    doc = (await gateway.get("/openapi.json")).json()
    open_paths = [path for path in doc["paths"] if not path.startswith("/api/")]
    assert "/readyz" in open_paths
    for path in open_paths:
        for operation in doc["paths"][path].values():
            assert operation["security"] == [], path
    assert "security" not in doc["paths"]["/api/v1/counties"]["get"]
