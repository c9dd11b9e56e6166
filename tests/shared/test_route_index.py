"""The path check in front of each included router answers "no" only where FastAPI's own matching would:
every route of every app (the gateway's included) is matched by the same entry, with the same outcome and
path parameters, as without it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import _IncludedRouter
from starlette.routing import Match

from services.assessment.app import create_app as create_assessment
from services.enrollment.app import create_app as create_enrollment
from services.gateway.app import create_app as create_gateway
from services.settlement.app import create_app as create_settlement
from shared.permissions import api_routes
from shared.settings import Settings

APPS = {
    "enrollment": create_enrollment,
    "assessment": create_assessment,
    "settlement": create_settlement,
    "gateway": create_gateway,
}
_PARAMETER = re.compile(r"\{(\w+)(:\w+)?\}")
_SAMPLES = {"int": "2024", "path": "a/b", "uuid": "01a24e55-d5ed-7860-bbd2-79a3261ddc56"}


def _example(path_format: str) -> str:
    return _PARAMETER.sub(lambda m: _SAMPLES.get((m.group(2) or ":")[1:], "330302"), path_format)


def _scope(method: str, path: str) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": "", "query_string": b""}


def _outcomes(app: FastAPI, scope: dict[str, Any], *, indexed: bool) -> list[tuple[Match, dict[str, Any]]]:
    found = []
    for route in app.router.routes:
        if isinstance(route, _IncludedRouter) and not indexed:
            match, child = _IncludedRouter.matches(route, dict(scope))
        else:
            match, child = route.matches(dict(scope))
        found.append((match, child.get("path_params", {})))
    return found


@pytest.mark.parametrize("service", sorted(APPS))
def test_every_route_is_matched_as_without_the_index(service: str, settings: Settings) -> None:
    app = APPS[service](settings)
    indexed = [r for r in app.router.routes if isinstance(r, _IncludedRouter) and "matches" in vars(r)]
    assert indexed, "the service's routers have the path check"
    paths = {_example(path) for path, _ in api_routes(app.routes)}
    paths |= {"/", "/nothing", "/api/v1/nothing", "/api/v1/", "/healthz/", "/docs-assets/x.css"}
    checked = 0
    for path in sorted(paths):
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            scope = _scope(method, path)
            assert _outcomes(app, scope, indexed=True) == _outcomes(app, scope, indexed=False), (method, path)
            checked += 1
    assert checked > 50


def test_the_selected_route_is_not_matched_twice(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry's handler gets the route its entry matched; another path or method is matched afresh."""
    calls: list[str] = []
    selecting = _IncludedRouter._match

    def counted(self: _IncludedRouter, scope: dict[str, Any]) -> Any:
        calls.append(scope["path"])
        return selecting(self, scope)

    monkeypatch.setattr(_IncludedRouter, "_match", counted)
    app = create_enrollment(settings)  # its entries wrap the counted selection
    path = "/api/v1/persons/01a24e55-d5ed-7860-bbd2-79a3261ddc56/coverage"
    scope = _scope("GET", path)
    entry = next(
        r for r in app.router.routes if isinstance(r, _IncludedRouter) and r.matches(scope)[0] == Match.FULL
    )
    first = entry._match(scope)
    assert first[0] == Match.FULL
    assert first[1]["path_params"] == {"person_id": path.split("/")[4]}
    assert calls == [path]  # asked by matches, then by the handler: matched once
    other = _scope("GET", "/api/v1/persons")
    entry.matches(other)
    other["path"] = "/api/v1/persons/01a24e55-d5ed-7860-bbd2-79a3261ddc56"
    entry._match(other)
    assert calls == [path, "/api/v1/persons", other["path"]]
