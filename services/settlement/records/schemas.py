from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from services.settlement.bounds import Month

LOCAL_TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?$"
LocalTime = Annotated[
    dt.time,
    PlainSerializer(dt.time.isoformat, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": LOCAL_TIME_PATTERN,
            "description": "a local wall-clock time (Asia/Shanghai) without an offset, `HH:MM:SS`",
            "examples": ["09:00:00"],
        }
    ),
]


class ServiceRecordBatch(BaseModel):
    """Records as the institution keeps them; each is validated on its own, so good ones are kept."""

    model_config = ConfigDict(extra="forbid")

    records: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=10_000,
        description="each: record_id, person_id, caregiver_code, care_mode, service_date, start_time, "
        "end_time, items (list), checkin_lat, checkin_lon, amount_claimed_fen",
    )


class RowError(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    row_number: int
    record_id: str | None
    code: str
    field: str | None
    message: str


class ImportJob(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    institution_id: str
    source: str
    status: str
    rows_total: int
    rows_accepted: int
    rows_already_received: int = Field(description="record_ids received before: a resend changes nothing")
    rows_rejected: int
    created_at: dt.datetime
    finished_at: dt.datetime | None
    errors: list[RowError] = Field(default_factory=list, description="the first 1000 row errors")


class ServiceRecord(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    institution_id: str
    record_id: str
    county_code: str
    person_id: uuid.UUID
    caregiver_code: str | None
    care_mode: str
    service_date: dt.date
    start_time: LocalTime | None
    end_time: LocalTime | None
    items: list[str]
    amount_claimed_fen: int
    checked_at: dt.datetime | None = None
    reason_codes: list[str] = Field(default_factory=list)
    review_flags: list[str] = Field(default_factory=list)
    fund_share_bp: int | None = None
    eligible_fen: int | None = None
    fund_fen: int | None = None
    person_fen: int | None = None
    deducted_fen: int | None = None
    sampled_for_review: str | None = Field(description="how the record was picked for review, if it was")
    first_review: str | None
    first_reviewer: str | None
    first_review_reason: str | None
    second_review: str | None
    second_reviewer: str | None
    second_review_reason: str | None
    settlement_run_id: uuid.UUID | None = None


# filled from the record's current check results (``records.results``); empty while it is unchecked
CHECK_FIELDS = (
    "checked_at",
    "reason_codes",
    "review_flags",
    "fund_share_bp",
    "eligible_fen",
    "fund_fen",
    "person_fen",
    "deducted_fen",
    "settlement_run_id",
)


class ServiceRecordList(BaseModel):
    items: list[ServiceRecord]
    next_cursor: str | None = None


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    month: Month = Field(description="the month: YYYY-MM (any day of it, YYYY-MM-DD, too)")


class CheckResult(BaseModel):
    county_code: str
    month: dt.date
    checked: int
