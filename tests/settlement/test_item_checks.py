"""Service items and service time in the checks (S003 §二(六) "统一全市长期护理保险护理服务项目和服务标准",
§二(三) "完善待遇支付标准与失能等级、服务时长相结合机制"): a record's items are read against the catalogue
version in force on its service date; the level × mode's monthly minutes bound the person's service time;
without a published catalogue nothing changes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.benefit_rules import schemas as rule_schemas
from services.settlement.benefit_rules import service as benefit_rules
from services.settlement.service_items import schemas, service
from shared.principal import Principal, Role
from tests.settlement.conftest import Feeds
from tests.settlement.world import DAY, MONTH, World, visit

BUREAU = Principal(client_id="bureau-1", name="b", role=Role.BUREAU)
FEEDING = "T0000000000000001"  # 生活照料, home visits and family care, anyone, 30 minutes
INJECTION = "T0000000000000002"  # 医疗护理, home visits, nurses and physicians, 20 minutes
EXERCISE = "T0000000000000003"  # 康复, family care only, 40 minutes


def item(code: str, **values: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": code,
        "name": f"项目 {code[-1]}",
        "item_class": "生活照料",
        "care_modes": ["home_visit", "family_care"],
        "source": "test catalogue",
    }
    body.update(values)
    return body


STANDARD = [
    item(FEEDING, name="协助进食", personal_care=True, min_minutes=30),
    item(
        INJECTION,
        name="肌肉注射",
        item_class="医疗护理",
        care_modes=["home_visit"],
        min_minutes=20,
        caregiver_categories=["licensed_nurse", "licensed_physician"],
    ),
    item(EXERCISE, name="肢体功能训练", item_class="康复", care_modes=["family_care"], min_minutes=40),
]


async def publish(
    session: AsyncSession,
    version: str,
    items: list[dict[str, Any]],
    effective_from: dt.date = MONTH,
) -> None:
    data = schemas.CatalogueCreate(
        version=version,
        effective_from=effective_from,
        source="test",
        items=[schemas.ServiceItemIn(**i) for i in items],
    )
    await service.create(session, BUREAU, data)
    await service.publish(session, BUREAU, version)


async def rules_with_time(
    session: AsyncSession, monthly_minutes: int | None = None, personal_care_max_bp: int | None = None
) -> None:
    """A rule set in force from 2026: level 5 at home and in family care, with the month's minutes."""
    await benefit_rules.create(
        session,
        rule_schemas.BenefitRuleSetCreate(
            version="TIME-2026",
            effective_from=dt.date(2026, 1, 1),
            source="test",
            family_personal_care_max_bp=personal_care_max_bp,
            rules=[
                rule_schemas.BenefitRule(
                    level=5, care_mode=mode, fund_share_bp=8000, monthly_minutes=monthly_minutes
                )
                for mode in ("home_visit", "family_care")
            ],
        ),
        "bureau-1",
    )


async def codes(world: World, institution: str, *record_ids: str) -> list[list[str]]:
    return [(await world.record(institution, r)).reason_codes for r in record_ids]


class TestWithoutACatalogue:
    async def test_items_are_not_checked_before_a_catalogue_is_published(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Existing worlds keep their results: "LT0101" is in no catalogue, and only a draft exists."""
        await service.create(
            session,
            BUREAU,
            schemas.CatalogueCreate(
                version="DRAFT",
                effective_from=MONTH,
                source="t",
                items=[schemas.ServiceItemIn(**STANDARD[0])],
            ),
        )
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="old-codes"),
            visit(person, record_id="none", items=[], day=DAY + dt.timedelta(days=1)),
        )
        await world.check()
        assert await codes(world, inst.id, "old-codes", "none") == [[], []]

    async def test_a_catalogue_from_a_later_day_does_not_reach_back(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await publish(session, "LATER", STANDARD, effective_from=DAY + dt.timedelta(days=1))
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="before", day=DAY),
            visit(person, record_id="from", day=DAY + dt.timedelta(days=1)),
        )
        await world.check()
        assert await codes(world, inst.id, "before", "from") == [[], ["UNKNOWN_SERVICE_ITEM"]]


class TestUnknownItem:
    async def test_an_item_not_in_the_version_in_force_on_the_day_is_cut(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Version 1 from the month's first day lists feeding; version 2 from the 20th lists injections
        only: feeding is claimable up to the 19th."""
        await publish(session, "V1", STANDARD[:1])
        await publish(session, "V2", STANDARD[1:2], effective_from=dt.date(2026, 5, 20))
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="v1-known", items=[FEEDING]),
            visit(person, record_id="v1-unknown", items=[FEEDING, "LT0101"], day=dt.date(2026, 5, 13)),
            visit(person, record_id="v2-gone", items=[FEEDING], day=dt.date(2026, 5, 20)),
            visit(person, record_id="v2-known", items=[INJECTION], day=dt.date(2026, 5, 21)),
        )
        await world.check()
        assert await codes(world, inst.id, "v1-known", "v1-unknown", "v2-gone", "v2-known") == [
            [],
            ["UNKNOWN_SERVICE_ITEM"],
            ["UNKNOWN_SERVICE_ITEM"],
            [],
        ]
        cut = await world.record(inst.id, "v1-unknown")
        assert (cut.fund_fen, cut.deducted_fen) == (0, cut.amount_claimed_fen)


class TestItemForTheMode:
    async def test_an_item_claimed_in_a_mode_it_is_not_given_in_is_cut(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await publish(session, "MODES", STANDARD)
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="family-exercise", mode="family_care", items=[EXERCISE]),
            visit(person, record_id="home-exercise", items=[EXERCISE], day=DAY + dt.timedelta(days=1)),
        )
        await world.check()
        assert await codes(world, inst.id, "family-exercise", "home-exercise") == [[], ["ITEM_NOT_FOR_MODE"]]


class TestWhoMayPerformIt:
    async def test_an_item_performed_by_a_category_it_does_not_list_is_cut(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Injections are for nurses and physicians: a (licensed) rehabilitation therapist's are cut; an
        item without categories is anyone's."""
        await publish(session, "WHO", STANDARD)
        inst = await world.institution()  # CG-1: a licensed nurse
        await world.caregiver(
            inst.id,
            "CG-PT",
            dt.date(2027, 12, 31),
            category="rehabilitation_therapist",
            licence_number="PT-1",
        )
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="nurse", items=[INJECTION]),
            visit(
                person,
                record_id="therapist",
                caregiver="CG-PT",
                items=[INJECTION],
                day=DAY + dt.timedelta(days=1),
            ),
            visit(
                person,
                record_id="therapist-feeds",
                caregiver="CG-PT",
                items=[FEEDING],
                day=DAY + dt.timedelta(days=2),
            ),
        )
        await world.check()
        assert await codes(world, inst.id, "nurse", "therapist", "therapist-feeds") == [
            [],
            ["ITEM_CAREGIVER_NOT_ALLOWED"],
            [],
        ]


class TestItemMonthlyLimit:
    async def test_an_item_beyond_its_monthly_limit_is_cut_later_records_first(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Feeding at most twice a month: the records of the 10th and 11th are paid, the 12th's is cut
        (submitted first, it still comes later in the month); a duplicate, cut for its own reason, uses none
        of the limit; another person, and an item without a limit, are not affected."""
        await publish(session, "V-LIMIT", [{**STANDARD[0], "max_per_month": 2}, STANDARD[1]])
        inst = await world.institution()
        person, other = await feeds.beneficiary(), await feeds.beneficiary()
        first, second, third = (dt.date(2026, 5, d) for d in (10, 11, 12))
        await world.submit(
            inst,
            visit(person, record_id="third", items=[FEEDING], day=third),
            visit(person, record_id="first", items=[FEEDING], day=first),
            visit(person, record_id="first-again", items=[FEEDING], day=first),
            visit(person, record_id="second", items=[FEEDING, INJECTION], day=second),
            visit(other, record_id="other", items=[FEEDING], day=third, start="14:00", end="15:00"),
            visit(person, record_id="injection", items=[INJECTION], day=dt.date(2026, 5, 13)),
        )
        await world.check()
        found = await codes(world, inst.id, "first", "first-again", "second", "third", "other", "injection")
        assert found == [[], ["CAREGIVER_OVERLAP", "DUPLICATE"], [], ["ITEM_OVER_MONTHLY_LIMIT"], [], []]
        cut = await world.record(inst.id, "third")
        assert (cut.fund_fen, cut.deducted_fen) == (0, cut.amount_claimed_fen)

    async def test_an_item_named_twice_in_one_record_is_performed_twice(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await publish(session, "V-TWICE", [{**STANDARD[0], "max_per_month": 1}])
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="twice", items=[FEEDING, FEEDING]))
        await world.check()
        assert await codes(world, inst.id, "twice") == [["ITEM_OVER_MONTHLY_LIMIT"]]


class TestMonthlyHours:
    async def test_minutes_beyond_the_levels_monthly_time_are_cut_later_records_first(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Two hours a month: the first two one-hour visits are paid, the third is cut; a duplicate (cut
        for its own reason) uses none of the time."""
        await rules_with_time(session, monthly_minutes=120)
        inst = await world.institution()
        person = await feeds.beneficiary()
        first, second, third = (dt.date(2026, 5, d) for d in (10, 11, 12))
        await world.submit(
            inst,
            visit(person, record_id="third", day=third),
            visit(person, record_id="first", day=first),
            visit(person, record_id="first-again", day=first),
            visit(person, record_id="second", day=second),
        )
        await world.check()
        first_, again, second_, third_ = await codes(
            world, inst.id, "first", "first-again", "second", "third"
        )
        assert (first_, second_, third_) == ([], [], ["OVER_MONTHLY_HOURS"])
        assert "DUPLICATE" in again
        assert "OVER_MONTHLY_HOURS" not in again

    async def test_a_visit_that_does_not_fit_in_what_is_left_is_cut_and_other_modes_count_apart(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await rules_with_time(session, monthly_minutes=90)
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="hour", day=dt.date(2026, 5, 10)),
            visit(person, record_id="next-hour", day=dt.date(2026, 5, 11)),
            visit(
                person,
                record_id="family-hour",
                mode="family_care",
                day=dt.date(2026, 5, 11),
                start="14:00",
                end="15:00",
            ),
        )
        await world.check()
        assert await codes(world, inst.id, "hour", "next-hour", "family-hour") == [
            [],
            ["OVER_MONTHLY_HOURS"],
            [],
        ]

    async def test_without_monthly_minutes_there_is_no_limit(self, world: World, feeds: Feeds) -> None:
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            *(visit(person, record_id=f"d{d}", day=dt.date(2026, 5, d), amount=100) for d in range(1, 29)),
        )
        await world.check()
        assert all(c == [] for c in await codes(world, inst.id, *(f"d{d}" for d in range(1, 29))))

    async def test_the_cut_is_stored_with_the_settlement_run(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Projections replay the stored outcomes: the new code is in ``service_record_checks``."""
        await rules_with_time(session, monthly_minutes=60)
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="a", day=dt.date(2026, 5, 3)),
            visit(person, record_id="b", day=dt.date(2026, 5, 4)),
        )
        run = await world.settle()
        stored = (
            await session.scalars(
                select(models.RecordCheck.reason_codes).where(models.RecordCheck.run_id == run.id)
            )
        ).all()
        assert sorted(stored) == [[], ["OVER_MONTHLY_HOURS"]]


class TestShortVisit:
    async def test_a_visit_shorter_than_its_items_minimum_minutes_is_flagged_and_still_paid(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        await publish(session, "SHORT", STANDARD)
        inst = await world.institution()
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="short", items=[FEEDING, INJECTION], start="09:00", end="09:45"),
            visit(
                person,
                record_id="enough",
                items=[FEEDING, INJECTION],
                start="09:00",
                end="09:50",
                day=DAY + dt.timedelta(days=1),
            ),
        )
        await world.check()
        short, enough = await world.record(inst.id, "short"), await world.record(inst.id, "enough")
        assert (short.review_flags, short.reason_codes, short.fund_fen) == (["SHORT_VISIT"], [], 8_000)
        assert enough.review_flags == []


class TestFamilyPersonalCareShare:
    async def family_month(self, world: World, feeds: Feeds, items: list[list[str]]) -> tuple[str, list[str]]:
        inst = await world.institution(code=f"INST-{uuid.uuid4().hex[:6]}")
        person = await feeds.beneficiary()
        ids = [f"F{n}" for n in range(len(items))]
        await world.submit(
            inst,
            *(
                visit(person, record_id=i, mode="family_care", items=its, day=dt.date(2026, 5, 1 + n))
                for n, (i, its) in enumerate(zip(ids, items, strict=True))
            ),
        )
        return inst.id, ids

    async def test_personal_care_beyond_the_share_flags_its_records(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """At most half of the month's item minutes personal care: feeding 30 + exercise 40 is 43 %, not
        flagged; feeding twice + exercise is 60 %, its feeding records flagged."""
        await publish(session, "SHARE", STANDARD)
        await rules_with_time(session, personal_care_max_bp=5000)
        within, within_ids = await self.family_month(world, feeds, [[FEEDING], [EXERCISE]])
        beyond, beyond_ids = await self.family_month(world, feeds, [[FEEDING], [FEEDING], [EXERCISE]])
        await world.check()
        flags = {
            (inst, r): (await world.record(inst, r)).review_flags
            for inst, ids in ((within, within_ids), (beyond, beyond_ids))
            for r in ids
        }
        assert [flags[(within, r)] for r in within_ids] == [[], []]
        assert [flags[(beyond, r)] for r in beyond_ids] == [
            ["FAMILY_PERSONAL_CARE_SHARE"],
            ["FAMILY_PERSONAL_CARE_SHARE"],
            [],
        ]

    async def test_without_the_parameter_there_is_no_flag(
        self, world: World, feeds: Feeds, session: AsyncSession
    ) -> None:
        """Shipped without a limit (S003 gives no share), the parameter flagged unconfirmed."""
        await publish(session, "NOSHARE", STANDARD)
        inst, ids = await self.family_month(world, feeds, [[FEEDING], [FEEDING]])
        await world.check()
        assert [(await world.record(inst, r)).review_flags for r in ids] == [[], []]
        shipped = await benefit_rules.get(session, "WZ-2022-reported")
        assert shipped.family_personal_care_max_bp is None
        assert "family_personal_care_max_bp" in shipped.unconfirmed_fields
