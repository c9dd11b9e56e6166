"""Enrollment's consumer of the assessment feed (``contracts.assessment``): the care institution of each
person's disability level in force, so that an institution may check its own clients' coverage.

Policy: an event it cannot apply is **set aside** (dead letter) and the consumer goes on. Each effect is keyed
by the person and the conclusion and stands alone, so one bad event must not keep every later institution
from its clients; the dead letter is there to retry or discard (``python -m services.launcher dead-letters``).
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts import assessment
from contracts.base import EventPayload
from services.enrollment.models.care import InstitutionClient, consumer_cursors, feed_dead_letters
from shared.consumer import FeedConsumer, OnFailure
from shared.outbox import FeedEvent


class AssessmentConsumer(FeedConsumer):
    name = "enrollment.assessment"
    source = "assessment"
    contract = assessment.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = (
        assessment.ConclusionInForce,
        assessment.ConclusionRevoked,
    )
    on_failure = OnFailure.SET_ASIDE
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case assessment.ConclusionInForce(care_institution_id=str() as institution):
                person, conclusion = payload.person_id, payload.conclusion_id
                stmt = pg_insert(InstitutionClient).values(
                    person_id=person, institution_id=institution, conclusion_id=conclusion
                )
                await session.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[InstitutionClient.person_id],
                        set_={"institution_id": institution, "conclusion_id": conclusion},
                    )
                )
            case assessment.ConclusionInForce():  # a spot check's level: the person keeps their institution
                await session.execute(
                    update(InstitutionClient)
                    .where(InstitutionClient.person_id == payload.person_id)
                    .values(conclusion_id=payload.conclusion_id)
                )
            case assessment.ConclusionRevoked():
                await session.execute(
                    delete(InstitutionClient).where(InstitutionClient.conclusion_id == payload.conclusion_id)
                )
