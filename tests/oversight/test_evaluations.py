"""Performance evaluation (绩效评价): schemes as versioned rule data (draft → approved, immutable, every value
flagged), evaluations scored from the KPI reports (snapshotted), the bureau, an assigned evaluator and
beneficiary surveys imported as a file; published for all to read, open to the subject's objection within
the window, decided and final (``evaluation.finalized``); the final grade sets the fee withheld at
acceptance."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import FEED, EvaluationFinalized
from services.oversight.evaluations.kpis import KpiIndicator, measured
from services.oversight.models import outbox_events
from shared.app import internal_client
from shared.settings import Settings
from tests.conftest import ClientFactory, bearer
from tests.oversight.conftest import COUNTY_A, COUNTY_B, Oversight

PERIOD = {"period_from": "2026-07-01", "period_to": "2026-12-31"}
PUBLISHED_ON = dt.date(2027, 1, 20)
FLAG = {"confirmed": False, "rule_source": "test: no seed gives it"}


def indicator(code: str, source: str, weight: int, **extra: Any) -> dict[str, Any]:
    dimension = "satisfaction" if source == "survey" else "quality"
    return {
        "code": code,
        "name": code,
        "dimension": dimension,
        "source": source,
        "weight_bp": weight,
        **FLAG,
        **extra,
    }


def scheme_body(code: str, subject_kind: str = "contractor", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": code,
        "title": f"{code} 绩效评价",
        "subject_kind": subject_kind,
        "period_kind": "half_year",
        "source": "test scheme",
        "indicators": [
            indicator(
                "acceptances",
                "computed",
                2000,
                kpi_code="oversight.acceptances",
                bands=[{"from_value": 1, "points_bp": 10000}, {"to_value": 0, "points_bp": 0}],
            ),
            indicator("care_quality", "manual", 3000),
            indicator("third_party_review", "third_party", 2000),
            indicator(
                "satisfaction",
                "survey",
                3000,
                bands=[
                    {"from_value": 9000, "points_bp": 10000},
                    {"from_value": 8000, "to_value": 8999, "points_bp": 8000},
                    {"to_value": 7999, "points_bp": 5000},
                ],
            ),
        ],
        "grades": [
            {
                "grade": "excellent",
                "min_score_bp": 9000,
                "fee_release_bp": 10000,
                "deposit_release_bp": 10000,
                "renewal_eligible": True,
                **FLAG,
            },
            {
                "grade": "pass",
                "min_score_bp": 6000,
                "fee_release_bp": 5000,
                "deposit_release_bp": 5000,
                "renewal_eligible": True,
                **FLAG,
            },
            {
                "grade": "fail",
                "min_score_bp": 0,
                "fee_release_bp": 0,
                "deposit_release_bp": 0,
                "renewal_eligible": False,
                **FLAG,
            },
        ],
        "objection_window": {"days": 10, **FLAG},
    }
    body.update(overrides)
    return body


def document_body(**overrides: Any) -> dict[str, Any]:
    """A scheme's document (what a draft's PUT replaces)."""
    body = scheme_body("any", **overrides)
    return {k: body[k] for k in ("indicators", "grades", "objection_window", "title", "source")}


def survey_csv(*rows: str) -> bytes:
    return ("respondent_ref,indicator_code,score,surveyed_on,comment\n" + "\n".join(rows) + "\n").encode()


class Evaluations(Oversight):
    async def scheme(self, code: str, subject_kind: str = "contractor", **overrides: Any) -> dict[str, Any]:
        made = await self.call(
            "POST", "/api/v1/evaluation-schemes", 201, json=scheme_body(code, subject_kind, **overrides)
        )
        approved: dict[str, Any] = await self.call(
            "POST", f"/api/v1/evaluation-schemes/{made['id']}:approve", 200
        )
        return approved

    async def evaluation(self, scheme_id: str, contract_id: str, **overrides: Any) -> dict[str, Any]:
        body = {"scheme_id": scheme_id, "subject_kind": "contractor", "contract_id": contract_id, **PERIOD}
        made: dict[str, Any] = await self.call("POST", "/api/v1/evaluations", 201, json={**body, **overrides})
        return made

    async def surveys(self, evaluation_id: str, content: bytes, expect: int = 201) -> dict[str, Any]:
        done: dict[str, Any] = await self.call(
            "POST",
            "/api/v1/survey-imports",
            expect,
            params={"evaluation_id": evaluation_id},
            content=content,
            headers={"Content-Type": "text/csv"},
        )
        return done

    async def step(self, evaluation_id: str, path: str, expect: int = 200, **kwargs: Any) -> dict[str, Any]:
        done: dict[str, Any] = await self.call(
            "POST", f"/api/v1/evaluations/{evaluation_id}{path}", expect, **kwargs
        )
        return done


@pytest.fixture
async def bureau_e(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> Evaluations:
    return Evaluations(gateway, await make_api_key("bureau"))


@pytest.fixture
def oversight_app(service_apps: dict[str, FastAPI]) -> FastAPI:
    return service_apps["oversight"]


@pytest.fixture
async def with_kpi_services(
    oversight_app: FastAPI, service_apps: dict[str, FastAPI], settings: Settings
) -> AsyncIterator[FastAPI]:
    """Oversight asks the real enrollment, assessment and settlement apps (in-process, same test
    transaction) for their KPI reports, signed as oversight."""
    async with AsyncExitStack() as stack:
        oversight_app.state.kpi_clients = {
            name: await stack.enter_async_context(
                internal_client(
                    settings, "oversight", name, transport=httpx.ASGITransport(app=service_apps[name])
                )
            )
            for name in ("enrollment", "assessment", "settlement")
        }
        yield oversight_app
        oversight_app.state.kpi_clients = None


@pytest.fixture
async def contract(bureau_e: Evaluations) -> dict[str, Any]:
    contractor = await bureau_e.contractor()
    live = await bureau_e.live_contract(contractor["id"], county_codes=[COUNTY_A])
    # one period of fulfilment accepted within the evaluated period: oversight's own KPI counts it
    await bureau_e.call(
        "POST",
        f"/api/v1/contracts/{live['id']}/acceptances",
        201,
        json={"period_start": "2026-07-01", "period_end": "2026-09-30", "fee_payable_fen": 30_000_000},
    )
    return live


@pytest.fixture
async def evaluator(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> tuple[str, Evaluations]:
    """An evaluator client (第三方): its id (what the bureau assigns to) and its calls."""
    admin = bearer(await make_api_key("admin"))
    issued = await gateway.post(
        "/api/v1/api-clients", json={"name": "第三方评估机构", "role": "evaluator"}, headers=admin
    )
    assert issued.status_code == 201, issued.text
    return issued.json()["client"]["id"], Evaluations(gateway, issued.json()["key"])


async def scored_all(
    bureau: Evaluations, evaluation_id: str, evaluator: tuple[str, Evaluations], *, care: int = 9000
) -> dict[str, Any]:
    """Every indicator scored: the KPIs fetched, the bureau's manual score, the evaluator's, a survey."""
    await bureau.step(evaluation_id, "/kpi-snapshots")
    await bureau.step(evaluation_id, "/scores", json={"indicator_code": "care_quality", "points_bp": care})
    client_id, third_party = evaluator
    await bureau.step(
        evaluation_id,
        "/assignments",
        json={"indicator_code": "third_party_review", "evaluator_client_id": client_id},
    )
    await third_party.step(
        evaluation_id, "/scores", json={"indicator_code": "third_party_review", "points_bp": 8000}
    )
    await bureau.surveys(
        evaluation_id, survey_csv("R1,satisfaction,90,2026-10-01,满意", "R2,satisfaction,100,2026-10-02,")
    )
    return await bureau.step(evaluation_id, ":total")


class TestSchemesAreVersionedRuleData:
    async def test_a_reference_draft_per_subject_ships_every_value_unconfirmed_quoting_s001(
        self, bureau_e: Evaluations
    ) -> None:
        listed = await bureau_e.call("GET", "/api/v1/evaluation-schemes", 200, params={"status": "draft"})
        reference = {s["subject_kind"]: s for s in listed["items"] if s["created_by"] == "reference-data"}
        assert set(reference) == {"contractor", "institution", "expert"}
        for scheme in reference.values():
            assert scheme["version"] == 1
            items = [*scheme["indicators"], *scheme["grades"], scheme["objection_window"]]
            assert not any(item["confirmed"] for item in items)
            assert sum(i["weight_bp"] for i in scheme["indicators"]) == 10000
            assert len(scheme["unconfirmed"]) == len(items)
            assert "数量、质量和资金使用效率" in scheme["source"]
            satisfaction = [i for i in scheme["indicators"] if i["dimension"] == "satisfaction"]
            assert satisfaction
            assert all("满意度" in i["rule_source"] for i in satisfaction)
            # a reference draft passes the API's own checks (its KPIs are reported, its weights add up)
            document = {k: scheme[k] for k in ("indicators", "grades", "objection_window")}
            await bureau_e.call("PUT", f"/api/v1/evaluation-schemes/{scheme['id']}", 200, json=document)
        dimensions = {i["dimension"] for i in reference["contractor"]["indicators"]}
        assert dimensions == {"quantity", "quality", "efficiency", "satisfaction"}

    @pytest.mark.parametrize(
        ("change", "code"),
        [
            (lambda b: b["indicators"][0].update(weight_bp=1000), "WEIGHTS_NOT_10000"),
            (lambda b: b["indicators"][0].pop("kpi_code"), "KPI_CODE_REQUIRED"),
            (
                lambda b: b["indicators"][1].update(kpi_code="settlement.payout_lag_days"),
                "KPI_CODE_NOT_ALLOWED",
            ),
            (lambda b: b["grades"].pop(), "GRADE_FLOOR_MISSING"),
            (lambda b: b["indicators"][1].update(code="acceptances"), "INDICATOR_DUPLICATE"),
            (lambda b: b["indicators"][1].update(source="hearsay"), "NOT_ALLOWED"),
        ],
    )
    async def test_an_incoherent_scheme_is_refused_by_field(
        self, bureau_e: Evaluations, change: Any, code: str
    ) -> None:
        body = scheme_body("bad-scheme")
        change(body)
        refused = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 422, json=body)
        assert code in [e["code"] for e in refused["errors"]]

    async def test_an_approved_version_never_changes_and_a_change_is_a_new_version(
        self, bureau_e: Evaluations
    ) -> None:
        approved = await bureau_e.scheme("versioned")
        assert (approved["status"], approved["version"]) == ("approved", 1)
        refused = await bureau_e.call(
            "PUT", f"/api/v1/evaluation-schemes/{approved['id']}", 409, json=document_body()
        )
        assert refused["code"] == "SCHEME_APPROVED"
        again = await bureau_e.call("POST", f"/api/v1/evaluation-schemes/{approved['id']}:approve", 409)
        assert again["code"] == "SCHEME_APPROVED"
        changed = scheme_body("versioned")
        changed["objection_window"] = {"days": 15, "confirmed": True, "rule_source": "温医保〔2027〕1号"}
        second = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 201, json=changed)
        assert (second["status"], second["version"]) == ("draft", 2)
        assert "objection_window" not in second["unconfirmed"]
        kept = await bureau_e.call("GET", f"/api/v1/evaluation-schemes/{approved['id']}", 200)
        assert kept["objection_window"]["days"] == 10
        edited = await bureau_e.call(
            "PUT",
            f"/api/v1/evaluation-schemes/{second['id']}",
            200,
            json={**document_body(), "title": "改"},
        )
        assert edited["title"] == "改"

    async def test_only_the_bureau_writes_schemes_and_every_role_reads_them(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        for role in ("contractor", "institution", "evaluator", "finance"):
            key = bearer(await make_api_key(role))
            assert (await gateway.get("/api/v1/evaluation-schemes", headers=key)).status_code == 200
            refused = await gateway.post("/api/v1/evaluation-schemes", json=scheme_body("x"), headers=key)
            assert (refused.status_code, refused.json()["code"]) == (403, "ROLE_NOT_ALLOWED")


class TestMakingAnEvaluation:
    async def test_only_under_an_approved_version_of_the_subjects_kind(
        self, bureau_e: Evaluations, contract: dict[str, Any]
    ) -> None:
        draft = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 201, json=scheme_body("drafty"))
        body = {
            "scheme_id": draft["id"],
            "subject_kind": "contractor",
            "contract_id": contract["id"],
            **PERIOD,
        }
        assert (await bureau_e.call("POST", "/api/v1/evaluations", 409, json=body))[
            "code"
        ] == "SCHEME_NOT_APPROVED"
        institutional = await bureau_e.scheme("inst", "institution")
        wrong = {**body, "scheme_id": institutional["id"]}
        refused = await bureau_e.call("POST", "/api/v1/evaluations", 422, json=wrong)
        assert refused["code"] == "EVALUATION_SUBJECT_INVALID"
        unknown = {**body, "scheme_id": "00000000-0000-4000-8000-000000000000"}
        assert (await bureau_e.call("POST", "/api/v1/evaluations", 422, json=unknown))[
            "code"
        ] == "SCHEME_UNKNOWN"

    async def test_a_contractor_is_evaluated_on_its_contract_once_per_period(
        self, bureau_e: Evaluations, contract: dict[str, Any]
    ) -> None:
        scheme = await bureau_e.scheme("once")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        assert made["subject_id"] == contract["contractor_id"]
        assert made["county_codes"] == [COUNTY_A]
        assert made["status"] == "draft"
        assert made["missing"] == ["acceptances", "care_quality", "third_party_review", "satisfaction"]
        body = {
            "scheme_id": scheme["id"],
            "subject_kind": "contractor",
            "contract_id": contract["id"],
            **PERIOD,
        }
        twice = await bureau_e.call("POST", "/api/v1/evaluations", 409, json=body)
        assert (twice["code"], twice["evaluation_id"]) == ("EVALUATION_EXISTS", made["id"])
        outside = {**body, "period_from": "2026-01-01"}
        refused = await bureau_e.call("POST", "/api/v1/evaluations", 422, json=outside)
        assert refused["code"] == "EVALUATION_SUBJECT_INVALID"


class TestScoring:
    async def test_computed_indicators_come_from_the_kpi_reports_kept_as_evidence(
        self, bureau_e: Evaluations, contract: dict[str, Any]
    ) -> None:
        scheme = await bureau_e.scheme("kpi")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        fetched = await bureau_e.step(made["id"], "/kpi-snapshots")
        [snapshot] = fetched["evidence"]
        assert snapshot["service"] == "oversight"
        assert snapshot["report"]["county_codes"] == [COUNTY_A]
        reported = {i["code"]: i for i in snapshot["report"]["indicators"]}
        assert reported["acceptances"]["numerator"] == 1
        [score] = fetched["scores"]
        assert (score["indicator_code"], score["value"], score["points_bp"]) == ("acceptances", 1, 10000)
        assert score["evidence"]["kpi_code"] == "oversight.acceptances"

    async def test_the_services_kpi_reports_are_fetched_once_each_and_snapshotted(
        self, bureau_e: Evaluations, contract: dict[str, Any], with_kpi_services: FastAPI
    ) -> None:
        body = scheme_body("services")
        body["indicators"] = [
            indicator("acceptances", "computed", 2000, kpi_code="oversight.acceptances"),
            indicator("insured", "computed", 2000, kpi_code="enrollment.insured_vs_target_assured"),
            indicator("paid_on_time", "computed", 1000, kpi_code="enrollment.contributions_paid_by_due_date"),
            indicator("visits", "computed", 2000, kpi_code="assessment.onsite_visits_on_time"),
            indicator("payout_lag", "computed", 3000, kpi_code="settlement.payout_lag_days"),
        ]
        made = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 201, json=body)
        await bureau_e.call("POST", f"/api/v1/evaluation-schemes/{made['id']}:approve", 200)
        evaluation = await bureau_e.evaluation(made["id"], contract["id"])
        fetched = await bureau_e.step(evaluation["id"], "/kpi-snapshots")
        assert [s["service"] for s in fetched["evidence"]] == [
            "assessment",
            "enrollment",
            "oversight",
            "settlement",
        ]
        reports = {s["service"]: s["report"] for s in fetched["evidence"]}
        for report in reports.values():
            assert (report["county_codes"], report["period_from"], report["period_to"]) == (
                [COUNTY_A],
                PERIOD["period_from"],
                PERIOD["period_to"],
            )
        scores = {s["indicator_code"]: s for s in fetched["scores"]}
        assert set(scores) == {"acceptances", "insured", "paid_on_time", "visits", "payout_lag"}
        for code, score in scores.items():
            service, kpi = score["evidence"]["kpi_code"].split(".")
            [reported] = [i for i in reports[service]["indicators"] if i["code"] == kpi]
            assert score["value"] == measured(KpiIndicator.model_validate(reported)), code
        assert fetched["missing"] == []
        totalled = await bureau_e.step(evaluation["id"], ":total")
        assert totalled["status"] == "scored"

    async def test_a_scheme_names_only_kpis_a_service_reports(self, bureau_e: Evaluations) -> None:
        body = scheme_body("unknown-kpi")
        body["indicators"][0]["kpi_code"] = "settlement.happiness"
        refused = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 422, json=body)
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [
            ("body.indicators.0.kpi_code", "KPI_CODE_UNKNOWN")
        ]

    async def test_a_service_that_cannot_report_records_nothing(
        self, bureau_e: Evaluations, contract: dict[str, Any]
    ) -> None:
        body = scheme_body("remote")
        body["indicators"][0]["kpi_code"] = "settlement.payout_lag_days"
        made = await bureau_e.call("POST", "/api/v1/evaluation-schemes", 201, json=body)
        await bureau_e.call("POST", f"/api/v1/evaluation-schemes/{made['id']}:approve", 200)
        evaluation = await bureau_e.evaluation(made["id"], contract["id"])
        refused = await bureau_e.step(evaluation["id"], "/kpi-snapshots", 503)
        assert (refused["code"], refused["service"]) == ("KPI_SOURCE_UNAVAILABLE", "settlement")
        assert (await bureau_e.call("GET", f"/api/v1/evaluations/{evaluation['id']}", 200))["evidence"] == []

    async def test_each_source_is_scored_by_whom_it_belongs_to(
        self,
        bureau_e: Evaluations,
        contract: dict[str, Any],
        evaluator: tuple[str, Evaluations],
        make_api_key: ClientFactory,
        gateway: httpx.AsyncClient,
    ) -> None:
        scheme = await bureau_e.scheme("sources")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        path = f"/api/v1/evaluations/{made['id']}"
        computed = await bureau_e.call(
            "POST", path + "/scores", 422, json={"indicator_code": "acceptances", "points_bp": 1}
        )
        assert computed["code"] == "INDICATOR_SOURCE_MISMATCH"
        unknown = await bureau_e.call(
            "POST", path + "/scores", 422, json={"indicator_code": "nope", "points_bp": 1}
        )
        assert unknown["code"] == "INDICATOR_UNKNOWN"
        manual_to_evaluator = await bureau_e.call(
            "POST",
            path + "/assignments",
            422,
            json={"indicator_code": "care_quality", "evaluator_client_id": "x"},
        )
        assert manual_to_evaluator["code"] == "INDICATOR_SOURCE_MISMATCH"
        client_id, third_party = evaluator
        # before the assignment the evaluation is, to the evaluator, unknown
        assert (await third_party.call("GET", path, 404))["code"] == "EVALUATION_NOT_FOUND"
        body = {"indicator_code": "third_party_review", "points_bp": 7000}
        assert (await third_party.call("POST", path + "/scores", 404, json=body))[
            "code"
        ] == "EVALUATION_NOT_FOUND"
        await bureau_e.call(
            "POST",
            path + "/assignments",
            200,
            json={"indicator_code": "third_party_review", "evaluator_client_id": client_id},
        )
        seen = await third_party.call("GET", path, 200)
        assert [a["evaluator_client_id"] for a in seen["assignments"]] == [client_id]
        scored = await third_party.call("POST", path + "/scores", 200, json=body)
        [score] = scored["scores"]
        assert (score["indicator_code"], score["points_bp"], score["scored_by"]) == (
            "third_party_review",
            7000,
            client_id,
        )
        not_its = await third_party.call(
            "POST", path + "/scores", 403, json={"indicator_code": "care_quality", "points_bp": 1}
        )
        assert not_its["code"] == "INDICATOR_NOT_ASSIGNED"
        other = Evaluations(gateway, await make_api_key("evaluator"))
        assert (await other.call("POST", path + "/scores", 404, json=body))["code"] == "EVALUATION_NOT_FOUND"
        incomplete = await bureau_e.call("POST", path + ":total", 409)
        assert incomplete["code"] == "EVALUATION_INCOMPLETE"
        assert incomplete["missing"] == ["acceptances", "care_quality", "satisfaction"]

    async def test_surveys_come_as_a_file_good_rows_kept_bad_rows_reported(
        self, bureau_e: Evaluations, contract: dict[str, Any]
    ) -> None:
        scheme = await bureau_e.scheme("survey")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        content = survey_csv(
            "R1,satisfaction,80,2026-10-01,",
            "R2,satisfaction,90,2026-10-01,很好",
            "R2,satisfaction,70,2026-10-02,again",
            "R3,care_quality,90,2026-10-01,",
            "R4,satisfaction,101,2026-10-01,",
            "R5,satisfaction,90,2027-02-01,",
            ",satisfaction,90,2026-10-01,",
        )
        job = await bureau_e.surveys(made["id"], content)
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (7, 2, 5)
        errors = await bureau_e.call("GET", f"/api/v1/survey-imports/{job['id']}/errors", 200)
        assert [(e["row_number"], e["field"], e["code"]) for e in errors["items"]] == [
            (4, "respondent_ref", "DUPLICATE_IN_FILE"),
            (5, "indicator_code", "INDICATOR_UNKNOWN"),
            (6, "score", "SCORE_FORMAT"),
            (7, "surveyed_on", "DATE_OUTSIDE_PERIOD"),
            (8, "respondent_ref", "REQUIRED"),
        ]
        as_csv = await bureau_e.gateway.get(
            f"/api/v1/survey-imports/{job['id']}/errors", headers={**bureau_e.headers, "Accept": "text/csv"}
        )
        assert as_csv.status_code == 200
        assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == 5
        evaluation = await bureau_e.call("GET", f"/api/v1/evaluations/{made['id']}", 200)
        [score] = evaluation["scores"]
        assert (score["indicator_code"], score["value"], score["points_bp"]) == ("satisfaction", 8500, 8000)
        again = await bureau_e.surveys(made["id"], content)
        assert (again["rows_created"], again["rows_unchanged"], again["rows_failed"]) == (0, 2, 5)


class TestPublicationObjectionAndFinal:
    async def test_the_total_is_the_weighted_score_its_grade_and_consequences(
        self, bureau_e: Evaluations, contract: dict[str, Any], evaluator: tuple[str, Evaluations]
    ) -> None:
        scheme = await bureau_e.scheme("total")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        scored = await scored_all(bureau_e, made["id"], evaluator)
        # 20% × 100 + 30% × 90 + 20% × 80 + 30% × 100 (mean 95) = 93.00
        assert (scored["status"], scored["score_bp"], scored["grade"]) == ("scored", 9300, "excellent")
        assert (scored["fee_release_bp"], scored["deposit_release_bp"], scored["renewal_eligible"]) == (
            10000,
            10000,
            True,
        )
        # a change before publication takes it back to draft until totalled again
        rescored = await bureau_e.step(
            made["id"], "/scores", json={"indicator_code": "care_quality", "points_bp": 0}
        )
        assert (rescored["status"], rescored["score_bp"]) == ("draft", None)
        totalled = await bureau_e.step(made["id"], ":total")
        assert (totalled["score_bp"], totalled["grade"], totalled["fee_release_bp"]) == (6600, "pass", 5000)

    async def test_published_everyone_reads_it_the_subject_objects_the_bureau_decides_final(
        self,
        bureau_e: Evaluations,
        contract: dict[str, Any],
        evaluator: tuple[str, Evaluations],
        make_api_key: ClientFactory,
        gateway: httpx.AsyncClient,
        oversight_app: FastAPI,
        session: AsyncSession,
    ) -> None:
        scheme = await bureau_e.scheme("flow")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        path = f"/api/v1/evaluations/{made['id']}"
        await scored_all(bureau_e, made["id"], evaluator, care=0)
        other_county = bearer(await make_api_key("contractor", county_codes=[COUNTY_B]))
        institution = bearer(await make_api_key("institution"))
        finance = bearer(await make_api_key("finance"))
        for outsider in (other_county, institution, finance):
            assert (await gateway.get(path, headers=outsider)).status_code == 404
        oversight_app.state.today = PUBLISHED_ON
        published = await bureau_e.step(made["id"], ":publish")
        assert (published["published_on"], published["objection_until"]) == ("2027-01-20", "2027-01-30")
        for reader in (other_county, institution, finance):
            answer = await gateway.get(path, headers=reader)
            assert (answer.status_code, answer.json()["grade"]) == (200, "pass")
        # only the subject objects; another contractor's objection is to an evaluation it does not have
        objection = {"reason": "护理质量评分有误", "indicator_codes": ["care_quality"]}
        refused = await gateway.post(path + "/objections", json=objection, headers=other_county)
        assert (refused.status_code, refused.json()["code"]) == (404, "EVALUATION_NOT_FOUND")
        subject = Evaluations(gateway, await make_api_key("contractor", county_codes=[COUNTY_A]))
        early = await bureau_e.step(made["id"], ":finalize", 409)
        assert (early["code"], early["objection_until"]) == ("OBJECTION_WINDOW_OPEN", "2027-01-30")
        objected = await subject.call("POST", path + "/objections", 201, json=objection)
        assert objected["status"] == "objected"
        assert (await subject.call("POST", path + "/objections", 409, json=objection))[
            "code"
        ] == "EVALUATION_IS_OBJECTED"
        decided = await bureau_e.step(
            made["id"],
            "/objection-decision",
            json={
                "upheld": True,
                "reason": "复核属实",
                "scores": [{"indicator_code": "care_quality", "points_bp": 9000}],
            },
        )
        assert (decided["status"], decided["score_bp"], decided["grade"]) == ("final", 9300, "excellent")
        assert decided["decision"]["rescored"] == ["care_quality"]
        assert decided["finalized_on"] == "2027-01-20"
        assert [h["status"] for h in decided["history"]] == [
            "draft",
            "scored",
            "published",
            "objected",
            "final",
        ]
        rows = (
            await session.execute(
                select(outbox_events.c.event_type, outbox_events.c.payload).where(
                    outbox_events.c.aggregate_id == made["id"]
                )
            )
        ).all()
        [event] = [FEED.parse(t, p) for t, p in rows]
        assert isinstance(event, EvaluationFinalized)
        assert (event.grade, event.score_bp, event.fee_release_bp, str(event.contract_id)) == (
            "excellent",
            9300,
            10000,
            contract["id"],
        )
        assert (event.subject_kind, event.subject_id, event.county_codes) == (
            "contractor",
            contract["contractor_id"],
            [COUNTY_A],
        )
        assert (
            await bureau_e.step(
                made["id"], "/scores", 409, json={"indicator_code": "care_quality", "points_bp": 1}
            )
        )["code"] == "EVALUATION_IS_FINAL"

    async def test_the_window_closes_objections_and_opens_the_final_step(
        self,
        bureau_e: Evaluations,
        contract: dict[str, Any],
        evaluator: tuple[str, Evaluations],
        make_api_key: ClientFactory,
        gateway: httpx.AsyncClient,
        oversight_app: FastAPI,
    ) -> None:
        scheme = await bureau_e.scheme("window")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        await scored_all(bureau_e, made["id"], evaluator)
        oversight_app.state.today = PUBLISHED_ON
        await bureau_e.step(made["id"], ":publish")
        oversight_app.state.today = PUBLISHED_ON + dt.timedelta(days=11)
        subject = Evaluations(gateway, await make_api_key("contractor", county_codes=[COUNTY_A]))
        late = await subject.call(
            "POST", f"/api/v1/evaluations/{made['id']}/objections", 409, json={"reason": "迟"}
        )
        assert late["code"] == "OBJECTION_WINDOW_CLOSED"
        final = await bureau_e.step(made["id"], ":finalize")
        assert (final["status"], final["finalized_on"]) == ("final", "2027-01-31")


class TestTheFinalGradeDrivesTheFeeAcceptance:
    async def test_an_acceptance_citing_the_final_evaluation_withholds_what_the_grade_says(
        self,
        bureau_e: Evaluations,
        contract: dict[str, Any],
        evaluator: tuple[str, Evaluations],
        oversight_app: FastAPI,
    ) -> None:
        scheme = await bureau_e.scheme("fee")
        made = await bureau_e.evaluation(
            scheme["id"], contract["id"], period_from="2026-10-01", period_to="2026-12-31"
        )
        await bureau_e.step(made["id"], "/kpi-snapshots")
        await bureau_e.step(made["id"], "/scores", json={"indicator_code": "care_quality", "points_bp": 9000})
        client_id, third_party = evaluator
        await bureau_e.step(
            made["id"],
            "/assignments",
            json={"indicator_code": "third_party_review", "evaluator_client_id": client_id},
        )
        await third_party.step(
            made["id"], "/scores", json={"indicator_code": "third_party_review", "points_bp": 8000}
        )
        await bureau_e.surveys(made["id"], survey_csv("R1,satisfaction,100,2026-11-01,"))
        await bureau_e.step(made["id"], ":total")
        acceptance = {
            "period_start": "2026-10-01",
            "period_end": "2026-12-31",
            "fee_payable_fen": 30_000_000,
            "evaluation_id": made["id"],
        }
        path = f"/api/v1/contracts/{contract['id']}/acceptances"
        not_final = await bureau_e.call("POST", path, 409, json=acceptance)
        assert (not_final["code"], not_final["current_status"]) == ("EVALUATION_NOT_FINAL", "scored")
        oversight_app.state.today = PUBLISHED_ON
        await bureau_e.step(made["id"], ":publish")
        oversight_app.state.today = PUBLISHED_ON + dt.timedelta(days=11)
        final = await bureau_e.step(made["id"], ":finalize")
        # no acceptance in the quarter (0) + 30% × 90 + 20% × 80 + 30% × 100 = 73.00
        assert (final["score_bp"], final["grade"], final["fee_release_bp"]) == (7300, "pass", 5000)
        # fee at risk: 30 000 000 × 20% = 6 000 000; "pass" releases half: 3 000 000 withheld
        mismatch = await bureau_e.call("POST", path, 422, json=acceptance)
        assert (mismatch["code"], mismatch["expected_withheld_fen"]) == (
            "ACCEPTANCE_WITHHOLDING_MISMATCH",
            3_000_000,
        )
        wrong_period = {**acceptance, "period_start": "2026-11-01"}
        assert (await bureau_e.call("POST", path, 422, json=wrong_period))[
            "code"
        ] == "EVALUATION_NOT_OF_PERIOD"
        nobody = {**acceptance, "evaluation_id": "00000000-0000-4000-8000-000000000000"}
        assert (await bureau_e.call("POST", path, 422, json=nobody))["code"] == "EVALUATION_UNKNOWN"
        withheld = {
            **acceptance,
            "withholdings": [
                {"reason": "绩效评价合格 (pass): 50% of the fee at risk", "amount_fen": 3_000_000}
            ],
        }
        accepted = await bureau_e.call("POST", path, 201, json=withheld)
        assert (accepted["withheld_fen"], accepted["fee_released_fen"], accepted["evaluation_id"]) == (
            3_000_000,
            27_000_000,
            made["id"],
        )


class TestWhoSeesWhat:
    async def test_an_institution_sees_its_own_evaluation_another_does_not(
        self, bureau_e: Evaluations, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        scheme = await bureau_e.scheme("inst-scope", "institution")
        made = await bureau_e.call(
            "POST",
            "/api/v1/evaluations",
            201,
            json={
                "scheme_id": scheme["id"],
                "subject_kind": "institution",
                "subject_id": "INST-TEST-0001",
                "county_codes": [COUNTY_A],
                "period_from": "2026-07-01",
                "period_to": "2026-09-30",
            },
        )
        path = f"/api/v1/evaluations/{made['id']}"
        own = bearer(await make_api_key("institution", institution_id="INST-TEST-0001"))
        other = bearer(await make_api_key("institution", institution_id="INST-TEST-0002"))
        assert (await gateway.get(path, headers=own)).status_code == 200
        assert (await gateway.get(path, headers=other)).status_code == 404
        listed = await gateway.get("/api/v1/evaluations", headers=other)
        assert listed.status_code == 200
        assert listed.json()["items"] == []
        no_county = {"scheme_id": scheme["id"], "subject_kind": "institution", "subject_id": "X", **PERIOD}
        refused = await bureau_e.call("POST", "/api/v1/evaluations", 422, json=no_county)
        assert refused["code"] == "EVALUATION_SUBJECT_INVALID"

    async def test_a_contractor_of_other_counties_sees_a_draft_as_unknown(
        self,
        bureau_e: Evaluations,
        contract: dict[str, Any],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        scheme = await bureau_e.scheme("cscope")
        made = await bureau_e.evaluation(scheme["id"], contract["id"])
        path = f"/api/v1/evaluations/{made['id']}"
        own = bearer(await make_api_key("contractor", county_codes=[COUNTY_A]))
        other = bearer(await make_api_key("contractor", county_codes=[COUNTY_B]))
        assert (await gateway.get(path, headers=own)).status_code == 200
        theirs = await gateway.get(path, headers=other)
        nobodys = await gateway.get("/api/v1/evaluations/00000000-0000-4000-8000-000000000000", headers=other)
        assert theirs.status_code == nobodys.status_code == 404
        assert theirs.json()["code"] == nobodys.json()["code"] == "EVALUATION_NOT_FOUND"
        audit = bearer(await make_api_key("audit"))
        assert (await gateway.get(path, headers=audit)).status_code == 200
