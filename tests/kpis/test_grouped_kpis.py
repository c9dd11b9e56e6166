"""Grouped KPI reports (``group_by=county`` on the three services, ``group_by=institution`` on settlement):
one call answers a report per group, and each report is exactly what the ungrouped call answers for that
group alone — the figures oversight scores a subject by do not depend on how they were fetched."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from contracts.kpis import AssessmentKpi as A
from contracts.kpis import EnrollmentKpi as E
from contracts.kpis import KpiGroupedReport, KpiReport
from contracts.kpis import SettlementKpi as S
from tests.assessment.conftest import (
    Api,
    assessment_app,  # noqa: F401
    assessment_reference,  # noqa: F401
    put_in_force,
    severe_items,
)
from tests.enrollment.conftest import Enrollment
from tests.enrollment.test_bills_and_payments import bill_of, generate, pay
from tests.kpis.conftest import Kpis, change
from tests.kpis.test_assessment_kpis import contractor  # noqa: F401
from tests.kpis.test_settlement_kpis import INSTITUTION, Institution, institution  # noqa: F401
from tests.settlement.conftest import LUCHENG, feeds  # noqa: F401

RUIAN = "330381"
YEAR_2022 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}
YEAR_2026 = {"period_from": "2026-01-01", "period_to": "2026-12-31"}


async def grouped(kpis: Kpis, **params: object) -> KpiGroupedReport:
    response = await kpis.get(**params)
    assert response.status_code == 200, response.text
    return KpiGroupedReport.model_validate(response.json())


async def each_as_if_asked_alone(kpis: Kpis, answer: KpiGroupedReport) -> None:
    """Every group's report equals the ungrouped report of that county (of that institution in it)."""
    for report in answer.reports:
        alone: dict[str, object] = {
            "county_code": report.county_codes,
            "period_from": answer.period_from.isoformat(),
            "period_to": answer.period_to.isoformat(),
        }
        if report.institution_id is not None:
            alone["institution_id"] = report.institution_id
        assert report == await kpis.report(**alone), report.county_codes


def figures(report: KpiReport) -> dict[str, tuple[int, int | None]]:
    return {i.code: (i.numerator, i.denominator) for i in report.indicators}


def of(answer: KpiGroupedReport, county: str) -> dict[str, tuple[int, int | None]]:
    [report] = [r for r in answer.reports if r.county_codes == [county]]
    return figures(report)


class TestEnrollmentByCounty:
    async def test_one_report_per_county_each_equal_to_asking_for_it_alone(
        self, enrollment: Enrollment, enrollment_kpis: Kpis
    ) -> None:
        before = await grouped(enrollment_kpis, group_by="county", **YEAR_2022)
        paid, unpaid = [await enrollment.enrol(enrolled_on="2022-01-01") for _ in range(2)]
        await enrollment.enrol(county_code=RUIAN, enrolled_on="2022-07-01")
        generated = await generate(enrollment, county_code=LUCHENG)
        bill = await bill_of(enrollment, paid["id"])
        await pay(enrollment, bill_id=bill["id"], payer="individual", channel="pension_deduction",
                  amount_fen=4_000, paid_on="2022-09-01")  # fmt: skip
        assert unpaid["id"]

        after = await grouped(enrollment_kpis, group_by="county", **YEAR_2022)
        # all 13 counties when none is named, by code, one call
        assert [r.county_codes[0] for r in after.reports] == sorted(after.county_codes)
        assert len(after.reports) == 13
        await each_as_if_asked_alone(enrollment_kpis, after)
        lucheng = change(of(before, LUCHENG), of(after, LUCHENG))
        assert lucheng[E.INSURED_VS_TARGET_ASSURED] == (2, 0)
        # the year's bills of 鹿城区 and what was paid on them by the period's end (数据通报)
        assert lucheng[E.CONTRIBUTIONS_COLLECTED_YEAR_TO_DATE] == (4_000, generated["amount_due_fen"])
        assert change(of(before, RUIAN), of(after, RUIAN))[E.INSURED_VS_TARGET_ASSURED] == (1, 0)

    async def test_counties_named_are_the_groups(self, enrollment_kpis: Kpis) -> None:
        answer = await grouped(enrollment_kpis, group_by="county", county_code=[RUIAN, LUCHENG], **YEAR_2022)
        assert [r.county_codes for r in answer.reports] == [[LUCHENG], [RUIAN]]
        # annex 2's 确保数 of each county on its own report
        assert of(answer, LUCHENG)[E.INSURED_VS_TARGET_ASSURED][1] == 490_000
        assert of(answer, RUIAN)[E.INSURED_VS_TARGET_ASSURED][1] == 370_000


class TestAssessmentByCounty:
    async def test_applications_levels_and_experts_per_county(
        self,
        contractor: Api,  # noqa: F811
        assessment_app: FastAPI,  # noqa: F811
        assessment_kpis: Kpis,
    ) -> None:
        before = await grouped(assessment_kpis, group_by="county", **YEAR_2026)
        for _ in range(6):
            await contractor.expert()
        await contractor.expert(county=RUIAN)
        _, severe = await contractor.apply()
        await put_in_force(contractor, assessment_app, severe.json()["id"], severe_items())
        await contractor.apply()

        after = await grouped(assessment_kpis, group_by="county", **YEAR_2026)
        await each_as_if_asked_alone(assessment_kpis, after)
        lucheng = change(of(before, LUCHENG), of(after, LUCHENG))
        assert lucheng[A.APPLICATIONS_RECEIVED] == (2, None)
        assert lucheng[A.LEVEL_5_IN_FORCE] == (1, None)
        assert lucheng[A.EXPERTS_IN_POOL] == (6, None)
        assert change(of(before, RUIAN), of(after, RUIAN))[A.EXPERTS_IN_POOL] == (1, None)


class TestSettlementByCountyAndInstitution:
    async def test_each_institution_within_its_county_as_its_evaluation_asks(
        self,
        institution: Institution,  # noqa: F811
        settlement_kpis: Kpis,
    ) -> None:
        uploaded = await institution.upload_june()
        assert uploaded.status_code == 201, uploaded.text
        await institution.call("/api/v1/settlement-runs", {"county_code": LUCHENG, "month": "2026-06"})

        by_county = await grouped(settlement_kpis, group_by="county", **YEAR_2026)
        await each_as_if_asked_alone(settlement_kpis, by_county)
        by_institution = await grouped(settlement_kpis, group_by="institution", **YEAR_2026)
        await each_as_if_asked_alone(settlement_kpis, by_institution)
        [own] = [r for r in by_institution.reports if r.institution_id == INSTITUTION]
        assert own.county_codes == [LUCHENG]
        assert figures(own)[S.RECORDS_CUT_BY_CHECKS] == (1, 5)
        assert figures(own)[S.RECORD_IMPORT_ROWS_REJECTED] == (1, 6)
        # only institutions of the counties asked
        elsewhere = await grouped(settlement_kpis, group_by="institution", county_code="330305", **YEAR_2026)
        assert INSTITUTION not in {r.institution_id for r in elsewhere.reports}


class TestGroupsRefused:
    @pytest.mark.parametrize("service", ["enrollment", "assessment"])
    async def test_only_settlement_groups_by_institution(
        self, service: str, enrollment_kpis: Kpis, assessment_kpis: Kpis
    ) -> None:
        kpis = enrollment_kpis if service == "enrollment" else assessment_kpis
        response = await kpis.get(group_by="institution", **YEAR_2026)
        assert (response.status_code, response.json()["code"]) == (422, "KPI_GROUP_UNSUPPORTED")

    async def test_a_group_is_not_asked_with_one_institution(self, settlement_kpis: Kpis) -> None:
        response = await settlement_kpis.get(group_by="county", institution_id="WZ-LC-0001", **YEAR_2026)
        assert (response.status_code, response.json()["code"]) == (422, "KPI_GROUP_UNSUPPORTED")

    async def test_an_unknown_grouping_is_a_422(self, settlement_kpis: Kpis) -> None:
        response = await settlement_kpis.get(group_by="caregiver", **YEAR_2026)
        assert response.status_code == 422
