"""ORM models of the oversight service (schema ``oversight``)."""

from services.oversight.models.base import (
    SCHEMA,
    Base,
    consumer_cursors,
    feed_dead_letters,
    idempotency_records,
    metadata,
    outbox,
    outbox_events,
)
from services.oversight.models.reference import AccountingUnit

__all__ = [
    "SCHEMA",
    "AccountingUnit",
    "Base",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
