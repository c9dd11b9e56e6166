from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy.orm import DeclarativeBase

from shared.db import schema_metadata
from shared.idempotency import idempotency_table
from shared.outbox import Outbox, outbox_table

SCHEMA = "assessment"
metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


outbox_events = outbox_table(metadata)
idempotency_records = idempotency_table(metadata)
outbox = Outbox(outbox_events)


def sql_values(values: Iterable[StrEnum]) -> str:
    """``('a', 'b')``: an enum's values as the SQL list of a CHECK constraint or a partial index, so the
    database's list of statuses is the Python one."""
    return repr(tuple(v.value for v in values))
