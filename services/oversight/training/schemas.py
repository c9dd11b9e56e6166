from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from shared.identifiers import IdNumber

CODE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
RESULT_COLUMNS_DOC = (
    "id_number (the candidate's resident ID number), name, score (a whole number 0–100), passed (true or "
    "false)"
)


class CourseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=CODE, examples=["LTC-CARE-01"])
    name: str = Field(min_length=1, max_length=200, examples=["长期护理保险护理员规范化培训"])
    hours: int = Field(ge=1, le=10_000, description="class hours (学时)")
    provider: str = Field(min_length=1, max_length=200, description="the training provider (培训机构)")


class Course(CourseCreate):
    model_config = ConfigDict(from_attributes=True)

    created_by: str
    created_at: dt.datetime


class CourseList(BaseModel):
    items: list[Course]
    next_cursor: str | None = None


class SessionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    course_code: str = Field(pattern=CODE)
    held_on: dt.date = Field(description="the day of the exam (考核)")
    place: str = Field(min_length=1, max_length=200)


class Session(SessionCreate):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_by: str
    created_at: dt.datetime


class SessionList(BaseModel):
    items: list[Session]
    next_cursor: str | None = None


class Result(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    session_id: uuid.UUID
    holder_id_number: str = Field(description="masked")
    holder_name: str
    score: int
    passed: bool
    import_job_id: uuid.UUID


class ResultList(BaseModel):
    items: list[Result]
    next_cursor: str | None = None


class ResultImport(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    session_id: uuid.UUID
    format: Literal["csv", "jsonl"]
    imported_by: str
    rows_total: int = Field(description="data lines in the file (blank lines and the CSV header not counted)")
    rows_created: int = Field(description="results recorded")
    rows_unchanged: int = Field(description="the same result was recorded before")
    rows_failed: int = Field(description="rows refused; see the error report")
    created_at: dt.datetime


class CertificateCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number: str = Field(min_length=1, max_length=64, description="the number printed on the certificate")
    session_id: uuid.UUID = Field(description="the exam session the holder passed (names the course)")
    holder_id_number: IdNumber
    issued_on: dt.date
    valid_until: dt.date = Field(description="the last day the certificate holds")

    @model_validator(mode="after")
    def _validity(self) -> CertificateCreate:
        if self.valid_until < self.issued_on:
            raise PydanticCustomError("PERIOD_INVERTED", "valid_until is before issued_on")
        return self


class BulkIssueCreate(BaseModel):
    """Certificates for everyone who passed a session's exam and holds none of it yet, numbered
    ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the session's certificates
    issued before."""

    model_config = ConfigDict(extra="forbid")

    number_prefix: str = Field(
        min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$", description="e.g. WZHR-2026-"
    )
    issued_on: dt.date
    valid_until: dt.date = Field(description="the last day the certificates hold")

    @model_validator(mode="after")
    def _validity(self) -> BulkIssueCreate:
        if self.valid_until < self.issued_on:
            raise PydanticCustomError("PERIOD_INVERTED", "valid_until is before issued_on")
        return self


class RevocationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=1000)
    effective_on: dt.date | None = Field(
        default=None, description="the first day it no longer holds (default: today; ≥ issued_on)"
    )


class Certificate(BaseModel):
    id: uuid.UUID
    number: str
    holder_id_number: str = Field(
        description="whole on one certificate to 人社 and the bureau; masked in lists and to other roles"
    )
    holder_name: str
    course_code: str
    session_id: uuid.UUID
    issued_on: dt.date
    valid_until: dt.date = Field(description="as issued")
    status: Literal["valid", "revoked"]
    revoked_on: dt.date | None
    revocation_reason: str | None
    holds_until: dt.date = Field(
        description="the last day it holds: valid_until, or the day before revoked_on"
    )
    issued_by: str
    created_at: dt.datetime


class CertificateList(BaseModel):
    items: list[Certificate]
    next_cursor: str | None = None


class BulkIssue(BaseModel):
    session_id: uuid.UUID
    issued: list[Certificate] = Field(description="the certificates issued by this call (ID numbers masked)")
    holding_already: int = Field(description="holders who passed and hold a certificate of the session")
