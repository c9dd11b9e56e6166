"""The catalogue of service items (S003 §二(六) "统一全市长期护理保险护理服务项目和服务标准"), through the
gateway: the bureau drafts a version and publishes it; a published version is frozen and in force from its
date until the next; item codes have the national code's shape (医保办函〔2025〕28号: 17 characters,
upper-case letters and digits); everyone who claims or pays by it reads it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer

BATHING = "T1000000000000001"
NURSING = "T1000000000000002"


def item(code: str, **values: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": code,
        "name": "协助沐浴",
        "item_class": "生活照料",
        "personal_care": True,
        "care_modes": ["home_visit"],
        "min_minutes": 30,
        "max_per_month": 8,
        "source": "温州市长期护理保险服务项目（测试）",
        "unconfirmed_fields": ["min_minutes", "max_per_month"],
    }
    body.update(values)
    return body


class Catalogues:
    def __init__(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        self.gateway = gateway
        self.keys = keys

    async def call(self, method: str, path: str, expect: int, role: str = "bureau", **kwargs: Any) -> Any:
        response = await self.gateway.request(method, path, headers=bearer(self.keys[role]), **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json() if response.content else None

    async def draft(self, version: str, effective_from: str, items: list[dict[str, Any]]) -> Any:
        body = {"version": version, "effective_from": effective_from, "source": "test", "items": items}
        return await self.call("POST", "/api/v1/service-item-catalogues", 201, json=body)

    async def publish(self, version: str, expect: int = 200) -> Any:
        return await self.call("POST", f"/api/v1/service-item-catalogues/{version}:publish", expect)

    async def in_force(self, on: str) -> list[str]:
        page = await self.call("GET", f"/api/v1/service-item-catalogues?on={on}", 200, role="institution")
        return [c["version"] for c in page["items"]]


@pytest.fixture
async def catalogues(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> Catalogues:
    roles = ("bureau", "contractor", "institution", "finance", "civil_affairs")
    return Catalogues(gateway, {role: await make_api_key(role) for role in roles})


class TestVersions:
    async def test_a_published_version_is_in_force_from_its_date_until_the_next(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-2090", "2090-01-01", [item(BATHING)])
        await catalogues.draft("ITEMS-2090H2", "2090-07-01", [item(BATHING), item(NURSING, name="压疮护理")])
        assert await catalogues.in_force("2090-03-01") == []  # drafts are in force nowhere
        await catalogues.publish("ITEMS-2090")
        await catalogues.publish("ITEMS-2090H2")
        assert await catalogues.in_force("2089-12-31") == []
        assert await catalogues.in_force("2090-01-01") == ["ITEMS-2090"]
        assert await catalogues.in_force("2090-06-30") == ["ITEMS-2090"]
        assert await catalogues.in_force("2090-07-01") == ["ITEMS-2090H2"]

    async def test_every_value_is_flagged_confirmed_or_not_with_its_source(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-FLAGS", "2091-01-01", [item(BATHING)])
        version = await catalogues.call(
            "GET", "/api/v1/service-item-catalogues/ITEMS-FLAGS", 200, role="institution"
        )
        [bathing] = version["items"]
        assert (version["status"], version["item_count"], bathing["source"]) == (
            "draft",
            1,
            "温州市长期护理保险服务项目（测试）",
        )
        assert bathing["unconfirmed_fields"] == ["min_minutes", "max_per_month"]
        assert bathing["caregiver_categories"] is None  # not restricted

    async def test_a_draft_is_edited_item_by_item_and_a_published_version_is_frozen(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-EDIT", "2092-01-01", [])
        path = f"/api/v1/service-item-catalogues/ITEMS-EDIT/items/{NURSING}"
        body = item(NURSING, name="压疮护理", item_class="医疗护理", caregiver_categories=["licensed_nurse"])
        body.pop("code")
        await catalogues.call("PUT", path, 200, json=body)
        await catalogues.call("PUT", path, 200, json={**body, "min_minutes": 40})
        assert (await catalogues.call("GET", path, 200, role="contractor"))["min_minutes"] == 40
        await catalogues.call(
            "PUT", f"/api/v1/service-item-catalogues/ITEMS-EDIT/items/{BATHING}", 200, json=body
        )
        await catalogues.call("DELETE", f"/api/v1/service-item-catalogues/ITEMS-EDIT/items/{BATHING}", 204)
        await catalogues.publish("ITEMS-EDIT")
        refused = await catalogues.gateway.put(path, json=body, headers=bearer(catalogues.keys["bureau"]))
        assert (refused.status_code, refused.json()["code"]) == (409, "ITEM_CATALOGUE_PUBLISHED")
        gone = await catalogues.gateway.delete(path, headers=bearer(catalogues.keys["bureau"]))
        assert (gone.status_code, gone.json()["code"]) == (409, "ITEM_CATALOGUE_PUBLISHED")

    async def test_an_empty_version_or_a_second_one_on_the_same_day_is_not_published(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-EMPTY", "2093-01-01", [])
        empty = await catalogues.publish("ITEMS-EMPTY", expect=422)
        assert empty["code"] == "ITEM_CATALOGUE_EMPTY"
        await catalogues.draft("ITEMS-A", "2093-01-01", [item(BATHING)])
        await catalogues.draft("ITEMS-B", "2093-01-01", [item(BATHING)])
        await catalogues.publish("ITEMS-A")
        clash = await catalogues.publish("ITEMS-B", expect=409)
        assert (clash["code"], clash["version"]) == ("ITEM_CATALOGUE_DATE_TAKEN", "ITEMS-A")
        again = await catalogues.publish("ITEMS-A", expect=409)
        assert again["code"] == "ITEM_CATALOGUE_PUBLISHED"

    async def test_unknown_versions_and_items_are_404(self, catalogues: Catalogues) -> None:
        missing = await catalogues.call(
            "GET", "/api/v1/service-item-catalogues/NOPE", 404, role="institution"
        )
        assert missing["code"] == "ITEM_CATALOGUE_NOT_FOUND"
        await catalogues.draft("ITEMS-404", "2094-01-01", [item(BATHING)])
        no_item = await catalogues.call(
            "GET", f"/api/v1/service-item-catalogues/ITEMS-404/items/{NURSING}", 404
        )
        assert no_item["code"] == "SERVICE_ITEM_NOT_FOUND"


class TestItemCodes:
    @pytest.mark.parametrize(
        "code",
        [
            "T100000000000001",  # 16 characters
            "T10000000000000001",  # 18
            "t1000000000000001",  # lower case
            "T10000000000000-1",  # not a letter or digit
            "LT0101",  # the opaque codes records carried so far
        ],
    )
    async def test_a_code_without_the_national_shape_is_refused(
        self, catalogues: Catalogues, code: str
    ) -> None:
        body = {"version": "ITEMS-BAD", "effective_from": "2095-01-01", "source": "t", "items": [item(code)]}
        refused = await catalogues.call("POST", "/api/v1/service-item-catalogues", 422, json=body)
        assert [e["field"] for e in refused["errors"]] == ["body.items.0.code"]

    async def test_an_item_names_a_known_mode_and_caregiver_category_once(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-SHAPE", "2096-01-01", [])
        path = f"/api/v1/service-item-catalogues/ITEMS-SHAPE/items/{BATHING}"
        body = item(BATHING)
        body.pop("code")
        wrongs: list[dict[str, Any]] = [
            {"care_modes": []},
            {"care_modes": ["home_visit", "home_visit"]},
            {"care_modes": ["teleportation"]},
            {"caregiver_categories": ["astronaut"]},
            {"min_minutes": -1},
            {"unconfirmed_fields": ["price"]},
        ]
        for wrong in wrongs:
            await catalogues.call("PUT", path, 422, json={**body, **wrong})
        await catalogues.call(
            "PUT", "/api/v1/service-item-catalogues/ITEMS-SHAPE/items/lower0000000000ab", 422, json=body
        )


class TestWhoMay:
    async def test_institutions_and_agencies_read_and_only_the_bureau_writes(
        self, catalogues: Catalogues
    ) -> None:
        await catalogues.draft("ITEMS-ROLES", "2097-01-01", [item(BATHING)])
        for role in ("contractor", "institution", "finance"):
            await catalogues.call("GET", "/api/v1/service-item-catalogues/ITEMS-ROLES", 200, role=role)
        refused = await catalogues.call("GET", "/api/v1/service-item-catalogues", 403, role="civil_affairs")
        assert refused["code"] == "ROLE_NOT_ALLOWED"
        for role in ("contractor", "institution"):
            denied = await catalogues.call(
                "POST", "/api/v1/service-item-catalogues/ITEMS-ROLES:publish", 403, role=role
            )
            assert denied["capability"] == "settlement.service_items.write"


class TestServiceTimeOnTheRules:
    async def test_monthly_minutes_and_the_personal_care_share_are_part_of_a_rule_set(
        self, catalogues: Catalogues
    ) -> None:
        body = {
            "version": "TIME-2098",
            "effective_from": "2098-01-01",
            "source": "test",
            "family_personal_care_max_bp": 6000,
            "unconfirmed_fields": ["family_personal_care_max_bp"],
            "rules": [
                {"level": 5, "care_mode": "home_visit", "fund_share_bp": 8000, "monthly_minutes": 1800}
            ],
        }
        created = await catalogues.call("POST", "/api/v1/benefit-rules", 201, json=body)
        assert created["rules"][0]["monthly_minutes"] == 1800
        assert created["family_personal_care_max_bp"] == 6000
        assert "family_personal_care_max_bp" in created["unconfirmed_fields"]
        later = {**body, "version": "TIME-2099", "effective_from": "2099-01-01", "unconfirmed_fields": []}
        del later["family_personal_care_max_bp"]
        carried = await catalogues.call("POST", "/api/v1/benefit-rules", 201, json=later)
        assert carried["family_personal_care_max_bp"] == 6000  # left out: as before, still unconfirmed
        assert "family_personal_care_max_bp" in carried["unconfirmed_fields"]
