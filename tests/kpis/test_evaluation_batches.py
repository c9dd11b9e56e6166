"""Evaluating many subjects of one scheme and period at once (``POST /api/v1/evaluations:fetch-kpis``):
each service is asked once per grouping — by county, settlement by institution for institutions — not once
per subject, and every evaluation keeps the same snapshot and scores its own fetch would have given it. A
subject no group answers exactly (an institution evaluated outside its own county) is asked alone."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from tests.conftest import ClientFactory, bearer
from tests.oversight.conftest import COUNTY_A, COUNTY_B
from tests.oversight.test_evaluations import (
    PERIOD,
    Evaluations,
    bureau_e,  # noqa: F401
    indicator,
    oversight_app,  # noqa: F401
    scheme_body,
    with_kpi_services,  # noqa: F401
)

QUARTER = {"period_from": "2026-07-01", "period_to": "2026-09-30"}


async def approved(bureau: Evaluations, body: dict[str, Any]) -> dict[str, Any]:
    made = await bureau.call("POST", "/api/v1/evaluation-schemes", 201, json=body)
    done: dict[str, Any] = await bureau.call("POST", f"/api/v1/evaluation-schemes/{made['id']}:approve", 200)
    return done


def contractor_scheme() -> dict[str, Any]:
    body = scheme_body("batch-contractors")
    body["indicators"] = [
        indicator("acceptances", "computed", 2000, kpi_code="oversight.acceptances"),
        indicator("insured", "computed", 3000, kpi_code="enrollment.insured_vs_target_assured"),
        indicator("visits", "computed", 2000, kpi_code="assessment.onsite_visits_on_time"),
        indicator("payout_lag", "computed", 3000, kpi_code="settlement.payout_lag_days"),
    ]
    return body


def institution_scheme() -> dict[str, Any]:
    body = scheme_body("batch-institutions", "institution", period_kind="quarter")
    body["indicators"] = [
        indicator("cut", "computed", 5000, kpi_code="settlement.records_cut_by_checks"),
        indicator("disputes", "computed", 5000, kpi_code="settlement.disputes_upheld"),
    ]
    return body


async def register(gateway: httpx.AsyncClient, contractor: str, code: str, county: str) -> None:
    response = await gateway.post(
        "/api/v1/institutions",
        json={"id": code, "name": f"护理站 {code}", "county_code": county, "kind": "home_care",
              "care_modes": ["home_visit"], "agreement_from": "2026-01-01", "agreement_to": "2027-12-31"},
        headers=bearer(contractor),
    )  # fmt: skip
    assert response.status_code == 201, response.text


def snapshots(evaluation: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """The last ``n`` snapshots, without the instant they were fetched at."""
    return [{k: v for k, v in s.items() if k != "fetched_at"} for s in evaluation["evidence"][-n:]]


class TestOneBatchOfContractors:
    async def test_each_service_once_and_every_evaluation_as_if_fetched_alone(
        self,
        bureau_e: Evaluations,  # noqa: F811
        with_kpi_services: FastAPI,  # noqa: F811
    ) -> None:
        scheme = await approved(bureau_e, contractor_scheme())
        evaluations = []
        for county in (COUNTY_A, COUNTY_B):
            contractor = await bureau_e.contractor()
            contract = await bureau_e.live_contract(contractor["id"], county_codes=[county])
            evaluations.append(await bureau_e.evaluation(scheme["id"], contract["id"]))

        batch = await bureau_e.call(
            "POST", "/api/v1/evaluations:fetch-kpis", 200, json={"scheme_id": scheme["id"], **PERIOD}
        )
        assert sorted(e["id"] for e in batch["evaluations"]) == sorted(e["id"] for e in evaluations)
        # one grouped call per service for both counties; oversight's own figures are read per subject
        assert batch["calls"] == {"assessment": 1, "enrollment": 1, "oversight": 2, "settlement": 1}

        for evaluation in evaluations:
            path = f"/api/v1/evaluations/{evaluation['id']}"
            batched = await bureau_e.call("GET", path, 200)
            assert {s["indicator_code"] for s in batched["scores"]} == {
                "acceptances",
                "insured",
                "visits",
                "payout_lag",
            }
            alone = await bureau_e.step(evaluation["id"], "/kpi-snapshots")
            assert snapshots(alone, 4) == snapshots(batched, 4)
            assert [s["service"] for s in snapshots(batched, 4)] == [
                "assessment",
                "enrollment",
                "oversight",
                "settlement",
            ]
            assert {s["indicator_code"]: s["value"] for s in alone["scores"]} == {
                s["indicator_code"]: s["value"] for s in batched["scores"]
            }


class TestOneBatchOfInstitutions:
    async def test_by_institution_in_its_own_county_and_alone_elsewhere(
        self,
        bureau_e: Evaluations,  # noqa: F811
        with_kpi_services: FastAPI,  # noqa: F811
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        contractor = await make_api_key("contractor", county_codes=[COUNTY_A, COUNTY_B])
        for code, county in (("BATCH-A-1", COUNTY_A), ("BATCH-A-2", COUNTY_A), ("BATCH-B-1", COUNTY_B)):
            await register(gateway, contractor, code, county)
        scheme = await approved(bureau_e, institution_scheme())
        made = []
        for code, county in (("BATCH-A-1", COUNTY_A), ("BATCH-A-2", COUNTY_A), ("BATCH-B-1", COUNTY_B)):
            body = {"scheme_id": scheme["id"], "subject_kind": "institution", "subject_id": code,
                    "county_codes": [county], **QUARTER}  # fmt: skip
            made.append(await bureau_e.call("POST", "/api/v1/evaluations", 201, json=body))
        # BATCH-A-2 evaluated (under another scheme) for what it does outside its own county
        other = await approved(bureau_e, {**institution_scheme(), "code": "batch-institutions-b"})
        outside = await bureau_e.call(
            "POST",
            "/api/v1/evaluations",
            201,
            json={"scheme_id": other["id"], "subject_kind": "institution", "subject_id": "BATCH-A-2",
                  "county_codes": [COUNTY_B], **QUARTER},
        )  # fmt: skip

        batch = await bureau_e.call(
            "POST", "/api/v1/evaluations:fetch-kpis", 200, json={"scheme_id": scheme["id"], **QUARTER}
        )
        assert len(batch["evaluations"]) == 3
        assert batch["calls"] == {"settlement": 1}
        elsewhere = await bureau_e.call(
            "POST", "/api/v1/evaluations:fetch-kpis", 200, json={"scheme_id": other["id"], **QUARTER}
        )
        assert elsewhere["calls"] == {"settlement": 2}  # the grouped call finds it at home only: asked alone
        for evaluation in [*made, outside]:
            batched = await bureau_e.call("GET", f"/api/v1/evaluations/{evaluation['id']}", 200)
            [snapshot] = snapshots(batched, 1)
            assert snapshot["report"]["institution_id"] == evaluation["subject_id"]
            assert snapshot["report"]["county_codes"] == evaluation["county_codes"]
            alone = await bureau_e.step(evaluation["id"], "/kpi-snapshots")
            assert snapshots(alone, 1) == [snapshot]

    async def test_only_the_bureau_fetches_and_an_unknown_scheme_is_refused(
        self,
        bureau_e: Evaluations,  # noqa: F811
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        body = {"scheme_id": "00000000-0000-4000-8000-000000000000", **QUARTER}
        refused = await bureau_e.call("POST", "/api/v1/evaluations:fetch-kpis", 422, json=body)
        assert refused["code"] == "SCHEME_UNKNOWN"
        contractor = bearer(await make_api_key("contractor"))
        response = await gateway.post("/api/v1/evaluations:fetch-kpis", json=body, headers=contractor)
        assert response.status_code == 403
