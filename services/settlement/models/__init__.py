"""ORM models of the settlement service (schema ``settlement``)."""

from sqlalchemy.orm import DeclarativeBase

from shared.consumer import cursor_table
from shared.db import schema_metadata
from shared.idempotency import idempotency_table
from shared.outbox import Outbox, outbox_table

SCHEMA = "settlement"
metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


outbox_events = outbox_table(metadata)
idempotency_records = idempotency_table(metadata)
outbox = Outbox(outbox_events)
consumer_cursors = cursor_table(metadata)

__all__ = ["SCHEMA", "Base", "consumer_cursors", "idempotency_records", "metadata", "outbox", "outbox_events"]
