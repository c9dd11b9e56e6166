"""Unknown query parameters are refused, as unknown body fields are: a misspelt or guessed parameter
(``…/coverage?date=2022-09-01`` where the route takes another name) must not be answered as if it was not
there. One app-wide dependency compares the call's parameter names with the ones its matched route declares
(its own, its dependencies', a query model's fields) and answers 422 ``UNKNOWN_QUERY_PARAMETER`` naming each
unknown one and the names the route takes.

Routes outside the documented API (``include_in_schema=False``: the gateway's proxy routes, which pass the
query on to the service that checks it, and the docs pages) are left alone.

It runs on every request, so it costs nothing when there is no query string (the common case: one scope
lookup, no ``Request.url`` built) and the names a route takes are worked out once per route, when the app is
built (:func:`precompute`) or at the latest on the route's first call.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.routing import BaseRoute

from shared.errors import FieldError, Unprocessable

CODE = "UNKNOWN_QUERY_PARAMETER"
_ATTRIBUTE = "_ltc_query_parameters"


def _names(dependant: Dependant) -> set[str]:
    names: set[str] = set()
    for field in dependant.query_params:
        annotation: Any = field.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):  # a query-parameter model
            names.update(f.alias or name for name, f in annotation.model_fields.items())
        else:
            names.add(field.alias)
    for sub in dependant.dependencies:
        names |= _names(sub)
    return names


def declared_query_parameters(route: APIRoute) -> frozenset[str]:
    """The query parameter names the route takes (computed once per route)."""
    names: frozenset[str] | None = getattr(route, _ATTRIBUTE, None)
    if names is None:
        names = frozenset(_names(route.dependant))
        setattr(route, _ATTRIBUTE, names)
    return names


def precompute(routes: Iterable[BaseRoute]) -> None:
    """Work out the names every API route takes now, so that no request pays for it."""
    for route in routes:
        if isinstance(route, APIRoute):
            declared_query_parameters(route)


async def refuse_unknown_query_parameters(request: Request) -> None:
    """The app-wide dependency (``FastAPI(dependencies=[Depends(...)])``)."""
    scope = request.scope
    if not scope.get("query_string"):
        return
    route = scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return
    allowed = declared_query_parameters(route)
    unknown = [name for name in dict.fromkeys(request.query_params.keys()) if name not in allowed]
    if not unknown:
        return
    takes = f"this route takes {', '.join(sorted(allowed))}" if allowed else "this route takes none"
    raise Unprocessable(
        f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; {takes}",
        code=CODE,
        errors=[
            FieldError(field=f"query.{name}", code=CODE, message=f"unknown query parameter {name!r}; {takes}")
            for name in unknown
        ],
    )
