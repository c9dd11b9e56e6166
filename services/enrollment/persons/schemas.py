from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.dates import BusinessDate
from shared.identifiers import CreditCode, IdNumber

Category = Literal["employee", "retiree", "flexible"]
Status = Literal["insured", "suspended", "terminated", "deceased"]
CoverageReason = Literal[
    "COUNTY_NOT_IN_SCHEME", "NOT_ENROLLED", "SUSPENDED", "TERMINATED", "DECEASED", "CONTRIBUTION_UNPAID"
]
CountyCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class PersonCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id_number: IdNumber = Field(description="18-character resident ID number; a lower-case x is accepted")
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    category: Category
    county_code: CountyCode = Field(description="accounting county — its own field, never read from the ID")
    employer_credit_code: CreditCode | None = Field(default=None, description="required for employees")
    enrolled_on: BusinessDate


class Person(BaseModel):
    id: uuid.UUID
    id_number: str = Field(description="whole on detail reads by contractor and bureau, masked elsewhere")
    name: str
    sex: Literal["male", "female"]
    birth_date: dt.date
    category: Category
    county_code: str
    employer_credit_code: str | None
    enrolled_on: dt.date
    status: Status
    status_on: dt.date = Field(description="the date the current status took effect")
    created_at: dt.datetime


class PersonList(BaseModel):
    items: list[Person]
    next_cursor: str | None = None


class StatusChangeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status
    effective_on: BusinessDate
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class CountyTransferCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]
    effective_on: BusinessDate
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class CountyTransfer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_county_code: str
    county_code: str
    effective_on: dt.date
    reason: str
    recorded_by: str
    recorded_at: dt.datetime


class StatusChange(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    status: Status
    effective_on: dt.date
    reason: str
    recorded_by: str
    recorded_at: dt.datetime


class PersonDetail(Person):
    status_history: list[StatusChange]
    county_transfers: list[CountyTransfer] = Field(default_factory=list)


class Coverage(BaseModel):
    person_id: uuid.UUID
    on: dt.date
    covered: bool
    reason: CoverageReason | None = Field(description="why not covered; null when covered")
    county_code: str
    status: Status | None = Field(description="the status in force on that date (null before enrolment)")
    contribution_year: int
    contribution_settled: bool | None = Field(
        description="that year's bill fully paid; null when no bill has been generated for the year"
    )
    grace_ends_on: dt.date | None = Field(description="last day an unpaid bill still counts as covered")
    scheme_start_on: dt.date | None = Field(
        description="the person's accounting unit joined the scheme on this date; before it the answer is "
        "not covered, reason COUNTY_NOT_IN_SCHEME"
    )


MAX_PERSONS = 1000


class ResolveRequest(BaseModel):
    """Persons another service asks about in bulk (``/internal/persons:resolve``)."""

    model_config = ConfigDict(extra="forbid")

    on: dt.date
    persons: Annotated[list[str], Field(max_length=MAX_PERSONS)]


class Resolved(BaseModel):
    person: str = Field(description="as asked: a platform person id or an ID number")
    person_id: uuid.UUID | None = None
    county_code: str | None = None
    covered: bool = False
    reason: str | None = Field(None, description="PERSON_NOT_FOUND, or why not covered on the date")


class ResolveAnswer(BaseModel):
    items: list[Resolved]
