"""Helpers for tests of the event feeds: publishing an event the way a producer does (through its contract
model), or a raw one that no producer could emit (an unknown type, a payload that breaks its contract)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.base import FeedContract
from shared.consumer import FeedConsumer
from shared.dead_letters import list_dead_letters
from shared.outbox import Outbox


def publish(
    session: AsyncSession,
    contract: FeedContract,
    table: Table,
    event_type: str,
    aggregate_id: str,
    county: str | None,
    payload: Mapping[str, Any],
) -> None:
    """Through the contract's model when it declares the type (as the producer would), raw otherwise."""
    model = contract.model(event_type)
    if model is None:
        publish_raw(session, table, event_type, aggregate_id, county, payload)
    else:
        Outbox(table).publish(session, model(**payload), aggregate_id=aggregate_id)


def publish_raw(
    session: AsyncSession,
    table: Table,
    event_type: str,
    aggregate_id: str,
    county: str | None,
    payload: Mapping[str, Any],
) -> None:
    """An outbox row no producer would write, queued in order with the typed ones (``shared.outbox``)."""
    Outbox(table).publish_from_select(
        session,
        insert(table).values(
            event_type=event_type,
            aggregate_type=event_type.split(".")[0],
            aggregate_id=aggregate_id,
            county_code=county,
            payload=dict(payload),
        ),
    )


async def high_water(session: AsyncSession, table: Table) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(table.c.seq), 0))) or 0)


async def start_at_head(
    session: AsyncSession, cursors: Table, consumer: str, source: str, feed: Table
) -> None:
    """Put a consumer's cursor at its feed's present head (what other tests left in the feed is not ours)."""
    head = await high_water(session, feed)
    stmt = pg_insert(cursors).values(consumer=consumer, source=source, position=head)
    await session.execute(stmt.on_conflict_do_update(index_elements=["consumer"], set_={"position": head}))


async def drain(*consumers: FeedConsumer) -> int:
    """Poll until no consumer moves any more; how many events they passed in all."""
    passed = 0
    while moved := sum([await c.poll_once() for c in consumers]):
        passed += moved
    return passed


async def open_dead_letters(session: AsyncSession, table: Table) -> list[dict[str, Any]]:
    return await list_dead_letters(session, table)
