"""When the rules apply: each unit's scheme start as versioned data (seed 003:
"本实施方案自 2022 年 6 月 25 日起开始实施", "试点范围从市区职工医保护大到全市职工医保"), nothing of a unit
before it; what a unit owes in its first, partial year; the payment channels per category as policy data;
one payment for what a person owes."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import outbox_events
from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.enrollment.test_bills_and_payments import bill_of, generate, pay
from tests.enrollment.test_imports import HEADER, errors_of, upload
from tests.support import unique_id_number

JOINED = "330381"  # 瑞安市: joined by seed 003 on 2022-06-25
URBAN = "330302"  # 鹿城区: 市区 under the 2019 measures (date unconfirmed)


async def set_scheme(
    gateway: httpx.AsyncClient, key: str, code: str, start: str, *, expect: int = 200
) -> dict[str, Any]:
    body = {"scheme_start_on": start, "basis": "bureau notice (test)", "confirmed": True, "reason": "test"}
    response = await gateway.put(f"/api/v1/counties/{code}/scheme", json=body, headers=bearer(key))
    assert response.status_code == expect, response.text
    return dict(response.json())


async def set_policy(enrollment: Enrollment, *, expect: int = 200, **changes: Any) -> dict[str, Any]:
    bureau = bearer(enrollment.keys["bureau"])
    current = (await enrollment.gateway.get("/api/v1/contribution-policies/2022", headers=bureau)).json()
    body = {k: v for k, v in current.items() if k != "year"} | changes
    response = await enrollment.gateway.put("/api/v1/contribution-policies/2022", json=body, headers=bureau)
    assert response.status_code == expect, response.text
    return dict(response.json())


class TestSchemeStartAsData:
    async def test_the_reference_data_says_when_each_unit_joined_and_whether_that_is_confirmed(
        self, enrollment: Enrollment
    ) -> None:
        listed = await enrollment.gateway.get("/api/v1/counties", headers=enrollment.headers)
        units = {c["code"]: c for c in listed.json()["items"]}
        assert units[JOINED]["scheme_start_on"] == "2022-06-25"
        assert units[JOINED]["scheme"]["confirmed"] is True
        assert "2022 年 6 月 25 日起开始实施" in units[JOINED]["scheme"]["basis"]
        assert (units[URBAN]["scheme_start_on"], units[URBAN]["scheme"]["confirmed"]) == ("2019-01-01", False)
        assert all(c["scheme_start_on"] for c in units.values())

    async def test_the_bureau_records_a_new_version_and_the_history_keeps_the_old_one(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        answer = await set_scheme(enrollment.gateway, enrollment.keys["bureau"], URBAN, "2019-03-01")
        assert answer["current"]["scheme_start_on"] == "2019-03-01"
        assert [v["scheme_start_on"] for v in answer["history"]] == ["2019-03-01", "2019-01-01"]
        assert answer["current"]["recorded_by"] != "reference data"
        unit = await enrollment.gateway.get(f"/api/v1/counties/{URBAN}", headers=enrollment.headers)
        assert unit.json()["scheme_start_on"] == "2019-03-01"
        events = (
            (
                await session.execute(
                    select(outbox_events.c.payload).where(
                        outbox_events.c.event_type == "county.scheme_changed"
                    )
                )
            )
            .scalars()
            .all()
        )
        assert {"county_code": URBAN, "scheme_start_on": "2019-03-01", "confirmed": True,
                "version": answer["current"]["version"]} in events  # fmt: skip

    async def test_only_the_bureau_changes_it(self, enrollment: Enrollment) -> None:
        await set_scheme(enrollment.gateway, enrollment.keys["contractor"], URBAN, "2019-03-01", expect=403)


class TestNothingBeforeTheStart:
    async def test_an_enrolment_before_the_start_is_refused_and_one_on_the_day_accepted(
        self, enrollment: Enrollment
    ) -> None:
        early = await enrollment.enrol(county_code=JOINED, enrolled_on="2022-06-24", expect=422)
        assert (early["code"], early["scheme_start_on"]) == ("COUNTY_NOT_IN_SCHEME", "2022-06-25")
        fields = [(e["field"], e["code"]) for e in early["errors"]]
        assert fields == [("body.enrolled_on", "COUNTY_NOT_IN_SCHEME")]
        await enrollment.enrol(county_code=JOINED, enrolled_on="2022-06-25")

    async def test_an_import_reports_the_early_row_and_keeps_the_good_ones(
        self, enrollment: Enrollment
    ) -> None:
        body = "\n".join(
            [
                HEADER,
                f"{unique_id_number()},甲,retiree,{JOINED},,2022-06-24",
                f"{unique_id_number()},乙,retiree,{JOINED},,2022-06-25",
                f"{unique_id_number()},丙,retiree,{URBAN},,2022-01-01",
            ]
        )
        response = await upload(enrollment.gateway, enrollment.keys["contractor"], body)
        job = response.json()
        assert (job["rows_created"], job["rows_failed"]) == (2, 1), response.text
        errors = await errors_of(enrollment.gateway, enrollment.keys["contractor"], job["id"])
        assert [(e["row_number"], e["field"], e["code"]) for e in errors] == [
            (2, "enrolled_on", "COUNTY_NOT_IN_SCHEME")
        ]

    async def test_coverage_before_the_start_says_so(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(county_code=JOINED, enrolled_on="2022-07-01")
        before = await enrollment.coverage(person["id"], "2022-06-01")
        assert (before["covered"], before["reason"], before["scheme_start_on"]) == (
            False,
            "COUNTY_NOT_IN_SCHEME",
            "2022-06-25",
        )
        assert (await enrollment.coverage(person["id"], "2022-07-01"))["covered"] is True

    async def test_no_bills_for_a_year_before_the_unit_joined(self, enrollment: Enrollment) -> None:
        await enrollment.enrol(county_code=JOINED, enrolled_on="2022-07-01")
        await set_scheme(enrollment.gateway, enrollment.keys["bureau"], JOINED, "2023-01-01")
        refused = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate",
            json={"year": 2022, "county_code": JOINED},
            headers=enrollment.headers,
        )
        assert (refused.status_code, refused.json()["code"]) == (422, "COUNTY_NOT_IN_SCHEME")
        await generate(enrollment)  # the city-wide run passes the unit over
        bills = await enrollment.gateway.get(
            "/api/v1/contribution-bills", params={"year": 2022, "limit": 500}, headers=enrollment.headers
        )
        assert JOINED not in {b["county_code"] for b in bills.json()["items"]}


class TestTheFirstPartialYear:
    async def test_full_by_default(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(county_code=JOINED)
        await generate(enrollment, county_code=JOINED)
        bill = await bill_of(enrollment, person["id"])
        assert (bill["employer_due_fen"], bill["individual_due_fen"]) == (5_000, 5_000)

    async def test_pro_rata_counts_the_days_from_the_start_each_half_rounded_half_up(
        self, enrollment: Enrollment
    ) -> None:
        policy = await set_policy(enrollment, first_year_rule="pro_rata")
        assert policy["first_year_rule"] == "pro_rata"
        joined = await enrollment.enrol(county_code=JOINED)
        urban = await enrollment.enrol(county_code=URBAN)
        await generate(enrollment)
        # 2022-06-25 … 2022-12-31 = 190 of 365 days: 5 000 × 190 / 365 = 2 602.74 → 2 603 fen a half
        bill = await bill_of(enrollment, joined["id"])
        assert (bill["employer_due_fen"], bill["individual_due_fen"]) == (2_603, 2_603)
        whole = await bill_of(enrollment, urban["id"])  # 2022 is not 鹿城's first year
        assert (whole["employer_due_fen"], whole["individual_due_fen"]) == (5_000, 5_000)

    async def test_none_bills_nobody_of_the_unit_that_year(self, enrollment: Enrollment) -> None:
        await set_policy(enrollment, first_year_rule="none")
        joined = await enrollment.enrol(county_code=JOINED)
        await generate(enrollment)
        bills = await enrollment.gateway.get(
            "/api/v1/contribution-bills", params={"person_id": joined["id"]}, headers=enrollment.headers
        )
        assert bills.json()["items"] == []


class TestChannelsPerCategory:
    async def test_the_seed_matrix_ships_flagged_and_a_retiree_may_not_pay_by_personal_account(
        self, enrollment: Enrollment
    ) -> None:
        policy = await enrollment.gateway.get(
            "/api/v1/contribution-policies/2022", headers=enrollment.headers
        )
        assert policy.json()["channels_by_category"]["retiree"] == [
            "annual_self_payment",
            "pension_deduction",
        ]
        assert {"channels_by_category", "first_year_rule"} <= set(policy.json()["unconfirmed_fields"])
        person = await enrollment.enrol(category="retiree")
        await generate(enrollment)
        bill = await bill_of(enrollment, person["id"])
        refused = await pay(
            enrollment, bill_id=bill["id"], payer="individual", channel="personal_account", amount_fen=5_000,
            expect=422,
        )  # fmt: skip
        assert (refused["code"], refused["allowed_channels"]) == (
            "CHANNEL_NOT_ALLOWED",
            ["annual_self_payment", "pension_deduction"],
        )

    async def test_the_bureau_may_widen_them_even_after_the_years_bills_exist(
        self, enrollment: Enrollment
    ) -> None:
        person = await enrollment.enrol(category="retiree")
        await generate(enrollment)
        await set_policy(
            enrollment,
            channels_by_category={
                "employee": ["personal_account"],
                "flexible": ["annual_self_payment"],
                "retiree": ["annual_self_payment", "pension_deduction", "personal_account"],
            },
        )
        await set_policy(enrollment, amount_per_person_fen=20_000, employer_share_fen=10_000,
                         individual_share_fen=10_000, expect=409)  # fmt: skip
        bill = await bill_of(enrollment, person["id"])
        await pay(
            enrollment, bill_id=bill["id"], payer="individual", channel="personal_account", amount_fen=5_000
        )


class TestOnePaymentSettlesWhatThePersonOwes:
    async def test_a_retirees_pension_deduction_of_100_yuan_pays_both_halves(
        self, enrollment: Enrollment
    ) -> None:
        person = await enrollment.enrol(category="retiree")
        await generate(enrollment)
        bill = await bill_of(enrollment, person["id"])
        paid = await pay(
            enrollment, bill_id=bill["id"], payer="individual", channel="pension_deduction", amount_fen=10_000
        )
        assert (paid["applied_fen"], paid["excess_fen"], paid["bill_status"]) == (10_000, 0, "paid")
        after = await bill_of(enrollment, person["id"])
        assert (after["individual_paid_fen"], after["employer_paid_fen"]) == (5_000, 5_000)

    async def test_an_employees_own_payment_pays_only_their_half(self, enrollment: Enrollment) -> None:
        employer = await enrollment.employer()
        person = await enrollment.enrol(category="employee", employer_credit_code=employer["credit_code"])
        await generate(enrollment)
        bill = await bill_of(enrollment, person["id"])
        paid = await pay(
            enrollment, bill_id=bill["id"], payer="individual", channel="personal_account", amount_fen=10_000
        )
        assert (paid["applied_fen"], paid["excess_fen"], paid["bill_status"]) == (5_000, 5_000, "partial")
