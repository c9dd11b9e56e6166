"""The oversight schema's metadata and the platform tables every service has: outbox, idempotency records,
feed consumer cursors and dead letters."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy.orm import DeclarativeBase

from shared.consumer import cursor_table
from shared.db import schema_metadata
from shared.dead_letters import dead_letter_table
from shared.idempotency import idempotency_table
from shared.outbox import Outbox, outbox_table

SCHEMA = "oversight"
metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


outbox_events = outbox_table(metadata)
idempotency_records = idempotency_table(metadata)
outbox = Outbox(outbox_events)
consumer_cursors = cursor_table(metadata)
feed_dead_letters = dead_letter_table(metadata)


def sql_values(values: Iterable[StrEnum]) -> str:
    """``('a', 'b')``: an enum's values as the SQL list of a CHECK constraint."""
    return repr(tuple(v.value for v in values))
