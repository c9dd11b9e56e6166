"""Every public call needs a working API key; every service call needs the gateway's signature."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from fastapi import FastAPI

from services.gateway.api_clients.service import KeyHolder
from services.gateway.auth import KeyAuthenticator
from shared.principal import Principal, Role, signed_headers
from tests.conftest import TEST_SECRET, ClientFactory, bearer, in_process
from tests.gateway.conftest import client_of


class TestApiKeys:
    async def test_no_key_is_401_problem_with_a_bearer_challenge(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.get("/api/v1/counties")
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"].startswith("Bearer")
        body = response.json()
        assert body["code"] == "UNAUTHENTICATED"
        assert body["status"] == 401
        assert body["type"].startswith("urn:ltc:problem:")

    @pytest.mark.parametrize(
        "header",
        ["Basic dXNlcjpwYXNz", "Bearer ", "Bearer not-a-key", "Bearer ltc_000000000000_nonsense"],
    )
    async def test_a_bad_or_unknown_key_is_401(self, gateway: httpx.AsyncClient, header: str) -> None:
        response = await gateway.get("/api/v1/counties", headers={"Authorization": header})
        assert response.status_code == 401
        assert response.json()["code"] in {"UNAUTHENTICATED", "API_KEY_INVALID"}

    async def test_a_key_with_a_changed_secret_part_is_refused(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        key = await make_api_key("bureau")
        forged = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")
        response = await gateway.get("/api/v1/counties", headers=bearer(forged))
        assert response.status_code == 401
        assert response.json()["code"] == "API_KEY_INVALID"

    async def test_unknown_paths_also_ask_for_a_key_first(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.get("/api/v1/no-such-thing")
        assert response.status_code == 401

    async def test_calls_that_arrive_together_with_a_key_not_yet_cached_ask_the_database_once(
        self, committed_gateway: FastAPI, committed_keys: dict[str, str]
    ) -> None:
        key = committed_keys["bureau"]
        authenticator: KeyAuthenticator = committed_gateway.state.authenticator
        lookups: list[str] = []
        real = authenticator._authenticate

        async def counted(presented: str) -> tuple[KeyHolder | None, int]:
            lookups.append(presented)
            return await real(presented)

        authenticator._authenticate = counted  # type: ignore[method-assign,assignment]
        async with client_of(committed_gateway) as gateway:
            answers = await asyncio.gather(
                *(gateway.get("/api/v1/counties", headers=bearer(key)) for _ in range(8))
            )
        assert [a.status_code for a in answers] == [200] * 8
        assert lookups == [key]

    async def test_an_authenticated_unknown_path_is_404_problem(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        response = await gateway.get("/api/v1/no-such-thing", headers=bearer(keys["admin"]))
        assert response.status_code == 404
        assert response.json()["code"] == "NOT_FOUND"


class TestServicesTrustOnlyTheGateway:
    @pytest.fixture
    def enrollment(self, service_apps: dict[str, FastAPI]) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=service_apps["enrollment"]), base_url="http://enrollment.test"
        )

    async def test_an_unsigned_call_is_401(self, enrollment: httpx.AsyncClient) -> None:
        response = await enrollment.get("/api/v1/counties")
        assert response.status_code == 401
        assert response.json()["code"] == "SIGNATURE_MISSING"

    async def test_a_stale_signature_is_401(self, enrollment: httpx.AsyncClient) -> None:
        principal = Principal(client_id="x", name="x", role=Role.BUREAU)
        headers = signed_headers(TEST_SECRET, principal, "GET", "/api/v1/counties", "", now=time.time() - 120)
        response = await enrollment.get("/api/v1/counties", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "SIGNATURE_EXPIRED"

    async def test_a_signature_made_with_another_secret_is_401(self, enrollment: httpx.AsyncClient) -> None:
        principal = Principal(client_id="x", name="x", role=Role.ADMIN)
        headers = signed_headers("guessed", principal, "GET", "/api/v1/counties", "")
        response = await enrollment.get("/api/v1/counties", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "SIGNATURE_INVALID"

    async def test_a_correct_signature_is_served(self, enrollment: httpx.AsyncClient) -> None:
        principal = Principal(client_id="x", name="x", role=Role.BUREAU)
        headers = signed_headers(TEST_SECRET, principal, "GET", "/api/v1/counties", "")
        response = await enrollment.get("/api/v1/counties", headers=headers)
        assert response.status_code == 200

    async def test_the_event_feed_is_for_services_only(self, enrollment: httpx.AsyncClient) -> None:
        principal = Principal(client_id="x", name="x", role=Role.ADMIN)
        headers = signed_headers(TEST_SECRET, principal, "GET", "/internal/events", "")
        response = await enrollment.get("/internal/events", headers=headers)
        assert response.status_code == 404

    async def test_health_endpoints_need_no_signature(self, enrollment: httpx.AsyncClient) -> None:
        assert (await enrollment.get("/healthz")).status_code == 200
        assert (await enrollment.get("/readyz")).json() == {"status": "ready"}

    async def test_a_key_sent_to_the_gateway_never_reaches_a_service(
        self, gateway_app: FastAPI, service_apps: dict[str, FastAPI], keys: dict[str, str]
    ) -> None:
        seen: list[dict[str, str]] = []
        enrollment = service_apps["enrollment"]

        async def spy(scope, receive, send):  # type: ignore[no-untyped-def]
            if scope["type"] == "http":
                seen.append({k.decode(): v.decode() for k, v in scope["headers"]})
            await enrollment(scope, receive, send)

        gateway_app.state.upstreams.transport = in_process(
            httpx.AsyncClient(mounts={"all://enrollment.test": httpx.ASGITransport(app=spy)})
        )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=gateway_app), base_url="http://gateway.test"
        ) as client:
            response = await client.get(
                "/api/v1/counties", headers={**bearer(keys["bureau"]), "X-Request-ID": "trace-me-123"}
            )
        assert response.status_code == 200
        [headers] = seen
        assert "authorization" not in headers
        assert headers["x-ltc-signature"]
        assert headers["x-request-id"] == response.headers["x-request-id"]


class TestSignedTargets:
    """The gateway signs the target exactly as sent; anything it could not pass on verbatim is refused."""

    @pytest.mark.parametrize(
        "query",
        [{"q": "鹿城区"}, {"q": 'a"b c'}, {"q": "50%", "r": "x&y=z"}, {"county_code": ["330302", "330381"]}],
    )
    async def test_encoded_queries_pass_through_and_verify(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], query: dict[str, str | list[str]]
    ) -> None:
        response = await gateway.get(
            "/api/v1/contribution-policies", params=query, headers=bearer(keys["bureau"])
        )
        # verified (not 401), and the service read the names as sent: its refusal names each of them once
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "UNKNOWN_QUERY_PARAMETER"
        assert [e["field"] for e in response.json()["errors"]] == [f"query.{name}" for name in query]

    @pytest.mark.parametrize(
        "path", ["/api/v1/counties%2F330302", "/api/v1/counties/330302%3Fx", "/api/v1/counties/%2e%2e/x"]
    )
    async def test_encoded_separators_are_refused(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], path: str
    ) -> None:
        response = await gateway.get(path, headers=bearer(keys["bureau"]))
        assert response.status_code == 400
        assert response.json()["code"] == "PATH_NOT_CANONICAL"

    @pytest.mark.parametrize("path", ["/api/v1/a/../b", "/api/v1/./a", "/api//v1/a"])
    def test_dot_segments_and_empty_segments_are_not_canonical(self, path: str) -> None:
        from services.gateway.upstream import non_canonical

        assert non_canonical(path, "") is not None
        assert non_canonical("/api/v1/counties/330302", "q=%E9%B9%BF") is None

    async def test_a_path_prefix_does_not_open_the_internal_feed(
        self, service_apps: dict[str, FastAPI]
    ) -> None:
        app = service_apps["enrollment"]
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, root_path="/enrollment"), base_url="http://e.test"
        ) as client:
            feed = await client.get("/enrollment/internal/events")
            api = await client.get("/enrollment/api/v1/counties")
            health = await client.get("/enrollment/healthz")
        assert feed.status_code == 401
        assert api.status_code == 401
        assert health.status_code == 200

    async def test_any_other_path_is_closed_by_default(self, service_apps: dict[str, FastAPI]) -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=service_apps["settlement"]), base_url="http://s.test"
        ) as client:
            assert (await client.get("/something-new")).status_code == 401
