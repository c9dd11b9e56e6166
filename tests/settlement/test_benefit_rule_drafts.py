"""A draft benefit rule set is for dry runs and projections (测算) only: nothing is checked or settled with it
until the bureau publishes it; then it is in force from its date like any version."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from tests.conftest import bearer
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import World, visit

MAY = dt.date(2025, 5, 1)


def rule_set(version: str, effective_from: str, fund_share_bp: int, **body: Any) -> dict[str, Any]:
    return {
        "version": version,
        "effective_from": effective_from,
        "source": "测算方案",
        "rules": [
            {
                "level": 5,
                "care_mode": "home_visit",
                "monthly_cap_fen": 298_000,
                "fund_share_bp": fund_share_bp,
            }
        ],
        **body,
    }


class Bureau:
    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        response = await self.gateway.request(method, path, headers=self.headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()


@pytest.fixture
def bureau(gateway: httpx.AsyncClient, keys: dict[str, str]) -> Bureau:
    return Bureau(gateway, keys["bureau"])


class TestADraft:
    async def test_is_not_in_force_until_published_then_is_from_its_date(
        self, world: World, bureau: Bureau
    ) -> None:
        draft = await bureau.call(
            "POST",
            "/api/v1/benefit-rules",
            201,
            json=rule_set("WZ-2026-D", "2026-01-01", 5000, status="draft"),
        )
        assert (draft["status"], draft["published_at"]) == ("draft", None)
        in_force = await bureau.call("GET", "/api/v1/benefit-rules", 200, params={"on": "2026-06-01"})
        assert [v["version"] for v in in_force["items"]] == ["WZ-2022-reported"]
        listed = await bureau.call("GET", "/api/v1/benefit-rules", 200)
        assert {v["version"]: v["status"] for v in listed["items"]}["WZ-2026-D"] == "draft"

        published = await bureau.call("POST", "/api/v1/benefit-rules/WZ-2026-D/publish", 200)
        assert published["status"] == "published"
        assert published["published_at"] is not None
        in_force = await bureau.call("GET", "/api/v1/benefit-rules", 200, params={"on": "2026-06-01"})
        assert [v["version"] for v in in_force["items"]] == ["WZ-2026-D"]
        again = await bureau.call("POST", "/api/v1/benefit-rules/WZ-2026-D/publish", 409)
        assert again["code"] == "RULE_SET_ALREADY_PUBLISHED"

    async def test_two_drafts_may_start_on_one_date_but_one_published_version_per_date(
        self, bureau: Bureau
    ) -> None:
        for version in ("WZ-2027-A", "WZ-2027-B"):
            await bureau.call(
                "POST",
                "/api/v1/benefit-rules",
                201,
                json=rule_set(version, "2027-01-01", 7000, status="draft"),
            )
        await bureau.call("POST", "/api/v1/benefit-rules/WZ-2027-A/publish", 200)
        taken = await bureau.call("POST", "/api/v1/benefit-rules/WZ-2027-B/publish", 409)
        assert taken["code"] == "RULE_SET_DATE_TAKEN"
        published_twice = await bureau.call(
            "POST", "/api/v1/benefit-rules", 409, json=rule_set("WZ-2027-C", "2027-01-01", 7000)
        )
        assert published_twice["code"] == "RULE_SET_DATE_TAKEN"
        unknown = await bureau.call("POST", "/api/v1/benefit-rules/NOPE/publish", 404)
        assert unknown["code"] == "RULE_SET_NOT_FOUND"

    async def test_without_a_status_a_version_is_published_as_before(self, bureau: Bureau) -> None:
        created = await bureau.call(
            "POST", "/api/v1/benefit-rules", 201, json=rule_set("WZ-2028", "2028-01-01", 8000)
        )
        assert created["status"] == "published"

    async def test_a_month_is_checked_and_settled_with_the_published_rules_not_a_draft(
        self, world: World, feeds: Feeds, bureau: Bureau
    ) -> None:
        """A draft from 2025-01-01 paying 50 % with no quality deposit changes nothing of May's settlement:
        the published rules (80 %, 5 % deposit) pay it."""
        await bureau.call(
            "POST",
            "/api/v1/benefit-rules",
            201,
            json=rule_set("WZ-2025-D", "2025-01-01", 5000, status="draft", quality_deposit_bp=0),
        )
        inst = await world.institution()
        person = await feeds.beneficiary(year=2025)
        await world.submit(inst, visit(person, day=dt.date(2025, 5, 12), amount=10_000))
        run = await world.settle(LUCHENG, MAY)
        assert (run.fund_payable_fen, run.deposit_withheld_fen) == (8_000, 400)

    async def test_is_the_bureaus_working_paper_a_care_institution_does_not_see(
        self, bureau: Bureau, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        await bureau.call(
            "POST",
            "/api/v1/benefit-rules",
            201,
            json=rule_set("WZ-2029-D", "2029-01-01", 6000, status="draft"),
        )
        institution = bearer(keys["institution"])
        hidden = await gateway.get("/api/v1/benefit-rules/WZ-2029-D", headers=institution)
        assert (hidden.status_code, hidden.json()["code"]) == (404, "RULE_SET_NOT_FOUND")
        listed = await gateway.get("/api/v1/benefit-rules", headers=institution)
        assert "WZ-2029-D" not in {v["version"] for v in listed.json()["items"]}
        contractor = await gateway.get("/api/v1/benefit-rules/WZ-2029-D", headers=bearer(keys["contractor"]))
        assert contractor.json()["status"] == "draft"
