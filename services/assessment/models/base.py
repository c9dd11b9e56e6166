from __future__ import annotations

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
