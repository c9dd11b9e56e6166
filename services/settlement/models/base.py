from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from shared.consumer import cursor_table
from shared.db import schema_metadata
from shared.dead_letters import dead_letter_table
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
feed_dead_letters = dead_letter_table(metadata)

CARE_MODES = ("home_visit", "elderly_care_bed", "medical_bed", "family_care")
BED_DAY_MODES = ("elderly_care_bed", "medical_bed")
INSTITUTION_KINDS = ("elderly_care", "medical", "home_care")


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"
