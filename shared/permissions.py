"""Who may do what: capabilities, each granted to a set of roles once, checked by one dependency.

A domain declares its capabilities in its own ``auth.py`` and its routes take them as the principal::

    _records_read = capability("settlement.records.read", "service records and import jobs",
                               Role.ADMIN, Role.BUREAU, Role.CONTRACTOR, Role.INSTITUTION)
    RecordsRead = Annotated[Principal, require(_records_read)]

    async def list_records(session: SessionDep, principal: RecordsRead) -> ...

A caller whose role lacks the capability gets 403 ``ROLE_NOT_ALLOWED`` naming it. :func:`annotate_routes`
writes each route's capability and roles into its OpenAPI operation (``x-ltc-capability``,
``x-ltc-roles``), so who may call what is read from the routes themselves.

The roles mean the same in every service: ``bureau`` governs the fund (policy data, approvals, fiscal
money; reads everything), ``contractor`` operates it in its counties, ``institution`` submits and reads its
own records, ``admin`` administers the platform (API clients, audit) and reads what the bureau reads but
makes no business change (separation of duties), ``service`` is another service of the platform. The
city's other departments (``finance``, ``civil_affairs``, ``health``, ``human_resources``, ``tax``, ``audit``,
``disabled_persons_federation``, ``insurance_regulator``) and the third-party ``evaluator`` read what their
duty needs, city-wide, and change nothing (``shared.principal.READ_ONLY_ROLES``).

Object scope is not a capability: a contractor's counties and an institution's own objects are checked by
the service on the object (``Principal.sees_county``), and out of scope answers 404 as if unknown.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.routing import BaseRoute

from shared.errors import Forbidden
from shared.principal import Principal, Role, get_principal

__all__ = [
    "REGISTRY",
    "Capability",
    "Role",
    "annotate_routes",
    "api_routes",
    "capability",
    "require",
    "route_capability",
]


@dataclass(frozen=True)
class Capability:
    """Something a caller may do, named ``<service>.<domain>.<action>``, and the roles it is granted to."""

    name: str
    description: str
    roles: frozenset[Role]
    within: tuple[str, ...] = ()

    def allows(self, principal: Principal) -> bool:
        return principal.role in self.roles

    def check(self, principal: Principal) -> None:
        """403 ``ROLE_NOT_ALLOWED`` naming the capability unless the caller's role has it."""
        if not self.allows(principal):
            raise Forbidden(
                f"role {principal.role.value} lacks the capability {self.name} ({self.description}); "
                f"granted to: {', '.join(sorted(r.value for r in self.roles))}",
                code="ROLE_NOT_ALLOWED",
                capability=self.name,
            )


REGISTRY: dict[str, Capability] = {}
_DEPENDENCIES: dict[Callable[..., Any], Capability] = {}


def capability(name: str, description: str, *roles: Role, within: tuple[str, ...] = ()) -> Capability:
    """Declare a capability once (a second declaration of one name is a programming error). ``within``
    names the routes that decide it inside (a detail of their answer), for one that no route requires."""
    if name in REGISTRY:
        raise ValueError(f"capability {name} is declared twice")
    if not roles:
        raise ValueError(f"capability {name} is granted to no role")
    declared = Capability(name, description, frozenset(roles), within)
    REGISTRY[name] = declared
    return declared


def require(
    needed: Capability, principal_dependency: Callable[..., Awaitable[Principal]] = get_principal
) -> Any:
    """``Depends(...)`` that answers the principal if its role has ``needed`` (403 otherwise).

    ``principal_dependency`` says where the principal comes from: the signed header in the services, the
    API key in the gateway."""

    dependency: Callable[..., Awaitable[Principal]]
    if principal_dependency is get_principal:
        # The signed principal is read here directly rather than through a sub-dependency: one dependency
        # less for FastAPI to resolve on every call of every route (the same check, the same answer).
        async def signed(request: Request) -> Principal:
            principal = await get_principal(request)
            needed.check(principal)
            return principal

        dependency = signed
    else:

        async def given(principal: Principal = Depends(principal_dependency)) -> Principal:  # noqa: B008
            needed.check(principal)
            return principal

        dependency = given

    dependency.__name__ = "require_" + needed.name.replace(".", "_")
    _DEPENDENCIES[dependency] = needed
    return Depends(dependency)


def _capabilities_of(route: APIRoute) -> list[Capability]:
    found: list[Capability] = []
    stack = [route.dependant]
    while stack:
        dependant = stack.pop()
        if dependant.call is not None and dependant.call in _DEPENDENCIES:
            cap = _DEPENDENCIES[dependant.call]
            if cap not in found:
                found.append(cap)
        stack.extend(dependant.dependencies)
    return found


def route_capability(route: APIRoute) -> Capability | None:
    """The capability a route requires (None: it requires none). Two on one route is refused."""
    found = _capabilities_of(route)
    if len(found) > 1:
        names = [c.name for c in found]
        raise RuntimeError(f"{route.path} requires {names}; a route has one capability")
    return found[0] if found else None


def api_routes(routes: Iterable[BaseRoute]) -> Iterator[tuple[str, APIRoute]]:
    """Every API route of an app or router with its full path (included routers looked into)."""
    for context in iter_route_contexts(list(routes)):
        route = context.original_route
        if isinstance(route, APIRoute):
            yield context.path or route.path, route


def annotate_routes(routes: Iterable[BaseRoute]) -> None:
    """Write each route's capability into its OpenAPI operation, with the 403 it may answer.

    Called on a router's routes before the router is included in an app (an included router copies its
    routes' OpenAPI details when it is first read)."""
    for _, route in api_routes(routes):
        cap = route_capability(route)
        if cap is None:
            continue
        extra = {
            **(route.openapi_extra or {}),
            "x-ltc-capability": cap.name,
            "x-ltc-roles": sorted(r.value for r in cap.roles),
        }
        extra["responses"] = {
            "403": {
                "description": f"the caller's role lacks {cap.name} (`ROLE_NOT_ALLOWED`)",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
            },
            **extra.get("responses", {}),
        }
        route.openapi_extra = extra
