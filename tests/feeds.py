"""Helpers for tests of the event feeds: publishing an event the way a producer does (through its contract
model), or a raw one that no producer could emit (an unknown type, a payload that breaks its contract)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.base import FeedContract
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
