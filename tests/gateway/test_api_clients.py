"""Admins manage API clients: the key is shown once, stored only as a digest, rotated with grace, revoked."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import ApiKey
from tests.conftest import bearer


async def create(gateway: httpx.AsyncClient, admin_key: str, **body: object) -> httpx.Response:
    return await gateway.post("/api/v1/api-clients", json=body, headers=bearer(admin_key))


class TestCreatingClients:
    async def test_a_contractor_client_works_at_once_and_sees_its_scope(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        response = await create(
            gateway, keys["admin"], name="平安养老 温州", role="contractor", county_codes=["330381", "330302"]
        )
        assert response.status_code == 201
        issued = response.json()
        assert issued["client"]["county_codes"] == ["330302", "330381"]
        assert issued["key"].startswith("ltc_")
        assert issued["client"]["active_key_prefixes"] == [issued["key_prefix"]]
        counties = await gateway.get("/api/v1/counties", headers=bearer(issued["key"]))
        assert counties.status_code == 200

    async def test_only_the_digest_of_a_key_is_stored(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession
    ) -> None:
        issued = (await create(gateway, keys["admin"], name="bureau-2", role="bureau")).json()
        stored = (await session.scalars(select(ApiKey).where(ApiKey.prefix == issued["key_prefix"]))).one()
        assert stored.digest != issued["key"].encode()
        dump = await session.scalar(text("SELECT string_agg(t::text, ' ') FROM gateway.api_keys t"))
        assert issued["key"] not in (dump or "")
        listed = await gateway.get(
            f"/api/v1/api-clients/{issued['client']['id']}", headers=bearer(keys["admin"])
        )
        assert "key" not in listed.json()

    @pytest.mark.parametrize("role", ["bureau", "contractor", "institution"])
    async def test_only_admins_manage_clients(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], role: str
    ) -> None:
        response = await create(gateway, keys[role], name="sneaky", role="admin")
        assert response.status_code == 403
        assert response.json()["code"] == "ROLE_NOT_ALLOWED"
        listing = await gateway.get("/api/v1/api-clients", headers=bearer(keys[role]))
        assert listing.status_code == 403

    @pytest.mark.parametrize(
        "body",
        [
            {"name": "c", "role": "contractor"},
            {"name": "c", "role": "institution"},
            {"name": "c", "role": "bureau", "county_codes": ["330302"]},
            {"name": "c", "role": "admin", "institution_id": "X"},
            {"name": "c", "role": "superuser"},
            {"name": "c", "role": "contractor", "county_codes": ["3303"]},
            {"name": "", "role": "admin"},
        ],
    )
    async def test_a_scope_that_does_not_fit_the_role_is_422(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], body: dict[str, object]
    ) -> None:
        response = await create(gateway, keys["admin"], **body)
        assert response.status_code == 422
        problem = response.json()
        assert problem["code"] == "VALIDATION_FAILED"
        assert problem["errors"]

    async def test_an_unknown_county_is_named(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        response = await create(gateway, keys["admin"], name="c", role="contractor", county_codes=["330399"])
        assert response.status_code == 422
        assert response.json()["code"] == "COUNTY_UNKNOWN"
        assert response.json()["errors"][0]["message"].startswith("330399")

    async def test_a_second_client_with_the_same_name_is_409(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        first = await create(gateway, keys["admin"], name="dup", role="bureau")
        second = await create(gateway, keys["admin"], name="dup", role="bureau")
        assert second.status_code == 409
        assert second.json()["code"] == "CLIENT_NAME_TAKEN"
        assert second.json()["existing_id"] == first.json()["client"]["id"]

    async def test_the_list_is_paginated(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        for i in range(5):
            await create(gateway, keys["admin"], name=f"page-{i}", role="bureau")
        seen: list[str] = []
        cursor = None
        while True:
            params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
            page = (
                await gateway.get("/api/v1/api-clients", params=params, headers=bearer(keys["admin"]))
            ).json()
            seen.extend(c["name"] for c in page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert seen == sorted(seen)
        assert {f"page-{i}" for i in range(5)} <= set(seen)
        assert len(seen) == len(set(seen))


class TestRotationAndRevocation:
    async def test_rotation_keeps_the_old_key_for_the_grace_period(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        issued = (await create(gateway, keys["admin"], name="rot", role="bureau")).json()
        client_id = issued["client"]["id"]
        rotated = await gateway.post(
            f"/api/v1/api-clients/{client_id}/rotate",
            json={"grace_seconds": 3600},
            headers=bearer(keys["admin"]),
        )
        assert rotated.status_code == 200
        new = rotated.json()
        assert new["key"] != issued["key"]
        assert new["previous_keys_valid_until"] is not None
        for key in (issued["key"], new["key"]):
            assert (await gateway.get("/api/v1/counties", headers=bearer(key))).status_code == 200

    async def test_rotation_without_grace_stops_the_old_key_now(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        issued = (await create(gateway, keys["admin"], name="rot0", role="bureau")).json()
        assert (await gateway.get("/api/v1/counties", headers=bearer(issued["key"]))).status_code == 200
        rotated = await gateway.post(
            f"/api/v1/api-clients/{issued['client']['id']}/rotate",
            json={"grace_seconds": 0},
            headers=bearer(keys["admin"]),
        )
        old = await gateway.get("/api/v1/counties", headers=bearer(issued["key"]))
        assert old.status_code == 401
        assert old.json()["code"] == "API_KEY_INVALID"
        assert (
            await gateway.get("/api/v1/counties", headers=bearer(rotated.json()["key"]))
        ).status_code == 200

    async def test_revocation_stops_every_key_at_once(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        issued = (await create(gateway, keys["admin"], name="gone", role="bureau")).json()
        client_id = issued["client"]["id"]
        await gateway.post(f"/api/v1/api-clients/{client_id}/rotate", headers=bearer(keys["admin"]))
        revoked = await gateway.post(f"/api/v1/api-clients/{client_id}/revoke", headers=bearer(keys["admin"]))
        assert revoked.status_code == 200
        assert revoked.json()["revoked_at"] is not None
        assert revoked.json()["active_key_prefixes"] == []
        assert (await gateway.get("/api/v1/counties", headers=bearer(issued["key"]))).status_code == 401
        again = await gateway.post(f"/api/v1/api-clients/{client_id}/revoke", headers=bearer(keys["admin"]))
        assert again.status_code == 200
        rotate = await gateway.post(f"/api/v1/api-clients/{client_id}/rotate", headers=bearer(keys["admin"]))
        assert rotate.status_code == 409
        assert rotate.json()["code"] == "CLIENT_REVOKED"

    async def test_an_unknown_client_is_404(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        missing = "00000000-0000-0000-0000-000000000000"
        response = await gateway.post(f"/api/v1/api-clients/{missing}/revoke", headers=bearer(keys["admin"]))
        assert response.status_code == 404
        assert response.json()["code"] == "CLIENT_NOT_FOUND"
