"""At the edge, nothing a client sends makes the platform answer 500, and no answer leaks an internal URL:
bodies on any method, bodies over the limit, trailing slashes."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from services.gateway.upstream import SERVICES
from shared.principal import Principal, Role, signed_headers
from tests.conftest import TEST_SECRET, bearer, in_process
from tests.gateway.conftest import client_of

BODY = b'{"note": "a body where none is expected"}'


async def public_operations(gateway: httpx.AsyncClient) -> list[tuple[str, str]]:
    """(method, path) of every public operation in the merged document, path parameters filled in."""
    doc = (await gateway.get("/openapi.json")).json()
    assert "x-unavailable-services" not in doc["info"]
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, item in doc["paths"].items()
        if path.startswith("/api/")
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    ]


class TestBodiesOnEveryMethod:
    @pytest.mark.parametrize("method", ["GET", "DELETE"])
    async def test_a_body_on_a_get_or_delete_reaches_the_service_as_sent(
        self, gateway_app: FastAPI, service_apps: dict[str, FastAPI], keys: dict[str, str], method: str
    ) -> None:
        seen: list[tuple[dict[str, str], bytes]] = []
        enrollment = service_apps["enrollment"]

        async def spy(scope, receive, send):  # type: ignore[no-untyped-def]
            messages = [await receive()]
            while messages[-1].get("more_body"):
                messages.append(await receive())
            body = b"".join(m.get("body", b"") for m in messages)
            seen.append(({k.decode(): v.decode() for k, v in scope["headers"]}, body))

            async def replay():  # type: ignore[no-untyped-def]
                return messages.pop(0) if messages else await receive()

            await enrollment(scope, replay, send)

        gateway_app.state.upstreams.transport = in_process(
            httpx.AsyncClient(mounts={"all://enrollment.test": httpx.ASGITransport(app=spy)})
        )
        async with client_of(gateway_app) as client:
            response = await client.request(
                method,
                "/api/v1/counties/330302",
                content=BODY,
                headers={**bearer(keys["admin"]), "content-type": "application/json"},
            )
        assert response.status_code < 500
        [(headers, body)] = seen
        assert body == BODY
        assert headers["content-length"] == str(len(BODY))

    async def test_a_get_with_a_body_is_answered_over_real_http(
        self, gateway_to_live_enrollment: FastAPI, keys: dict[str, str]
    ) -> None:
        async with client_of(gateway_to_live_enrollment) as client:
            response = await client.request(
                "GET",
                "/api/v1/counties",
                content=BODY,
                headers={**bearer(keys["bureau"]), "content-type": "application/json"},
            )
        assert response.status_code == 200
        assert len(response.json()["items"]) == 13

    async def test_no_get_or_delete_route_answers_5xx_to_a_body(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        operations = [op for op in await public_operations(gateway) if op[0] in ("GET", "DELETE")]
        assert len(operations) > 28
        failures = []
        for method, path in operations:
            response = await gateway.request(
                method,
                path,
                content=BODY,
                headers={**bearer(keys["admin"]), "content-type": "application/json"},
            )
            if response.status_code >= 500:
                failures.append((method, path, response.status_code, response.text[:200]))
        assert failures == []


class TestTooLarge:
    def assert_problem_413(self, response: httpx.Response) -> None:
        assert response.status_code == 413
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "PAYLOAD_TOO_LARGE"
        assert body["request_id"] == response.headers["x-request-id"]

    async def test_an_over_limit_content_length_is_a_problem_with_a_request_id(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], settings: Any
    ) -> None:
        too_big = b"x" * (settings.max_body_bytes + 1)
        response = await gateway.post(
            "/api/v1/persons",
            content=too_big,
            headers={**bearer(keys["contractor"]), "content-type": "application/json"},
        )
        self.assert_problem_413(response)

    async def test_an_over_limit_chunked_body_is_the_same_problem(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], settings: Any
    ) -> None:
        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(settings.max_body_bytes // 65536 + 2):
                yield b"x" * 65536

        response = await gateway.post(
            "/api/v1/persons",
            content=chunks(),
            headers={**bearer(keys["contractor"]), "content-type": "application/json"},
        )
        self.assert_problem_413(response)

    async def test_a_service_answers_an_over_limit_length_the_same_way(
        self, service_apps: dict[str, FastAPI], settings: Any
    ) -> None:
        too_big = b"x" * (settings.max_body_bytes + 1)
        headers = signed_headers(
            TEST_SECRET,
            Principal(client_id="c", name="c", role=Role.CONTRACTOR, county_codes=["330302"]),
            "POST",
            "/api/v1/persons",
            "",
            body=too_big,
        )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=service_apps["enrollment"]), base_url="http://e.test"
        ) as client:
            response = await client.post(
                "/api/v1/persons", content=too_big, headers={**headers, "content-type": "application/json"}
            )
        self.assert_problem_413(response)


class TestNoRedirectLeaks:
    async def test_no_route_redirects_a_trailing_slash(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        operations = await public_operations(gateway)
        checked = set()
        leaks = []
        for method, path in operations:
            if (method, path) in checked:
                continue
            checked.add((method, path))
            response = await gateway.request(method, path + "/", headers=bearer(keys["admin"]))
            if 300 <= response.status_code < 400 or "location" in response.headers:
                leaks.append((method, path, response.status_code, response.headers.get("location")))
            else:
                assert response.status_code == 404, (method, path)
                assert response.json()["code"] == "NOT_FOUND"
        assert leaks == []
        assert len(checked) > 80

    @pytest.mark.parametrize("service", SERVICES)
    async def test_no_service_redirects_a_trailing_slash_either(
        self, service_apps: dict[str, FastAPI], service: str
    ) -> None:
        app = service_apps[service]
        admin = Principal(client_id="a", name="a", role=Role.ADMIN)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url=f"http://{service}.test"
        ) as client:
            paths = [p for p in (await client.get("/openapi.json")).json()["paths"] if p.startswith("/api/")]
            assert paths
            for path in paths:
                target = re.sub(r"\{[^}]+\}", "1", path) + "/"
                headers = signed_headers(TEST_SECRET, admin, "GET", target, "")
                response = await client.get(target, headers=headers)
                assert response.status_code == 404, target
                assert "location" not in response.headers, target
