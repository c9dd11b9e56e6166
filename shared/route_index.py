"""A path check in front of each included router, so a request is not matched against routes that cannot
take its path.

FastAPI (0.165) keeps each ``include_router`` as one entry of the app's routes and matches a request by
asking every entry in turn; an entry asks every route of its router, setting and restoring per-route state in
the scope each time (and the router that matches does it all again to select the route). A call to the
fifth router of a service paid for thirty-odd routes before its own: route matching was the largest single
part of the framework's cost per request (issue 13). Here each entry first tries one regular expression made
of all its routes' paths: no match, no route of it can match (FastAPI's routes, Starlette's and mounts all
start by matching the path), and the entry answers "no" at once; a match goes through FastAPI's own matching
unchanged, so which route answers, 405s and path parameters are exactly as before.

The expression is remade whenever the router's routes change (FastAPI's own version counter); an entry with
a route whose path is not a plain regular expression (a ``Host`` route) is left as it is.

The entry that matches then selects its route by matching all over again (FastAPI asks the entry whether it
matches, then the entry's handler asks its routes once more): about a twentieth of a read's CPU (issue 13).
The first answer is kept in the request's scope, marked with the entry, the path and the method, and the
second asking gets it; any other asking (another entry, another path) matches afresh.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from fastapi.routing import _IncludedRouter
from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match
from starlette.types import Scope

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _paths_of(included: _IncludedRouter) -> re.Pattern[str] | None:
    """One expression matching every path a route of ``included`` takes, or None when one cannot be made."""
    patterns: list[str] = []
    for context in included.effective_route_contexts():
        regex = context.path_regex
        if regex is None and context.starlette_route is not None:
            regex = getattr(context.starlette_route, "path_regex", None)
        if not isinstance(regex, re.Pattern):
            return None
        patterns.append(_NAMED_GROUP.sub("(?:", regex.pattern))
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _prefiltered(included: _IncludedRouter) -> Callable[[Scope], tuple[Match, Scope]]:
    matches = included.matches
    router = included.original_router
    known: dict[str, Any] = {"version": None, "paths": None}

    def prefiltered_matches(scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http":
            version = router._get_routes_version()
            if version != known["version"]:
                known["paths"], known["version"] = _paths_of(included), version
            paths: re.Pattern[str] | None = known["paths"]
            if paths is not None and paths.match(get_route_path(scope)) is None:
                return Match.NONE, {}
        return matches(scope)

    return prefiltered_matches


_SELECTED = "ltc.route_index.selected"


def _remembered(included: _IncludedRouter) -> Callable[[Scope], Any]:
    select = included._match

    def remembered_select(scope: Scope) -> Any:
        if scope["type"] != "http":
            return select(scope)
        asked = (get_route_path(scope), scope["method"])
        held = scope.pop(_SELECTED, None)
        if held is not None and held[0] is included and held[1] == asked:
            return held[2]
        selected = select(scope)
        scope[_SELECTED] = (included, asked, selected)
        return selected

    return remembered_select


def install(routes: Iterable[BaseRoute]) -> None:
    """Put the path check in front of every included router among an app's ``routes``, and let each keep
    the route it selected for the second asking."""
    for route in routes:
        if isinstance(route, _IncludedRouter) and "matches" not in vars(route):
            route.matches = _prefiltered(route)  # type: ignore[method-assign,assignment]
            route._match = _remembered(route)  # type: ignore[method-assign,assignment]
