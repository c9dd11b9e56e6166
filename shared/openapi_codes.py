"""Each operation's problem responses in the OpenAPI document: by status, the codes it can answer.

A route's codes are derived, not listed by hand: the problem codes used in its endpoint, its dependencies
and every function they call (``shared/codescan.py``), the codes the framework answers for any route of its
kind (a body can be malformed JSON, a capability can be lacked, a write can hit a database rule), and what a
catalogue module adds in ``ROUTE_CODES`` for a path the scan cannot follow. Every status is documented
with ``application/problem+json``, the Problem schema and the ``code`` enum, and lists each code's meaning.

``tests/test_codes_observed.py`` keeps this honest: every (operation, status, code) the test suite sees
through the gateway must be documented here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from shared.codes import Catalogue, load
from shared.codescan import route_codes
from shared.errors import PROBLEM_CONTENT_TYPE
from shared.permissions import api_routes, route_capability

PROBLEM_REF = "#/components/schemas/Problem"
VALIDATION_PROBLEM_REF = "#/components/schemas/ValidationProblem"
StatusCodes = dict[int, set[str]]

# What any operation of a service may answer, whatever it does.
ANY_OPERATION: Mapping[int, tuple[str, ...]] = {
    401: ("SIGNATURE_MISSING", "SIGNATURE_INVALID", "SIGNATURE_EXPIRED", "SIGNATURE_REPLAYED"),
    422: (
        "INVALID_VALUE",
        "UNKNOWN_QUERY_PARAMETER",
    ),  # every route refuses a query parameter it does not take
    500: ("INTERNAL_ERROR",),
}
WITH_INPUT: Mapping[int, tuple[str, ...]] = {422: ("VALIDATION_FAILED",)}  # parameters or a body
WITH_BODY: Mapping[int, tuple[str, ...]] = {
    400: ("MALFORMED_JSON", "BAD_REQUEST"),  # BAD_REQUEST: a body the framework cannot parse at all
    401: ("BODY_DIGEST_MISMATCH",),
    413: ("PAYLOAD_TOO_LARGE",),
}
WRITES: Mapping[int, tuple[str, ...]] = {  # the database's backstops (shared/errors.py)
    409: ("ALREADY_EXISTS", "CONFLICT"),
    422: ("REFERENCE_NOT_FOUND", "CONSTRAINT_VIOLATED"),
}
WITH_CAPABILITY: Mapping[int, tuple[str, ...]] = {403: ("ROLE_NOT_ALLOWED",)}


def _function_name(call: Any) -> str | None:
    """``module.qualname``, as the scan names functions."""
    target = getattr(call, "__func__", call)
    module = getattr(target, "__module__", None)
    qualname = getattr(target, "__qualname__", None)
    if not module or not qualname:
        target = type(call)  # a callable instance
        module, qualname = target.__module__, target.__qualname__ + ".__call__"
    return f"{module}.{qualname}"


def _dependants(dependant: Dependant) -> Iterator[Dependant]:
    stack = [dependant]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.dependencies)


def route_functions(route: APIRoute) -> list[str]:
    names = [_function_name(route.endpoint)]
    names += [_function_name(d.call) for d in _dependants(route.dependant) if d.call is not None]
    return sorted({n for n in names if n})


def _add(out: StatusCodes, table: Mapping[int, Iterable[str]]) -> None:
    for status, codes in table.items():
        out.setdefault(status, set()).update(codes)


def operation_codes(
    route: APIRoute, method: str, path: str, catalogue: Catalogue | None = None
) -> StatusCodes:
    """``{status: {code}}`` the operation ``method path`` of ``route`` can answer."""
    catalogue = catalogue or load()
    out: StatusCodes = {}
    for status, code in route_codes(route_functions(route)):
        out.setdefault(status, set()).add(code)
    _add(out, ANY_OPERATION)
    flat = list(_dependants(route.dependant))
    if route.body_field is not None or any(d.query_params or d.path_params or d.header_params for d in flat):
        _add(out, WITH_INPUT)
    if route.body_field is not None or method not in ("GET", "DELETE"):
        _add(out, WITH_BODY)
    if method != "GET":
        _add(out, WRITES)
    if route_capability(route) is not None:
        _add(out, WITH_CAPABILITY)
    for code in catalogue.declared_for(f"{method} {path}"):
        declared = catalogue.status_of(code)
        if declared is not None:
            out.setdefault(declared, set()).add(code)
    return out


def _code_schema(codes: Iterable[str], catalogue: Catalogue) -> dict[str, Any]:
    """The ``code`` property: one string enum, a family (``APPLICATION_IS_*``) spelled out from its members
    (``Catalogue.families``) so that a generator types it as one enum; a family with no members listed
    stays a pattern beside the enum."""
    exact: set[str] = set()
    families: list[str] = []
    for code in codes:
        if not code.endswith("*"):
            exact.add(code)
        elif code in catalogue.families:
            exact.update(catalogue.families[code])
        else:
            families.append(code[:-1])
    options: list[dict[str, Any]] = [{"type": "string", "enum": sorted(exact)}] if exact else []
    options += [
        {"type": "string", "pattern": f"^{re.escape(prefix)}[A-Z0-9_]+$"} for prefix in sorted(families)
    ]
    return options[0] if len(options) == 1 else {"anyOf": options}


def problem_response(status: int, codes: Iterable[str], catalogue: Catalogue) -> dict[str, Any]:
    """One status's response: the Problem schema (ValidationProblem for a 422) with its ``code`` narrowed,
    and each code explained."""
    codes = sorted(set(codes))
    lines = []
    for code in codes:
        entry = catalogue.entries.get(("problem", code))
        meaning = entry.meaning if entry is not None else "see docs/codes.md"
        lines.append(f"- `{code}`: {meaning}")
    base = VALIDATION_PROBLEM_REF if status == 422 else PROBLEM_REF  # a 422 always lists its errors
    schema = {
        "allOf": [{"$ref": base}, {"type": "object", "properties": {"code": _code_schema(codes, catalogue)}}]
    }
    return {
        "description": "\n".join(lines),
        "content": {PROBLEM_CONTENT_TYPE: {"schema": schema}},
        "x-ltc-codes": codes,
    }


def set_problem_responses(operation: dict[str, Any], codes: StatusCodes, catalogue: Catalogue) -> None:
    """Replace the operation's error responses (4xx/5xx) with one per status it can answer."""
    responses: dict[str, Any] = operation.setdefault("responses", {})
    for key in [k for k in responses if k[:1] in ("4", "5")]:
        del responses[key]
    for status in sorted(codes):
        if codes[status]:
            responses[str(status)] = problem_response(status, codes[status], catalogue)
    operation["responses"] = dict(sorted(responses.items()))


def add_route_codes(document: dict[str, Any], app: FastAPI) -> dict[str, Any]:
    """Every API operation of ``app`` in ``document`` with its problem responses."""
    catalogue = load()
    paths: dict[str, Any] = document.get("paths", {})
    for path, route in api_routes(app.routes):
        if not route.include_in_schema or path not in paths:
            continue
        for method in sorted(route.methods or ()):
            operation = paths[path].get(method.lower())
            if isinstance(operation, dict):
                set_problem_responses(operation, operation_codes(route, method, path, catalogue), catalogue)
    return document


def install(app: FastAPI) -> None:
    """The app's ``/openapi.json`` carries its operations' problem codes (built once; FastAPI caches it)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                servers=app.servers,
            )
            app.openapi_schema = add_route_codes(document, app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
