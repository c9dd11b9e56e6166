"""Oversight's consumer of settlement's feed (``contracts.settlement``):

- ``institution.changed``: the institutions a case, a visit or a complaint may name, with the county that
  scopes them (oversight's mirror, replaced by each announced state);
- ``recovery.changed``: what became of each recovery ordered on a case — outstanding, netted, repaid,
  written off — shown on the case.

Policy **set aside**: each event carries the whole state of one institution or recovery and stands alone;
oversight moves no money on it (settlement's ledger does), so one event it cannot apply must not keep every
later institution from being supervised. A set-aside event retried later never overwrites a newer state: each
row keeps the feed position of the state it holds. A ``recovery.changed`` of a recovery oversight never
ordered cannot be applied: it is a dead letter for an operator to look at.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from contracts import settlement
from contracts.base import EventPayload
from services.oversight.feeds import repository
from services.oversight.models import consumer_cursors, feed_dead_letters
from shared.consumer import FeedConsumer, OnFailure
from shared.outbox import FeedEvent


class RecoveryNotOrdered(Exception):
    """Settlement reports a recovery oversight has no order for."""


class SettlementConsumer(FeedConsumer):
    name = "oversight.settlement"
    source = "settlement"
    contract = settlement.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = (
        settlement.InstitutionChanged,
        settlement.RecoveryChanged,
    )
    on_failure = OnFailure.SET_ASIDE
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case settlement.InstitutionChanged():
                await repository.mirror_institution(session, event.seq, payload)
            case settlement.RecoveryChanged():
                if not await repository.report_recovery(session, event.seq, payload):
                    raise RecoveryNotOrdered(f"no recovery {payload.recovery_id} was ordered by oversight")
