"""Contracted institutions, caregivers and benefit rules, through the gateway, with their scoping."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.reference.benefit_rules import VERSION, load_wenzhou_benefit_rules
from tests.conftest import ClientFactory, bearer


def institution_body(code: str = "WZ-LC-0001", county: str = "330302", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": code,
        "name": f"护理院 {code}",
        "county_code": county,
        "kind": "elderly_care",
        "beds": 120,
        "care_modes": ["elderly_care_bed", "home_visit"],
        "agreement_from": "2026-01-01",
        "agreement_to": "2028-12-31",
    }
    body.update(extra)
    return body


async def contract(gateway: httpx.AsyncClient, key: str, **kwargs: Any) -> httpx.Response:
    return await gateway.post(
        "/api/v1/institutions",
        json=institution_body(**kwargs),
        headers={**bearer(key), "Idempotency-Key": f"inst-{kwargs.get('code', 'WZ-LC-0001')}"},
    )


class TestInstitutions:
    async def test_a_contractor_contracts_an_institution_in_its_county_once(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        first = await contract(gateway, keys["contractor"])
        again = await contract(gateway, keys["contractor"])
        assert first.status_code == 201
        assert first.json()["status"] == "active"
        assert again.headers["idempotent-replayed"] == "true"
        other = await gateway.post(
            "/api/v1/institutions", json=institution_body(), headers=bearer(keys["contractor"])
        )
        assert other.json()["code"] == "INSTITUTION_EXISTS"

    async def test_a_contractor_cannot_contract_or_see_outside_its_counties(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        outside = await contract(gateway, keys["contractor"], code="WZ-YJ-0001", county="330324")
        assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        assert (await contract(gateway, keys["contractor"])).status_code == 201
        yongjia = await make_api_key("contractor", county_codes=["330324"])
        seen = await gateway.get("/api/v1/institutions/WZ-LC-0001", headers=bearer(yongjia))
        assert seen.status_code == 404
        listed = await gateway.get("/api/v1/institutions", headers=bearer(yongjia))
        assert listed.json()["items"] == []

    async def test_an_institution_sees_only_itself(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        await contract(gateway, keys["contractor"], code="INST-A")
        await contract(gateway, keys["contractor"], code="INST-B")
        inst_a = await make_api_key("institution", institution_id="INST-A")
        assert (await gateway.get("/api/v1/institutions/INST-A", headers=bearer(inst_a))).status_code == 200
        assert (await gateway.get("/api/v1/institutions/INST-B", headers=bearer(inst_a))).status_code == 404
        listed = await gateway.get("/api/v1/institutions", headers=bearer(inst_a))
        assert [i["id"] for i in listed.json()["items"]] == ["INST-A"]

    async def test_termination_takes_effect_three_months_after_notice(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        await contract(gateway, keys["contractor"])
        response = await gateway.patch(
            "/api/v1/institutions/WZ-LC-0001",
            json={"status": "terminated", "termination_notice_on": "2026-03-15"},
            headers=bearer(keys["contractor"]),
        )
        assert response.status_code == 200
        assert response.json()["terminated_on"] == "2026-06-15"
        assert response.json()["agreement_to"] == "2026-06-14"

    async def test_caregivers_are_registered_by_real_name_by_the_institution_itself(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        await contract(gateway, keys["contractor"], code="INST-A")
        await contract(gateway, keys["contractor"], code="INST-B")
        inst_a = await make_api_key("institution", institution_id="INST-A")
        caregiver = {
            "code": "CG-1",
            "real_name": "王芳",
            "qualification": "养老护理员 四级",
            "qualified_from": "2025-01-01",
            "qualified_until": "2027-12-31",
        }
        own = await gateway.post(
            "/api/v1/institutions/INST-A/caregivers", json=caregiver, headers=bearer(inst_a)
        )
        assert own.status_code == 201
        assert own.json()["real_name"] == "王芳"
        foreign = await gateway.post(
            "/api/v1/institutions/INST-B/caregivers", json=caregiver, headers=bearer(inst_a)
        )
        assert foreign.status_code == 404
        listed = await gateway.get(
            "/api/v1/institutions/INST-A/caregivers", headers=bearer(keys["contractor"])
        )
        assert [c["code"] for c in listed.json()["items"]] == ["CG-1"]


class TestBenefitRules:
    async def test_the_reported_wenzhou_rules_ship_flagged_unconfirmed(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession
    ) -> None:
        await load_wenzhou_benefit_rules(session)
        await load_wenzhou_benefit_rules(session)
        await session.commit()
        response = await gateway.get(f"/api/v1/benefit-rules/{VERSION}", headers=bearer(keys["institution"]))
        body = response.json()
        assert body["unconfirmed"] is True
        assert body["base_amount_fen"] == 596_000
        rules = {(r["level"], r["care_mode"]): r for r in body["rules"]}
        assert sorted({level for level, _ in rules}) == [3, 4, 5], "benefits for the severe levels"
        assert rules[(5, "home_visit")]["monthly_cap_share_bp"] == 5_000  # 2,980 元
        assert rules[(3, "medical_bed")]["monthly_cap_share_bp"] == 3_000  # 1,788 元
        assert rules[(4, "elderly_care_bed")]["fund_share_bp"] == 8_000
        assert rules[(4, "family_care")]["fund_share_bp"] == 4_000
        assert all("fund_share_bp" in r["unconfirmed_fields"] for r in body["rules"])
        parameters = (
            "quality_deposit_bp",
            "checkin_max_distance_m",
            "regular_times_min_visits",
            "family_caregivers_need_training",
            "family_personal_care_max_bp",
        )
        assert [body[p] for p in parameters] == [500, 500, 15, False, None]
        assert body["unconfirmed_fields"] == list(parameters)

    async def test_only_the_bureau_publishes_a_version_and_the_newest_in_force_applies(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession
    ) -> None:
        await load_wenzhou_benefit_rules(session)
        await session.commit()
        version = {
            "version": "WZ-2027",
            "effective_from": "2027-01-01",
            "source": "bureau notice 2027",
            "rules": [
                {"level": 5, "care_mode": "medical_bed", "daily_cap_fen": 12_000, "fund_share_bp": 7_000},
            ],
        }
        refused = await gateway.post(
            "/api/v1/benefit-rules", json=version, headers=bearer(keys["contractor"])
        )
        assert refused.status_code == 403
        created = await gateway.post("/api/v1/benefit-rules", json=version, headers=bearer(keys["bureau"]))
        assert created.status_code == 201
        on_2026 = await gateway.get("/api/v1/benefit-rules?on=2026-06-30", headers=bearer(keys["bureau"]))
        on_2027 = await gateway.get(
            f"/api/v1/benefit-rules?on={dt.date(2027, 3, 1)}", headers=bearer(keys["bureau"])
        )
        assert [v["version"] for v in on_2026.json()["items"]] == [VERSION]
        assert [v["version"] for v in on_2027.json()["items"]] == ["WZ-2027"]

    async def test_parameters_left_out_carry_over_with_their_flags_and_given_ones_are_confirmed(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], session: AsyncSession
    ) -> None:
        await load_wenzhou_benefit_rules(session)
        await session.commit()
        version = {
            "version": "WZ-2027-DEPOSIT",
            "effective_from": "2027-01-01",
            "source": "bureau notice 2027",
            "quality_deposit_bp": 300,
            "rules": [{"level": 5, "care_mode": "home_visit", "fund_share_bp": 8_000}],
        }
        created = await gateway.post("/api/v1/benefit-rules", json=version, headers=bearer(keys["bureau"]))
        assert created.status_code == 201, created.text
        body = created.json()
        assert (body["quality_deposit_bp"], body["checkin_max_distance_m"]) == (300, 500)
        assert body["unconfirmed_fields"] == [
            "checkin_max_distance_m",
            "regular_times_min_visits",
            "family_caregivers_need_training",
            "family_personal_care_max_bp",
        ]
        bad = await gateway.post(
            "/api/v1/benefit-rules",
            json={**version, "version": "X", "effective_from": "2028-01-01", "quality_deposit_bp": 10_001},
            headers=bearer(keys["bureau"]),
        )
        assert bad.status_code == 422
