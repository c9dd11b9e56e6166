"""The gateway's consumer of oversight's feed (``contracts.oversight``): each contract's state as announced
(``contract.changed``), and every gateway process told to drop the cached keys of the contractor's clients so
a contract that ends stops their writes at once.

Policy **stop**: a contract change the gateway cannot apply would leave a contractor writing after its
contract ended (or refused after it began); that is an operator's call (dead letter, readiness), not
something to skip.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from contracts import oversight
from contracts.base import EventPayload
from services.gateway.contracts import repository
from services.gateway.models import consumer_cursors, feed_dead_letters
from shared.consumer import FeedConsumer, OnFailure
from shared.outbox import FeedEvent


class OversightContractsConsumer(FeedConsumer):
    name = "gateway.oversight"
    source = "oversight"
    contract = oversight.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = (oversight.ContractChanged,)
    on_failure = OnFailure.STOP
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case oversight.ContractChanged():
                await repository.mirror(session, event.seq, payload)
                await repository.announce_contractor_change(session, payload.contractor_id)
