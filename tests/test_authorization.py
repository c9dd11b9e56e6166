"""Who may do what, named once: every route requires one capability, a role means the same in every
service, the admin administers the platform but changes no business data, and the README's table is the
one the routes declare."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from services import capabilities
from shared.permissions import REGISTRY, api_routes, route_capability
from shared.principal import Principal, Role, SignedPrincipalAuth, service_principal
from tests.conftest import TEST_SECRET, ClientFactory, bearer
from tests.support import unique_id_number

NOBODY = "00000000-0000-0000-0000-000000000000"
PRINCIPALS = {
    Role.ADMIN: Principal(client_id="authz-admin", name="admin", role=Role.ADMIN),
    Role.BUREAU: Principal(client_id="authz-bureau", name="bureau", role=Role.BUREAU),
    Role.CONTRACTOR: Principal(
        client_id="authz-contractor", name="contractor", role=Role.CONTRACTOR, county_codes=["330302"]
    ),
    Role.INSTITUTION: Principal(
        client_id="authz-institution", name="institution", role=Role.INSTITUTION, institution_id="AUTHZ-1"
    ),
    Role.SERVICE: service_principal("tests"),
}


def guarded_routes(app: FastAPI) -> list[tuple[str, str, str | None]]:
    """``(method, path, capability or None)`` of every route under ``/api/`` and ``/internal/`` (the gateway's
    pass-through to the services left out: what it passes is the services' routes)."""
    out: list[tuple[str, str, str | None]] = []
    for path, route in api_routes(app.routes):
        if not path.startswith(("/api/", "/internal/")) or route.endpoint.__name__ == "proxy":
            continue
        cap = route_capability(route)
        out.extend((method, path, cap.name if cap else None) for method in sorted(route.methods or ()))
    return out


def example_path(path: str) -> str:
    """The path with every parameter filled with a value of its type that names nothing stored."""
    values = {"year": "2031", "record_id": "1"}
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: values.get(m.group(1), NOBODY), path)


@pytest.fixture
def all_apps(service_apps: dict[str, FastAPI], gateway_app: FastAPI) -> dict[str, FastAPI]:
    return {"gateway": gateway_app, **service_apps}


class TestEveryRouteRequiresOneCapability:
    def test_every_route_of_every_app_names_its_capability(self, all_apps: dict[str, FastAPI]) -> None:
        routes = [(name, *r) for name, app in all_apps.items() for r in guarded_routes(app)]
        assert len(routes) > 80
        assert [r for r in routes if r[3] is None] == []

    def test_a_route_without_one_is_caught(self) -> None:
        app = FastAPI()

        @app.get("/api/v1/forgotten")
        async def forgotten() -> dict[str, str]:
            return {}

        assert guarded_routes(app) == [("GET", "/api/v1/forgotten", None)]

    async def test_the_merged_openapi_names_each_operations_capability_roles_and_403(
        self, gateway: httpx.AsyncClient
    ) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        operations = [
            (path, method, op)
            for path, item in doc["paths"].items()
            if path.startswith("/api/")
            for method, op in item.items()
        ]
        assert len(operations) > 80
        for path, method, op in operations:
            name = op.get("x-ltc-capability")
            assert name in REGISTRY, (method, path)
            assert op["x-ltc-roles"] == sorted(r.value for r in REGISTRY[name].roles), (method, path)
            assert "403" in op["responses"], (method, path)


class TestRolesMeanTheSameInEveryService:
    @pytest.mark.parametrize("service", ["enrollment", "assessment", "settlement"])
    async def test_a_role_without_the_capability_is_refused_and_one_with_it_is_let_in(
        self, service: str, service_apps: dict[str, FastAPI]
    ) -> None:
        wrong: list[str] = []
        for method, path, name in guarded_routes(service_apps[service]):
            assert name is not None
            for role, principal in PRINCIPALS.items():
                async with httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=service_apps[service]),
                    base_url="http://service.test",
                    auth=SignedPrincipalAuth(lambda: TEST_SECRET, principal),
                ) as client:
                    response = await client.request(method, example_path(path))
                refused = response.status_code == 403 and response.json().get("code") == "ROLE_NOT_ALLOWED"
                named = refused and response.json().get("capability") == name
                if path.startswith("/internal/") and response.status_code == 404:  # hidden from non-services
                    refused = named = True
                granted = role in REGISTRY[name].roles
                if granted == refused or (refused and not named):
                    wrong.append(f"{role.value} {method} {path}: {response.status_code} {response.text[:99]}")
                if response.status_code >= 500:
                    wrong.append(f"{role.value} {method} {path}: {response.status_code}")
        assert wrong == []

    async def test_the_gateways_own_routes_follow_the_same_rule(
        self, gateway_app: FastAPI, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        keys = {role: await make_api_key(role.value) for role in PRINCIPALS if role is not Role.SERVICE}
        wrong: list[str] = []
        for method, path, name in guarded_routes(gateway_app):
            assert name is not None
            for role, key in keys.items():
                response = await gateway.request(method, example_path(path), headers=bearer(key))
                refused = response.status_code == 403 and response.json().get("code") == "ROLE_NOT_ALLOWED"
                if (role in REGISTRY[name].roles) == refused:
                    wrong.append(f"{role.value} {method} {path}: {response.status_code}")
        assert wrong == []


class TestTheAdminAdministersThePlatformAndChangesNoBusinessData:
    async def test_the_admin_key_no_longer_admits_experts_nor_sets_the_calendar(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], service_apps: dict[str, FastAPI]
    ) -> None:
        expert = {
            "code": f"E-{uuid.uuid4().hex[:8]}",
            "name": "王医生",
            "profession": "doctor",
            "institution_id": "HOSP-1",
            "county_codes": ["330302"],
            "qualification_expires_on": "2030-12-31",
        }
        created = await gateway.post("/api/v1/experts", json=expert, headers=bearer(keys["admin"]))
        assert created.status_code == 403, created.text
        assert created.json()["code"] == "ROLE_NOT_ALLOWED"
        assert created.json()["capability"] == "assessment.experts.write"
        calendar = {"holidays": [{"date": "2031-01-01"}], "makeup_workdays": []}
        admin = bearer(keys["admin"])
        put = await gateway.put("/api/v1/working-calendars/2031", json=calendar, headers=admin)
        assert put.status_code == 403, put.text
        assert put.json()["capability"] == "assessment.calendar.write"
        unchanged = await gateway.get("/api/v1/working-calendars/2031", headers=bearer(keys["bureau"]))
        assert unchanged.status_code == 404

    async def test_the_admin_reads_in_every_service_as_the_bureau_does(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], service_apps: dict[str, FastAPI]
    ) -> None:
        for path in (
            "/api/v1/persons",
            "/api/v1/contribution-bills",
            "/api/v1/experts",
            "/api/v1/assessment-applications",
            "/api/v1/institutions",
            "/api/v1/fund/accounts?county_code=330302",
            "/api/v1/audit-events",
        ):
            for role in ("admin", "bureau"):
                response = await gateway.get(path, headers=bearer(keys[role]))
                assert response.status_code == 200, (role, path, response.text)

    async def test_whole_id_numbers_are_for_the_roles_that_administer_persons(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        number = unique_id_number()
        enrolled = await gateway.post(
            "/api/v1/persons",
            json={
                "id_number": number,
                "name": "张三",
                "category": "retiree",
                "county_code": "330302",
                "enrolled_on": "2022-01-01",
            },
            headers=bearer(keys["contractor"]),
        )
        assert enrolled.status_code == 201, enrolled.text
        path = f"/api/v1/persons/{enrolled.json()['id']}"
        shown = {
            role: (await gateway.get(path, headers=bearer(keys[role]))).json()["id_number"]
            for role in ("admin", "bureau", "contractor")
        }
        assert shown == {"admin": number[:4] + "*" * 10 + number[-4:], "bureau": number, "contractor": number}


class TestTheReadmeTable:
    def test_the_readme_shows_every_capability_as_the_routes_declare_it(
        self, all_apps: dict[str, FastAPI]
    ) -> None:
        readme = Path(capabilities.README).read_text()
        expected = capabilities.markdown(all_apps)
        assert capabilities.readme_section(readme) == expected, (
            "run `python -m services.capabilities --write` and commit the README"
        )
        assert set(REGISTRY) == {line.split("`")[1] for line in expected.splitlines()[2:]}
