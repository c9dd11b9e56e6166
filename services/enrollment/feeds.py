"""Enrollment's consumer of the assessment feed (contract: ``docs/contracts.md``): the care institution of
each person's disability level in force, so that an institution may check its own clients' coverage."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

from fastapi import FastAPI
from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models.care import InstitutionClient, consumer_cursors
from shared.app import internal_client
from shared.consumer import FeedConsumer
from shared.outbox import FeedEvent


class AssessmentConsumer(FeedConsumer):
    name = "enrollment.assessment"
    source = "assessment"

    async def apply(self, session: AsyncSession, event: FeedEvent) -> None:
        p = event.payload
        conclusion_id = uuid.UUID(p["conclusion_id"])
        if event.event_type == "conclusion.in_force":
            person_id = uuid.UUID(p["person_id"])
            institution = p.get("care_institution_id")
            if institution:
                stmt = pg_insert(InstitutionClient).values(
                    person_id=person_id, institution_id=institution, conclusion_id=conclusion_id
                )
                await session.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[InstitutionClient.person_id],
                        set_={"institution_id": institution, "conclusion_id": conclusion_id},
                    )
                )
            else:  # a spot check's level: the person stays with the institution they had
                await session.execute(
                    update(InstitutionClient)
                    .where(InstitutionClient.person_id == person_id)
                    .values(conclusion_id=conclusion_id)
                )
        elif event.event_type == "conclusion.revoked":
            await session.execute(
                delete(InstitutionClient).where(InstitutionClient.conclusion_id == conclusion_id)
            )


@contextlib.asynccontextmanager
async def run_consumers(app: FastAPI) -> AsyncIterator[None]:
    """The lifespan part: the assessment feed consumer, stopped cleanly on shutdown; assessment being down
    only delays it."""
    stop = asyncio.Event()
    client = internal_client(app.state.settings, "enrollment", "assessment")
    consumer = AssessmentConsumer(client, app.state.sessionmaker, consumer_cursors)
    app.state.consumers = [consumer]
    task = asyncio.create_task(consumer.run(stop), name=f"consumer:{consumer.name}")
    try:
        yield
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, timeout=10)
        await client.aclose()
