"""The first real route end to end: the 13 accounting units of Wenzhou for every role."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import bearer


@pytest.mark.parametrize("role", ["admin", "bureau", "contractor", "institution"])
async def test_every_role_reads_the_thirteen_accounting_units(
    gateway: httpx.AsyncClient, keys: dict[str, str], role: str
) -> None:
    response = await gateway.get("/api/v1/counties", headers=bearer(keys[role]))
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 13
    by_code = {c["code"]: c for c in items}
    assert by_code["330302"]["name"] == "鹿城区"
    assert by_code["330302"]["insured_target"]["employee_insured"] == 585_700
    assert by_code["330371"]["kind"] == "development_zone"
    assert sum(c["insured_target"]["employee_insured"] for c in items) == 2_408_700  # 240.87 万
    assert sum(c["insured_target"]["target_assured"] for c in items) == 2_000_000  # 200 万 by end of 2022


async def test_the_source_says_the_figures_are_persons_converted_from_the_annexs_wan(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    lucheng = (await gateway.get("/api/v1/counties/330302", headers=bearer(keys["bureau"]))).json()
    target = lucheng["insured_target"]
    assert target["employee_insured"] == 585_700  # 58.57 万人 in 附件2
    assert "persons" in target["source"]
    assert "converted from the annex's 万人" in target["source"]
    assert "单位: 万人" not in target["source"]


async def test_one_unit_and_an_unknown_one(gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
    response = await gateway.get("/api/v1/counties/330381", headers=bearer(keys["contractor"]))
    assert response.json()["name"] == "瑞安市"
    missing = await gateway.get("/api/v1/counties/330399", headers=bearer(keys["contractor"]))
    assert missing.status_code == 404
    assert missing.json()["code"] == "COUNTY_NOT_FOUND"
    assert missing.json()["detail"] == "330399 is not an accounting unit"


async def test_the_2022_contribution_policy_is_one_hundred_yuan_shared_equally(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    response = await gateway.get("/api/v1/contribution-policies/2022", headers=bearer(keys["institution"]))
    policy = response.json()
    assert policy["amount_per_person_fen"] == 10_000
    assert policy["employer_share_fen"] == policy["individual_share_fen"] == 5_000
    assert policy["unconfirmed_fields"] == [
        "grace_period_days",
        "due_on",
        "first_year_rule",
        "channels_by_category",
    ]


async def test_a_malformed_path_parameter_is_a_422_with_the_field(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    response = await gateway.get("/api/v1/contribution-policies/next-year", headers=bearer(keys["bureau"]))
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "VALIDATION_FAILED"
    assert body["errors"][0]["field"] == "path.year"
    assert body["errors"][0]["code"] == "INVALID_INTEGER"
