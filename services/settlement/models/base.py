from __future__ import annotations

from enum import StrEnum

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


# The one spelling of the care modes: the schemas, the CHECK constraints, the import's row check, the SQL of
# the checks and the expense accounts all take them from here.
class CareMode(StrEnum):
    """护理方式, how care is given: `home_visit` 居家上门护理, `elderly_care_bed` 养老机构护理 (bed-days),
    `medical_bed` 医疗机构护理 (bed-days), `family_care` 家属护理."""

    HOME_VISIT = "home_visit"
    ELDERLY_CARE_BED = "elderly_care_bed"
    MEDICAL_BED = "medical_bed"
    FAMILY_CARE = "family_care"


CARE_MODES = tuple(mode.value for mode in CareMode)
BED_DAY_MODES = (CareMode.ELDERLY_CARE_BED.value, CareMode.MEDICAL_BED.value)
INSTITUTION_KINDS = ("elderly_care", "medical", "home_care")


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"
