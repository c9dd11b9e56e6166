"""Annual bills and payments: both halves, who pays which, partial, over- and duplicate payments, files."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import outbox_events
from tests.conftest import ClientFactory, bearer
from tests.enrollment.conftest import Enrollment
from tests.support import unique_id_number


async def generate(enrollment: Enrollment, year: int = 2022, **body: Any) -> dict[str, Any]:
    response = await enrollment.gateway.post(
        "/api/v1/contribution-bills:generate", json={"year": year, **body}, headers=enrollment.headers
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def bill_of(enrollment: Enrollment, person_id: str, year: int = 2022) -> dict[str, Any]:
    response = await enrollment.gateway.get(
        "/api/v1/contribution-bills",
        params={"person_id": person_id, "year": year},
        headers=enrollment.headers,
    )
    [bill] = response.json()["items"]
    return dict(bill)


async def pay(enrollment: Enrollment, *, expect: int = 201, **body: Any) -> dict[str, Any]:
    payload = {"paid_on": "2022-04-01", "external_ref": f"ref-{unique_id_number()}", **body}
    response = await enrollment.gateway.post("/api/v1/payments", json=payload, headers=enrollment.headers)
    assert response.status_code == expect, response.text
    return dict(response.json())


class TestBills:
    async def test_an_employee_owes_half_and_the_employer_the_other_half(
        self, enrollment: Enrollment
    ) -> None:
        employer = await enrollment.employer()
        person = await enrollment.enrol(category="employee", employer_credit_code=employer["credit_code"])
        await generate(enrollment, county_code="330302")
        bill = await bill_of(enrollment, person["id"])
        assert (bill["employer_due_fen"], bill["individual_due_fen"]) == (5_000, 5_000)
        assert bill["employer_half_payer"] == "employer"
        assert bill["status"] == "unpaid"

    @pytest.mark.parametrize("category", ["retiree", "flexible"])
    async def test_retirees_and_flexible_workers_owe_both_halves_themselves(
        self, enrollment: Enrollment, category: str
    ) -> None:
        person = await enrollment.enrol(category=category)
        await generate(enrollment)
        assert (await bill_of(enrollment, person["id"]))["employer_half_payer"] == "individual"

    async def test_generating_twice_creates_each_bill_once(self, enrollment: Enrollment) -> None:
        await enrollment.enrol(county_code="330381")
        first = await generate(enrollment, county_code="330381")
        second = await generate(enrollment, county_code="330381")
        assert first["bills_created"] >= 1
        assert first["amount_due_fen"] == first["bills_created"] * 10_000
        assert second["bills_created"] == 0
        assert second["bills_existing"] == first["bills_created"] + first["bills_existing"]

    async def test_persons_no_longer_insured_get_no_bill(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        await enrollment.status(person["id"], "terminated", "2022-01-15")
        await generate(enrollment)
        listed = await enrollment.gateway.get(
            "/api/v1/contribution-bills", params={"person_id": person["id"]}, headers=enrollment.headers
        )
        assert listed.json()["items"] == []

    async def test_a_year_without_policy_is_refused(self, enrollment: Enrollment) -> None:
        response = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2031}, headers=enrollment.headers
        )
        assert response.status_code == 422
        assert response.json()["code"] == "POLICY_MISSING"


class TestPayments:
    @pytest.fixture
    async def retiree_bill(self, enrollment: Enrollment) -> dict[str, Any]:
        person = await enrollment.enrol(category="retiree")
        await generate(enrollment)
        return await bill_of(enrollment, person["id"])

    async def test_partial_then_full_payment_settles_the_bill(
        self, enrollment: Enrollment, retiree_bill: dict[str, Any]
    ) -> None:
        first = await pay(
            enrollment,
            bill_id=retiree_bill["id"],
            payer="individual",
            channel="pension_deduction",
            amount_fen=3_000,
        )
        assert first["bill_status"] == "partial"
        await pay(
            enrollment,
            bill_id=retiree_bill["id"],
            payer="individual",
            channel="annual_self_payment",
            amount_fen=2_000,
        )
        last = await pay(
            enrollment,
            bill_id=retiree_bill["id"],
            payer="employer",
            channel="annual_self_payment",
            amount_fen=5_000,
        )
        assert last["bill_status"] == "paid"

    async def test_an_over_payment_is_kept_apart_as_excess_not_income(
        self, enrollment: Enrollment, retiree_bill: dict[str, Any], session: AsyncSession
    ) -> None:
        payment = await pay(
            enrollment,
            bill_id=retiree_bill["id"],
            payer="individual",
            channel="annual_self_payment",
            amount_fen=12_500,
        )
        assert (payment["applied_fen"], payment["excess_fen"]) == (10_000, 2_500)
        assert (await bill_of(enrollment, retiree_bill["person_id"]))["excess_fen"] == 2_500
        events = (
            (
                await session.execute(
                    select(outbox_events.c.payload).where(outbox_events.c.aggregate_id == payment["id"])
                )
            )
            .scalars()
            .all()
        )
        assert [(e["amount_fen"], e["to_employer_half_fen"]) for e in events] == [(10_000, 5_000)]

    async def test_the_same_reference_twice_is_one_payment(
        self, enrollment: Enrollment, retiree_bill: dict[str, Any]
    ) -> None:
        body = {
            "bill_id": retiree_bill["id"],
            "payer": "individual",
            "channel": "annual_self_payment",
            "amount_fen": 5_000,
            "external_ref": "bank-2022-0001",
        }
        first = await pay(enrollment, **body)
        again = await enrollment.gateway.post(
            "/api/v1/payments", json={**body, "paid_on": "2022-04-01"}, headers=enrollment.headers
        )
        assert again.status_code == 200
        assert again.json()["id"] == first["id"]
        assert (await bill_of(enrollment, retiree_bill["person_id"]))["individual_paid_fen"] == 5_000
        other = await enrollment.gateway.post(
            "/api/v1/payments",
            json={**body, "amount_fen": 100, "paid_on": "2022-04-01"},
            headers=enrollment.headers,
        )
        assert other.status_code == 409
        assert other.json()["code"] == "PAYMENT_REF_CONFLICT"

    async def test_a_reference_taken_in_another_contractors_county_does_not_reveal_that_payment(
        self, enrollment: Enrollment, retiree_bill: dict[str, Any], make_api_key: ClientFactory
    ) -> None:
        """Issue 11: contractor B learned A's payment id from the 409 on A's reference. A reference is unique
        per channel city-wide (it names one transfer of money), so B is refused, but told nothing more."""
        body: dict[str, Any] = {"payer": "individual", "channel": "annual_self_payment", "amount_fen": 5_000}
        ref = "bank-A-0001"
        mine = await pay(enrollment, bill_id=retiree_bill["id"], external_ref=ref, **body)
        other = bearer(await make_api_key("contractor", county_codes=["330303"]))
        person = await enrollment.gateway.post(
            "/api/v1/persons",
            json={
                "id_number": unique_id_number(address="330303"),
                "name": "李四",
                "category": "retiree",
                "county_code": "330303",
                "enrolled_on": "2022-01-01",
            },
            headers=other,
        )
        assert person.status_code == 201, person.text
        generated = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2022, "county_code": "330303"}, headers=other
        )
        assert generated.status_code == 200, generated.text
        bills = await enrollment.gateway.get(
            "/api/v1/contribution-bills", params={"person_id": person.json()["id"]}, headers=other
        )
        theirs = bills.json()["items"][0]["id"]
        taken = await enrollment.gateway.post(
            "/api/v1/payments",
            json={**body, "bill_id": theirs, "paid_on": "2022-04-01", "external_ref": ref},
            headers=other,
        )
        assert (taken.status_code, taken.json()["code"]) == (409, "PAYMENT_REF_CONFLICT")
        assert "payment_id" not in taken.json()
        assert mine["id"] not in taken.text
        changed = {**body, "bill_id": retiree_bill["id"], "paid_on": "2022-04-02", "external_ref": ref}
        again = await enrollment.gateway.post("/api/v1/payments", json=changed, headers=enrollment.headers)
        assert again.json()["payment_id"] == mine["id"]  # its own county's payment: named to its contractor

    async def test_an_employer_half_comes_by_premium_transfer_only(self, enrollment: Enrollment) -> None:
        employer = await enrollment.employer()
        person = await enrollment.enrol(category="employee", employer_credit_code=employer["credit_code"])
        await generate(enrollment)
        bill = await bill_of(enrollment, person["id"])
        wrong = await pay(
            enrollment,
            bill_id=bill["id"],
            payer="employer",
            channel="personal_account",
            amount_fen=5_000,
            expect=422,
        )
        assert wrong["code"] == "CHANNEL_NOT_ALLOWED"
        ok = await pay(
            enrollment,
            bill_id=bill["id"],
            payer="employer",
            channel="employer_premium_transfer",
            amount_fen=5_000,
        )
        assert ok["applied_fen"] == 5_000
        pension = await pay(
            enrollment,
            bill_id=bill["id"],
            payer="individual",
            channel="pension_deduction",
            amount_fen=5_000,
            expect=422,
        )
        assert pension["code"] == "CHANNEL_NOT_ALLOWED"

    async def test_a_family_account_names_another_payer(self, enrollment: Enrollment) -> None:
        flexible = await enrollment.enrol(category="flexible")
        await generate(enrollment)
        flexible_bill = await bill_of(enrollment, flexible["id"])
        person = await enrollment.gateway.get(f"/api/v1/persons/{flexible['id']}", headers=enrollment.headers)
        self_pay = await pay(
            enrollment,
            bill_id=flexible_bill["id"],
            payer="individual",
            channel="family_account",
            amount_fen=5_000,
            payer_id_number=person.json()["id_number"],
            expect=422,
        )
        assert self_pay["code"] == "FAMILY_PAYER_IS_PERSON"
        relative = unique_id_number()
        paid = await pay(
            enrollment,
            bill_id=flexible_bill["id"],
            payer="individual",
            channel="family_account",
            amount_fen=5_000,
            payer_id_number=relative,
        )
        assert paid["payer_id_number"] == relative[:4] + "*" * 10 + relative[-4:]

    async def test_by_id_number_and_year(self, enrollment: Enrollment, retiree_bill: dict[str, Any]) -> None:
        person = await enrollment.gateway.get(
            f"/api/v1/persons/{retiree_bill['person_id']}", headers=enrollment.headers
        )
        paid = await pay(
            enrollment,
            id_number=person.json()["id_number"],
            year=2022,
            payer="individual",
            channel="annual_self_payment",
            amount_fen=5_000,
        )
        assert paid["bill_id"] == retiree_bill["id"]


class TestCoverageAndContributions:
    async def test_an_unpaid_bill_ends_coverage_after_the_grace_period(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol(category="flexible")
        await generate(enrollment)
        # 2022: due 2022-05-31, grace 90 days → last covered day 2022-08-29
        assert (await enrollment.coverage(person["id"], "2022-08-29"))["covered"] is True
        late = await enrollment.coverage(person["id"], "2022-08-30")
        assert (late["covered"], late["reason"]) == (False, "CONTRIBUTION_UNPAID")
        bill = await bill_of(enrollment, person["id"])
        for payer in ("employer", "individual"):
            await pay(
                enrollment, bill_id=bill["id"], payer=payer, channel="annual_self_payment", amount_fen=5_000
            )
        assert (await enrollment.coverage(person["id"], "2022-08-30"))["covered"] is True


HEADER = "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number"


class TestPaymentImport:
    async def test_a_file_of_payments_applies_good_lines_and_reports_the_rest(
        self, enrollment: Enrollment
    ) -> None:
        people = [await enrollment.enrol(category="retiree") for _ in range(3)]
        await generate(enrollment)
        bills = [await bill_of(enrollment, p["id"]) for p in people]
        numbers = [p["id_number"] for p in people]
        lines = [
            HEADER,
            f"{bills[0]['id']},,,individual,annual_self_payment,5000,2022-03-01,f-1,",  # 2 ok
            f",{numbers[1]},2022,individual,pension_deduction,3000,2022-03-01,f-2,",  # 3 ok, partial
            f",{numbers[1]},2022,individual,pension_deduction,4000,2022-03-02,f-3,",  # 4 ok, 2000 excess
            f"{bills[2]['id']},,,employer,employer_premium_transfer,5000,2022-03-01,f-4,",  # 5 channel
            f"{bills[2]['id']},,,individual,annual_self_payment,-5,2022-03-01,f-5,",  # 6 amount
            f",{unique_id_number()},2022,individual,annual_self_payment,5000,2022-03-01,f-6,",  # 7 no bill
            f"{bills[2]['id']},,,individual,annual_self_payment,5000,2022-03-01,f-1,",  # 8 duplicate ref
        ]
        response = await enrollment.gateway.post(
            "/api/v1/payment-imports",
            content="\n".join(lines).encode(),
            headers={**enrollment.headers, "Content-Type": "text/csv"},
        )
        job = response.json()
        assert response.status_code == 201, response.text
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (7, 3, 4)
        errors = await enrollment.gateway.get(
            f"/api/v1/payment-imports/{job['id']}/errors", headers=enrollment.headers
        )
        codes = {(e["row_number"], e["code"]) for e in errors.json()["items"]}
        assert codes == {
            (5, "CHANNEL_NOT_ALLOWED"),
            (6, "AMOUNT_FORMAT"),
            (7, "BILL_NOT_FOUND"),
            (8, "DUPLICATE_IN_FILE"),
        }
        assert (await bill_of(enrollment, people[0]["id"]))["individual_paid_fen"] == 5_000
        second = await bill_of(enrollment, people[1]["id"])
        assert (second["individual_paid_fen"], second["excess_fen"]) == (5_000, 2_000)
        again = await enrollment.gateway.post(
            "/api/v1/payment-imports",
            content="\n".join(lines).encode(),
            headers={**enrollment.headers, "Content-Type": "text/csv"},
        )
        assert (again.json()["rows_created"], again.json()["rows_unchanged"]) == (0, 3)
        assert (await bill_of(enrollment, people[1]["id"]))["excess_fen"] == 2_000


class TestPolicy:
    async def test_the_bureau_sets_a_year_and_may_change_it_until_bills_exist(
        self, enrollment: Enrollment, gateway: httpx.AsyncClient
    ) -> None:
        bureau = bearer(enrollment.keys["bureau"])
        body = {
            "year": 2030,
            "amount_per_person_fen": 12_000,
            "employer_share_fen": 6_000,
            "individual_share_fen": 6_000,
            "grace_period_days": 60,
            "effective_from": "2030-01-01",
            "due_on": "2030-06-30",
            "source": "test",
            "unconfirmed_fields": ["grace_period_days"],
        }
        created = await gateway.post("/api/v1/contribution-policies", json=body, headers=bureau)
        assert created.status_code == 201
        assert (
            await gateway.post("/api/v1/contribution-policies", json=body, headers=bureau)
        ).status_code == 409
        changed = await gateway.put(
            "/api/v1/contribution-policies/2030",
            json={**{k: v for k, v in body.items() if k != "year"}, "grace_period_days": 30},
            headers=bureau,
        )
        assert changed.json()["grace_period_days"] == 30
        contractor = await gateway.post(
            "/api/v1/contribution-policies", json={**body, "year": 2031}, headers=enrollment.headers
        )
        assert contractor.status_code == 403

    async def test_shares_must_add_up(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        body = {
            "year": 2032,
            "amount_per_person_fen": 10_000,
            "employer_share_fen": 5_000,
            "individual_share_fen": 4_000,
            "grace_period_days": 60,
            "effective_from": "2032-01-01",
            "due_on": "2032-06-30",
            "source": "test",
        }
        response = await gateway.post(
            "/api/v1/contribution-policies", json=body, headers=bearer(keys["bureau"])
        )
        assert response.status_code == 422

    async def test_a_billed_year_can_no_longer_change(
        self, enrollment: Enrollment, gateway: httpx.AsyncClient
    ) -> None:
        await enrollment.enrol()
        await generate(enrollment)
        body = {
            "amount_per_person_fen": 20_000,
            "employer_share_fen": 10_000,
            "individual_share_fen": 10_000,
            "grace_period_days": 90,
            "effective_from": "2022-01-01",
            "due_on": "2022-05-31",
            "source": "x",
        }
        response = await gateway.put(
            "/api/v1/contribution-policies/2022", json=body, headers=bearer(enrollment.keys["bureau"])
        )
        assert response.status_code == 409
        assert response.json()["code"] == "POLICY_IN_USE"


def test_dates_are_shanghai_dates() -> None:
    from shared.dates import today

    assert abs((today() - dt.date.today()).days) <= 1


async def test_a_city_wide_bill_run_tells_each_county_its_own_figures(
    enrollment: Enrollment, session: AsyncSession
) -> None:
    start = await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0)))
    await enrollment.enrol(county_code="330302")
    await enrollment.enrol(county_code="330381")
    await enrollment.enrol(county_code="330381")
    await generate(enrollment)
    events = (
        await session.execute(
            select(outbox_events.c.county_code, outbox_events.c.payload).where(
                outbox_events.c.seq > start, outbox_events.c.event_type == "bills.generated"
            )
        )
    ).all()
    by_county = {county: payload for county, payload in events}
    assert set(by_county) == {"330302", "330381"}
    assert by_county["330381"]["bills"] >= 2
    assert all(p["amount_due_fen"] == p["bills"] * 10_000 for p in by_county.values())


async def test_a_bill_run_tells_the_fund_what_each_person_owes_and_until_when(
    enrollment: Enrollment, session: AsyncSession
) -> None:
    start = await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0)))
    person = await enrollment.enrol(county_code="330381")
    await generate(enrollment)
    events = (
        await session.execute(
            select(outbox_events.c.county_code, outbox_events.c.payload).where(
                outbox_events.c.seq > start, outbox_events.c.event_type == "bills.issued"
            )
        )
    ).all()
    issued = {
        person_id: (county, payload) for county, payload in events for person_id in payload["person_ids"]
    }
    county, payload = issued[person["id"]]
    assert county == payload["county_code"] == "330381"
    assert payload["due_fen"][payload["person_ids"].index(person["id"])] == 10_000
    # the 2022 policy: due by its due date, a grace period after it (both from the policy)
    policy = (
        await enrollment.gateway.get("/api/v1/contribution-policies/2022", headers=enrollment.headers)
    ).json()
    grace_ends = dt.date.fromisoformat(policy["due_on"]) + dt.timedelta(days=policy["grace_period_days"])
    assert (payload["year"], payload["due_on"], payload["grace_ends_on"]) == (
        2022,
        policy["due_on"],
        grace_ends.isoformat(),
    )
