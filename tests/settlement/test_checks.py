"""The checks before paying: each cut is a reason code on the record; caps pay the cap and deduct the rest;
review flags mark records for a person to look at without cutting them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from services.settlement import models
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import DAY, World, visit


class TestAPaidRecord:
    async def test_a_clean_home_visit_is_paid_80_percent_by_the_fund(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="A", amount=12_345))
        await world.check()
        record = await world.record(inst.id, "A")
        assert record.reason_codes == []
        assert (record.eligible_fen, record.fund_fen, record.person_fen, record.deducted_fen) == (
            12_345,
            9_876,
            2_469,
            0,
        )

    async def test_family_care_is_paid_40_percent(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="F", mode="family_care", amount=5_000))
        await world.check()
        assert (await world.record(inst.id, "F")).fund_fen == 2_000


class TestSchemeStart:
    async def test_a_record_before_its_unit_joined_the_scheme_is_cut(
        self, world: World, feeds: Feeds
    ) -> None:
        """The start comes by enrollment's ``county.scheme_changed``; an older version arriving later
        changes nothing."""
        inst = await world.institution()
        person = await feeds.beneficiary()
        start = DAY + dt.timedelta(days=1)
        for version, on in ((10_001, start), (10_000, dt.date(2019, 1, 1))):
            feeds.enrollment_event(
                "county.scheme_changed", LUCHENG, LUCHENG,
                county_code=LUCHENG, scheme_start_on=on.isoformat(), confirmed=False, version=version,
            )  # fmt: skip
        await feeds.apply()
        await world.submit(inst, visit(person, record_id="before", day=DAY))
        await world.submit(inst, visit(person, record_id="on", day=start))
        await world.check()
        before = await world.record(inst.id, "before")
        assert (before.reason_codes, before.fund_fen) == (["COUNTY_NOT_IN_SCHEME"], 0)
        assert (await world.record(inst.id, "on")).reason_codes == []


class TestCoverageAndLevel:
    async def test_a_person_nobody_enrolled_is_not_covered(self, world: World) -> None:
        inst = await world.institution()
        await world.submit(inst, visit(uuid.uuid4(), record_id="X"))
        await world.check()
        record = await world.record(inst.id, "X")
        assert "NOT_COVERED" in record.reason_codes
        assert record.fund_fen == 0
        assert record.deducted_fen == record.amount_claimed_fen

    async def test_a_suspended_person_is_not_covered_on_those_days(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        feeds.status(person, "suspended", dt.date(2026, 5, 10))
        await feeds.apply()
        await world.submit(inst, visit(person, record_id="before", day=dt.date(2026, 5, 9)))
        await world.submit(inst, visit(person, record_id="after", day=dt.date(2026, 5, 10)))
        await world.check()
        assert (await world.record(inst.id, "before")).reason_codes == []
        assert (await world.record(inst.id, "after")).reason_codes == ["NOT_COVERED"]

    async def test_a_years_contribution_unpaid_past_its_grace_period_is_not_covered(
        self, world: World, feeds: Feeds
    ) -> None:
        """Enrollment's rule: a bill paid in full, or not yet past its grace period, or no bill (yet)."""
        inst = await world.institution()
        persons = {}
        for case in ("unpaid", "partly_paid", "paid", "in_grace", "no_bill"):
            persons[case] = feeds.enrol()
            feeds.conclusion(persons[case], 5, dt.date(2026, 1, 1), dt.date(2027, 12, 31))
        feeds.bill(persons["unpaid"], 2026, grace_ends_on=dt.date(2026, 4, 30))
        feeds.bill(persons["partly_paid"], 2026, due_fen=10_000, grace_ends_on=dt.date(2026, 4, 30))
        feeds.contribution(persons["partly_paid"], 2026, "individual", amount_fen=5000)
        feeds.bill(persons["paid"], 2026, due_fen=10_000, grace_ends_on=dt.date(2026, 4, 30))
        feeds.contribution(persons["paid"], 2026, "individual", amount_fen=5000)
        feeds.contribution(persons["paid"], 2026, "employer", amount_fen=5000)
        feeds.bill(persons["in_grace"], 2026, grace_ends_on=DAY)
        await feeds.apply()
        for hour, (case, person) in enumerate(persons.items(), start=8):
            await world.submit(inst, visit(person, record_id=case, start=f"{hour}:00", end=f"{hour}:30"))
        await world.check()
        codes = {case: (await world.record(inst.id, case)).reason_codes for case in persons}
        assert codes == {
            "unpaid": ["NOT_COVERED"], "partly_paid": ["NOT_COVERED"],
            "paid": [], "in_grace": [], "no_bill": [],
        }  # fmt: skip

    async def test_a_reversed_payment_no_longer_counts(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = feeds.enrol()
        feeds.conclusion(person, 5, dt.date(2026, 1, 1), dt.date(2027, 12, 31))
        feeds.bill(person, 2026, due_fen=10_000, grace_ends_on=dt.date(2026, 3, 31))
        bounced = feeds.contribution(person, 2026, "individual", amount_fen=5000)
        feeds.contribution(person, 2026, "employer", amount_fen=5000)
        await feeds.apply()
        paid = select(models.PersonBill.paid_fen).where(models.PersonBill.person_id == person)
        assert await feeds.session.scalar(paid) == 10_000
        feeds.enrollment_event(
            "contribution.reversed", str(bounced), LUCHENG, payment_id=str(bounced),
            bill_id=str(uuid.uuid4()), person_id=str(person), county_code=LUCHENG, year=2026,
            payer="individual", amount_fen=5000,
            reversed_on=dt.date(2026, 2, 1), reason="bounced",
        )  # fmt: skip
        await feeds.apply()
        assert await feeds.session.scalar(paid) == 5000
        await world.submit(inst, visit(person, record_id="reversed"))
        await world.check()
        assert (await world.record(inst.id, "reversed")).reason_codes == ["NOT_COVERED"]

    async def test_a_service_after_death_is_cut(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        feeds.status(person, "deceased", dt.date(2026, 5, 11))
        await feeds.apply()
        await world.submit(inst, visit(person, record_id="late"))
        await world.check()
        assert (await world.record(inst.id, "late")).reason_codes == ["AFTER_DEATH"]

    async def test_a_level_that_is_not_eligible_or_not_valid_that_day_is_cut(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        moderate = await feeds.beneficiary(level=2)
        lapsed = feeds.enrol()
        feeds.contribution(lapsed, 2026, "individual")
        feeds.conclusion(lapsed, 5, dt.date(2024, 1, 1), dt.date(2026, 4, 30))
        await feeds.apply()
        await world.submit(
            inst,
            visit(moderate, record_id="moderate"),
            visit(lapsed, record_id="lapsed", start="14:00", end="15:00"),
        )
        await world.check()
        assert (await world.record(inst.id, "moderate")).reason_codes == ["NO_ELIGIBLE_LEVEL"]
        assert (await world.record(inst.id, "lapsed")).reason_codes == ["NO_ELIGIBLE_LEVEL"]


class TestInstitutionAndCaregiver:
    async def test_a_mode_outside_the_agreement_or_a_suspended_agreement_is_not_contracted(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        suspended = await world.institution(
            "INST-S", suspended_from=dt.date(2026, 5, 1), suspended_until=dt.date(2026, 5, 31)
        )
        person = await feeds.beneficiary()
        other = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="bed", mode="medical_bed", caregiver=None))
        await world.submit(suspended, visit(other, record_id="during"))
        await world.check()
        assert (await world.record(inst.id, "bed")).reason_codes == ["NOT_CONTRACTED"]
        assert (await world.record(suspended.id, "during")).reason_codes == ["NOT_CONTRACTED"]

    async def test_a_caregiver_whose_qualification_expired_is_not_qualified_that_day(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        await world.caregiver(inst.id, "CG-OLD", until=dt.date(2026, 5, 1))
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="expired", caregiver="CG-OLD"),
            visit(person, record_id="unknown", caregiver="CG-NOBODY", start="14:00", end="15:00"),
        )
        await world.check()
        assert (await world.record(inst.id, "expired")).reason_codes == ["CAREGIVER_NOT_QUALIFIED"]
        assert (await world.record(inst.id, "unknown")).reason_codes == ["CAREGIVER_NOT_QUALIFIED"]


class TestOneDayRules:
    async def test_two_institutions_for_one_person_on_one_day_pays_only_the_first(
        self, world: World, feeds: Feeds
    ) -> None:
        first = await world.institution("INST-1")
        second = await world.institution("INST-2")
        person = await feeds.beneficiary()
        await world.submit(first, visit(person, record_id="first"))
        await world.submit(second, visit(person, record_id="second", start="15:00", end="16:00"))
        await world.check()
        assert (await world.record(first.id, "first")).reason_codes == []
        assert (await world.record(second.id, "second")).reason_codes == ["TWO_INSTITUTIONS_SAME_DAY"]

    async def test_two_bed_day_modes_for_one_person_on_one_day_pays_only_the_first(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution("HOSP", kind="medical", modes=("medical_bed", "elderly_care_bed"))
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="medical", mode="medical_bed", caregiver=None, start=None, end=None),
            visit(person, record_id="elderly", mode="elderly_care_bed", caregiver=None, start=None, end=None),
        )
        await world.check()
        assert (await world.record(inst.id, "medical")).reason_codes == []
        assert (await world.record(inst.id, "elderly")).reason_codes == ["TWO_BED_DAY_MODES"]

    async def test_overlapping_visits_of_one_caregiver_pay_only_the_earlier(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        one, two = await feeds.beneficiary(), await feeds.beneficiary()
        await world.submit(
            inst,
            visit(one, record_id="nine", start="09:00", end="10:00"),
            visit(two, record_id="half-past", start="09:30", end="10:30"),
            visit(two, record_id="eleven", start="11:00", end="12:00", day=DAY + dt.timedelta(days=1)),
        )
        await world.check()
        assert (await world.record(inst.id, "nine")).reason_codes == []
        assert (await world.record(inst.id, "half-past")).reason_codes == ["CAREGIVER_OVERLAP"]
        assert (await world.record(inst.id, "eleven")).reason_codes == []

    async def test_the_same_service_under_a_new_record_id_is_a_duplicate(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst, visit(person, record_id="orig"), visit(person, record_id="copy", caregiver="CG-1")
        )
        await world.check()
        assert (await world.record(inst.id, "orig")).reason_codes == []
        assert "DUPLICATE" in (await world.record(inst.id, "copy")).reason_codes

    async def test_a_check_in_too_far_from_home_is_cut(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        world.session.add(
            models.ClientHome(institution_id=inst.id, person_id=person, latitude=28.0, longitude=120.65)
        )
        await world.session.flush()
        await world.submit(
            inst,
            visit(person, record_id="home", checkin_lat=28.001, checkin_lon=120.65),  # ~110 m
            visit(person, record_id="far", checkin_lat=28.05, checkin_lon=120.65, start="14:00", end="15:00"),
        )
        await world.check()
        assert (await world.record(inst.id, "home")).reason_codes == []
        assert (await world.record(inst.id, "far")).reason_codes == ["CHECKIN_TOO_FAR"]


class TestCaps:
    async def test_above_the_monthly_cap_the_cap_is_paid_and_the_rest_deducted(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary(level=3)  # 5,960 元 × 30 % = 1,788 元 a month
        records = [
            visit(person, record_id=f"d{d}", day=dt.date(2026, 5, d), amount=40_000) for d in range(1, 6)
        ]
        await world.submit(inst, *records)
        await world.check()
        rows = [await world.record(inst.id, f"d{d}") for d in range(1, 6)]
        assert [r.eligible_fen for r in rows] == [40_000, 40_000, 40_000, 40_000, 18_800]
        assert rows[4].reason_codes == ["OVER_MONTHLY_CAP"]
        assert rows[4].deducted_fen == 21_200
        assert sum(r.eligible_fen or 0 for r in rows) == 178_800

    async def test_above_a_daily_cap_the_cap_is_paid(self, world: World, feeds: Feeds) -> None:
        world.session.add(
            models.BenefitRuleSet(
                version="T-DAILY",
                effective_from=dt.date(2026, 5, 1),
                source="t",
                quality_deposit_bp=500,
                checkin_max_distance_m=500,
                regular_times_min_visits=15,
                created_by="t",
            )
        )
        await world.session.flush()
        world.session.add(
            models.BenefitRule(
                version="T-DAILY",
                level=5,
                care_mode="home_visit",
                institution_kind="any",
                daily_cap_fen=4_500,
                fund_share_bp=9_000,
            )
        )
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="am", amount=3_000, start="08:00", end="09:00"),
            visit(person, record_id="pm", amount=3_000, start="15:00", end="16:00"),
        )
        await world.check()
        pm = await world.record(inst.id, "pm")
        assert (pm.eligible_fen, pm.deducted_fen, pm.reason_codes) == (1_500, 1_500, ["OVER_DAILY_CAP"])
        assert pm.fund_fen == 1_350


class TestLateRecords:
    """A record sent after its month was settled is checked against everything the month already paid —
    never among the late records alone (which would pay a capped month again, or a copy of a paid visit)."""

    async def test_a_late_record_meets_the_monthly_cap_against_what_the_settled_run_paid(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary(level=3)  # 5,960 元 × 30 % = 1,788 元 a month
        await world.submit(
            inst,
            *(visit(person, record_id=f"d{d}", day=dt.date(2026, 5, d), amount=40_000) for d in range(1, 5)),
        )
        run = await world.settle()
        assert run.claimed_fen == 160_000
        await world.submit(inst, visit(person, record_id="late", day=dt.date(2026, 5, 20), amount=40_000))
        await world.check()
        late = await world.record(inst.id, "late")
        assert (late.eligible_fen, late.reason_codes) == (18_800, ["OVER_MONTHLY_CAP"])
        assert [(await world.record(inst.id, f"d{d}")).eligible_fen for d in range(1, 5)] == [40_000] * 4
        again = await world.settle(resettle=True, reason="late record")
        assert again.claimed_fen - again.deducted_fen == 178_800  # the cap, as the late check said
        assert (await world.record(inst.id, "late")).eligible_fen == 18_800

    async def test_a_late_copy_of_a_paid_visit_is_a_duplicate(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        other = await world.institution("INST-2")
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="orig"))
        await world.settle()
        await world.submit(inst, visit(person, record_id="copy", caregiver="CG-1"))
        await world.submit(other, visit(person, record_id="elsewhere", start="14:00", end="15:00"))
        await world.check()
        assert "DUPLICATE" in (await world.record(inst.id, "copy")).reason_codes
        assert "TWO_INSTITUTIONS_SAME_DAY" in (await world.record(other.id, "elsewhere")).reason_codes
        assert (await world.record(inst.id, "orig")).reason_codes == []


class TestReviewFlags:
    async def test_one_caregiver_with_several_persons_in_one_slot_is_flagged(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        one, two = await feeds.beneficiary(), await feeds.beneficiary()
        await world.submit(
            inst,
            visit(one, record_id="a"),
            visit(two, record_id="b", caregiver="CG-1", start="09:00", end="09:30"),
        )
        await world.check()
        assert "SEVERAL_PERSONS_ONE_SLOT" in (await world.record(inst.id, "b")).review_flags

    async def test_the_same_start_time_every_day_is_flagged_but_paid(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            *[visit(person, record_id=f"r{d}", day=dt.date(2026, 5, d), amount=1_000) for d in range(1, 17)],
        )
        await world.check()
        record = await world.record(inst.id, "r7")
        assert record.review_flags == ["REGULAR_TIMES"]
        assert record.reason_codes == []
