"""Enrollment's indicators for oversight: insured at the period's end against annex 2's targets (status and
county as they were that day), contributions collected by the due date and by the end of the grace period,
and the error rate of imports — each figure the exact count or fen of what was recorded."""

from __future__ import annotations

import datetime as dt

import httpx

from contracts.kpis import EnrollmentKpi as K
from shared.dates import SHANGHAI
from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.enrollment.test_bills_and_payments import bill_of, generate, pay
from tests.enrollment.test_imports import HEADER, upload
from tests.kpis.conftest import Kpis, change
from tests.support import unique_id_number

LUCHENG, RUIAN = "330302", "330381"
YEAR_2022 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}


async def transfer(enrollment: Enrollment, person_id: str, county: str, on: str) -> None:
    response = await enrollment.gateway.post(
        f"/api/v1/persons/{person_id}/county-transfers",
        json={"county_code": county, "effective_on": on, "reason": "moved house"},
        headers=bearer(enrollment.keys["bureau"]),
    )
    assert response.status_code == 201, response.text


class TestInsuredAgainstTargets:
    async def test_counts_who_was_insured_on_the_last_day_in_the_county_of_that_day(
        self, enrollment: Enrollment, enrollment_kpis: Kpis
    ) -> None:
        lucheng = {"county_code": LUCHENG, **YEAR_2022}
        ruian = {"county_code": RUIAN, **YEAR_2022}
        before, before_ruian = (
            await enrollment_kpis.figures(**lucheng),
            await enrollment_kpis.figures(**ruian),
        )
        await enrollment.enrol(enrolled_on="2022-01-01")  # insured all year: counted
        later_terminated = await enrollment.enrol(enrolled_on="2022-01-01")
        await enrollment.status(later_terminated["id"], "terminated", "2023-02-01")  # insured on 12-31
        suspended = await enrollment.enrol(enrolled_on="2022-01-01")
        await enrollment.status(suspended["id"], "suspended", "2022-06-01")  # not insured on 12-31
        await enrollment.enrol(enrolled_on="2023-01-05")  # enrolled after the period
        moved_in = await enrollment.enrol(county_code=RUIAN, enrolled_on="2022-07-01")
        await transfer(enrollment, moved_in["id"], LUCHENG, "2023-03-01")  # in 瑞安 on 12-31
        moved_out = await enrollment.enrol(enrolled_on="2022-01-01")
        await transfer(enrollment, moved_out["id"], RUIAN, "2023-03-01")  # in 鹿城 on 12-31

        delta = change(before, await enrollment_kpis.figures(**lucheng))
        assert delta[K.INSURED_VS_TARGET_ASSURED] == (3, 0)
        assert delta[K.INSURED_VS_TARGET_STRETCH] == (3, 0)
        assert change(before_ruian, await enrollment_kpis.figures(**ruian))[K.INSURED_VS_TARGET_ASSURED] == (
            1,
            0,
        )

    async def test_the_denominators_are_annex_2s_targets_summed_over_the_counties(
        self, enrollment_kpis: Kpis
    ) -> None:
        # 鹿城区 确保数 49 万, 力争数 58.57 万; 瑞安市 37 万 and 44.66 万 (seed 003, annex 2, 2022)
        both = await enrollment_kpis.figures(county_code=[LUCHENG, RUIAN], **YEAR_2022)
        assert both[K.INSURED_VS_TARGET_ASSURED][1] == 490_000 + 370_000
        assert both[K.INSURED_VS_TARGET_STRETCH][1] == 585_700 + 446_600
        # a later period is measured against the latest year's targets; one before any has none
        later = await enrollment_kpis.figures(
            county_code=LUCHENG, period_from="2025-01-01", period_to="2025-12-31"
        )
        assert later[K.INSURED_VS_TARGET_ASSURED][1] == 490_000
        earlier = await enrollment_kpis.figures(
            county_code=LUCHENG, period_from="2021-01-01", period_to="2021-12-31"
        )
        assert earlier[K.INSURED_VS_TARGET_ASSURED][1] == 0


class TestContributionsCollected:
    async def test_fen_paid_by_the_due_date_and_by_the_end_of_grace_over_fen_due(
        self, enrollment: Enrollment, enrollment_kpis: Kpis
    ) -> None:
        params = {"county_code": LUCHENG, **YEAR_2022}
        after_due = {"county_code": LUCHENG, "period_from": "2022-06-01", "period_to": "2022-12-31"}
        before, before_after_due = (
            await enrollment_kpis.figures(**params),
            await enrollment_kpis.figures(**after_due),
        )
        on_time, late, never = [await enrollment.enrol(enrolled_on="2022-01-01") for _ in range(3)]
        generated = await generate(enrollment, county_code=LUCHENG)
        # 2022's policy: due 2022-05-31, 90 days' grace (to 2022-08-29)
        bill = await bill_of(enrollment, on_time["id"])
        await pay(enrollment, bill_id=bill["id"], payer="individual", channel="pension_deduction",
                  amount_fen=5_000, paid_on="2022-05-31")  # fmt: skip
        await pay(enrollment, bill_id=bill["id"], payer="employer", channel="annual_self_payment",
                  amount_fen=5_000, paid_on="2022-08-29")  # fmt: skip
        late_bill = await bill_of(enrollment, late["id"])
        await pay(enrollment, bill_id=late_bill["id"], payer="individual", channel="pension_deduction",
                  amount_fen=3_000, paid_on="2022-08-30")  # fmt: skip
        assert never["id"]

        delta = change(before, await enrollment_kpis.figures(**params))
        assert generated["amount_due_fen"] >= 30_000
        assert delta[K.CONTRIBUTIONS_PAID_BY_DUE_DATE] == (5_000, generated["amount_due_fen"])
        assert delta[K.CONTRIBUTIONS_PAID_BY_GRACE_END] == (10_000, generated["amount_due_fen"])
        # bills due before the period are not its bills
        unchanged = change(before_after_due, await enrollment_kpis.figures(**after_due))
        assert unchanged[K.CONTRIBUTIONS_PAID_BY_DUE_DATE] == (0, 0)


class TestImportErrorRate:
    async def test_rows_failed_over_rows_sent_in_imports_of_the_counties_finished_in_the_period(
        self, enrollment: Enrollment, enrollment_kpis: Kpis, gateway: httpx.AsyncClient
    ) -> None:
        today = dt.datetime.now(SHANGHAI).date().isoformat()
        params = {"county_code": LUCHENG, "period_from": today, "period_to": today}
        before = await enrollment_kpis.figures(**params)
        lines = [
            HEADER,
            f"{unique_id_number()},张三,retiree,330302,,2022-01-01",
            f"{unique_id_number()},李四,retiree,330302,,2022-01-01",
            f"{unique_id_number()},王五,worker,330302,,2022-01-01",  # category unknown
        ]
        job = await upload(gateway, enrollment.keys["contractor"], "\n".join(lines) + "\n")
        assert job.status_code == 201, job.text
        assert (job.json()["rows_total"], job.json()["rows_failed"]) == (3, 1)
        delta = change(before, await enrollment_kpis.figures(**params))
        assert delta[K.ENROLLMENT_IMPORT_ROWS_FAILED] == (1, 3)
        # an import by a client of other counties is not these counties'
        elsewhere = await enrollment_kpis.figures(county_code="330305", period_from=today, period_to=today)
        assert elsewhere[K.ENROLLMENT_IMPORT_ROWS_FAILED] == (0, 0)
