"""Oversight's feed as settlement reads it (``settlement.oversight``, policy stop): every event type of the
feed, as its contract's example, applies (or, ``contract.changed``, the gateway's, is passed over) with no
dead letter; a recovery ordered twice is booked once; a payload that
breaks the contract is dead-lettered and the consumer stops before the events after it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import FEED as OVERSIGHT_FEED
from services.oversight.models import outbox_events as oversight_events
from services.settlement import models
from services.settlement.feeds.oversight import OversightConsumer
from services.settlement.models import feed_dead_letters
from shared.outbox import Outbox
from tests.feeds.support import drain, high_water, open_dead_letters, publish_raw
from tests.settlement.conftest import LUCHENG, Feeds

EXAMPLE_INSTITUTION = "WZ-LC-0100"  # the contracts' examples name it


@pytest.fixture
async def example_institution(session: AsyncSession) -> models.Institution:
    inst = models.Institution(
        id=EXAMPLE_INSTITUTION,
        name="鹿城居家护理站",
        county_code=LUCHENG,
        kind="home_care",
        beds=0,
        care_modes=["home_visit"],
        agreement_from=dt.date(2026, 1, 1),
        agreement_to=dt.date(2027, 12, 31),
        status="active",
    )
    session.add(inst)
    await session.flush()
    return inst


class TestSettlementReadsOversight:
    def test_settlement_is_a_declared_consumer_with_the_stop_policy(self) -> None:
        assert OVERSIGHT_FEED.consumers[OversightConsumer.name] == "stop"
        assert {m.event_type for m in OversightConsumer.handles} == {
            "sanction.changed",
            "recovery.ordered",
            "evaluation.finalized",
            "training.passed",
        }

    @pytest.mark.parametrize("event_type", list(OVERSIGHT_FEED.events))
    async def test_each_event_type_as_its_example_applies_with_no_dead_letter(
        self, event_type: str, feeds: Feeds, example_institution: models.Institution, session: AsyncSession
    ) -> None:
        model = OVERSIGHT_FEED.events[event_type]
        Outbox(oversight_events).publish(session, model.model_validate(model.example), aggregate_id="example")
        await session.commit()
        head = await high_water(session, oversight_events)
        assert await drain(feeds.oversight) == 1
        assert feeds.oversight.report()["position"] == head
        assert await open_dead_letters(session, feed_dead_letters) == []

    async def test_a_recovery_ordered_twice_is_booked_once(
        self, feeds: Feeds, example_institution: models.Institution, session: AsyncSession
    ) -> None:
        rid = uuid.uuid4()
        feeds.recovery(EXAMPLE_INSTITUTION, 5_000, recovery_id=rid)
        feeds.recovery(EXAMPLE_INSTITUTION, 5_000, recovery_id=rid)
        await feeds.apply()
        booked = await session.scalar(
            select(func.count())
            .select_from(models.LedgerTransaction)
            .where(models.LedgerTransaction.client_id == f"recovery:{rid}")
        )
        assert booked == 1

    async def test_a_payload_that_breaks_the_contract_stops_the_consumer_before_what_follows(
        self, feeds: Feeds, example_institution: models.Institution, session: AsyncSession
    ) -> None:
        publish_raw(
            session,
            oversight_events,
            "recovery.ordered",
            "broken",
            LUCHENG,
            {"recovery_id": "not-a-uuid", "amount_fen": -1},
        )
        after = feeds.recovery(EXAMPLE_INSTITUTION, 5_000)
        await feeds.apply()
        letters = await open_dead_letters(session, feed_dead_letters)
        assert [(d["consumer"], d["event_type"]) for d in letters] == [
            (OversightConsumer.name, "recovery.ordered")
        ]
        assert await session.get(models.Recovery, after) is None
