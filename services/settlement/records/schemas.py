from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from services.settlement.bounds import Month
from services.settlement.models.base import CareMode
from services.settlement.records.intake import TIME_PATTERN

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


RecordId = Annotated[
    int,
    Path(
        description="the platform's id of the record (`id` in its answers) — not the institution's own "
        "`record_id`, which names it only within the institution's batches and files",
        examples=[1],
    ),
]


class ServiceRecordIn(BaseModel):
    """One record as the institution submits it: an item of a batch, a JSON line or a CSV row of a file
    (there ``items`` is one field, the codes separated by ``|``). The intake checks each record on its own,
    so a record that does not fit is refused with its row errors and the others are kept."""

    record_id: str = Field(
        min_length=1, max_length=100, description="the institution's own id: a record sent again is ignored"
    )
    person_id: uuid.UUID = Field(description="the insured person (enrollment's id)")
    caregiver_code: str | None = Field(
        default=None, max_length=64, description="the caregiver's code at the institution"
    )
    care_mode: CareMode
    service_date: dt.date = Field(description="YYYY-MM-DD")
    start_time: str | None = Field(
        default=None, pattern=TIME_PATTERN, description="local time HH:MM (or HH:MM:SS)"
    )
    end_time: str | None = Field(
        default=None, pattern=TIME_PATTERN, description="local time, after start_time"
    )
    items: list[str] = Field(default_factory=list, description="service-item codes")
    checkin_lat: float | None = Field(
        default=None, ge=-90, le=90, description="home visits: with checkin_lon"
    )
    checkin_lon: float | None = Field(default=None, ge=-180, le=180)
    amount_claimed_fen: int = Field(ge=0, le=999_999_999_999, description="claimed, in fen")


# The document types each record; the route reads them as sent, so one bad record is refused on its own
# (a row error in the answer) instead of failing the batch's validation as a whole.
SubmittedRecord = Annotated[dict[str, Any], WithJsonSchema(ServiceRecordIn.model_json_schema())]


class ServiceRecordBatch(BaseModel):
    """Records as the institution keeps them; each is validated on its own, so good ones are kept."""

    model_config = ConfigDict(extra="forbid")

    records: list[SubmittedRecord] = Field(
        min_length=1,
        max_length=10_000,
        description="each a `ServiceRecordIn`; one that does not fit is refused with its row errors, the "
        "others are kept",
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
    status: Literal["completed", "refused"] = Field(
        description="`refused`: not one record was stored or had been received before — every record was "
        "refused (see `errors`); the batch answers 422 `RECORDS_REFUSED` then"
    )
    rows_total: int
    rows_accepted: int
    rows_already_received: int = Field(description="record_ids received before: a resend changes nothing")
    rows_rejected: int
    created_at: dt.datetime
    finished_at: dt.datetime | None
    errors: list[RowError] = Field(default_factory=list, description="the first 1000 row errors")


class ServiceRecord(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="the platform's id: `/service-records/{id}`, `…/{id}/disputes`, reviews")
    institution_id: str
    record_id: str = Field(description="the institution's own id of the record (unique per institution)")
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
