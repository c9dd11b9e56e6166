"""Idempotency-Key: the same request twice has one effect and one answer; a reused key with another body
is refused; two concurrent attempts with one key run the work once."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.requests import Request

from services.gateway.models import ApiClient, idempotency_records
from shared.idempotency import IdempotentRequest
from shared.principal import Principal, Role
from tests.conftest import ClientFactory, bearer


async def post_client(
    gateway: httpx.AsyncClient, key: str, idempotency_key: str, **body: object
) -> httpx.Response:
    return await gateway.post(
        "/api/v1/api-clients", json=body, headers={**bearer(key), "Idempotency-Key": idempotency_key}
    )


class TestThroughTheGateway:
    async def test_a_retry_replays_the_first_answer_without_a_second_client(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession
    ) -> None:
        first = await post_client(gateway, keys["admin"], "k-1", name="retry-me", role="bureau")
        again = await post_client(gateway, keys["admin"], "k-1", role="bureau", name="retry-me")
        assert first.status_code == again.status_code == 201
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json()["client"]["id"] == first.json()["client"]["id"]
        assert first.json()["key"] is not None
        assert again.json()["key"] is None, "the key is never stored, so a replay cannot show it"
        count = await session.scalar(
            select(func.count()).select_from(ApiClient).where(ApiClient.name == "retry-me")
        )
        assert count == 1

    async def test_the_same_key_with_another_body_is_409(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        await post_client(gateway, keys["admin"], "k-2", name="one", role="bureau")
        other = await post_client(gateway, keys["admin"], "k-2", name="two", role="bureau")
        assert other.status_code == 409
        assert other.json()["code"] == "IDEMPOTENCY_KEY_REUSED"
        assert "different body" in other.json()["detail"]

    async def test_keys_belong_to_the_client_that_sent_them(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        other_admin = await make_api_key("admin")
        a = await post_client(gateway, keys["admin"], "shared-key", name="from-a", role="bureau")
        b = await post_client(gateway, other_admin, "shared-key", name="from-b", role="bureau")
        assert a.status_code == b.status_code == 201
        assert a.json()["client"]["id"] != b.json()["client"]["id"]

    async def test_a_refused_request_is_not_remembered(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        bad = await post_client(
            gateway, keys["admin"], "k-3", name="c", role="contractor", county_codes=["330399"]
        )
        assert bad.status_code == 422
        retry = await post_client(
            gateway, keys["admin"], "k-3", name="c", role="contractor", county_codes=["330399"]
        )
        assert retry.status_code == 422
        assert "idempotent-replayed" not in retry.headers

    async def test_an_unusable_key_is_422(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        response = await post_client(gateway, keys["admin"], "x" * 201, name="c", role="bureau")
        assert response.status_code == 422
        assert response.json()["code"] == "IDEMPOTENCY_KEY_INVALID"


def fake_request(body: dict[str, object], key: str) -> Request:
    raw = json.dumps(body).encode()

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": raw, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/v1/things",
        "raw_path": b"/api/v1/things",
        "query_string": b"",
        "headers": [(b"idempotency-key", key.encode()), (b"content-type", b"application/json")],
    }
    return Request(scope, receive)


async def test_two_concurrent_attempts_with_one_key_do_the_work_once(autocommit_engine: AsyncEngine) -> None:
    sessions = async_sessionmaker(autocommit_engine, expire_on_commit=False)
    principal = Principal(
        client_id=f"race-{uuid.uuid4()}", name="race", role=Role.CONTRACTOR, county_codes=["330302"]
    )
    runs: list[int] = []

    async def attempt() -> tuple[int, dict[str, object], str | None]:
        async with sessions() as session:
            request = IdempotentRequest(
                session, principal, fake_request({"n": 1}, "same"), idempotency_records
            )

            async def work() -> dict[str, object]:
                runs.append(1)
                await asyncio.sleep(0.2)
                return {"made": len(runs)}

            response = await request.respond(work, status_code=201)
            await session.commit()
            return (
                response.status_code,
                json.loads(bytes(response.body)),
                response.headers.get("idempotent-replayed"),
            )

    first, second = await asyncio.gather(attempt(), attempt())
    assert runs == [1]
    assert first[:2] == second[:2] == (201, {"made": 1})
    assert sorted([first[2] or "", second[2] or ""]) == ["", "true"]
