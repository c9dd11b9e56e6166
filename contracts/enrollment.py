"""The enrollment service's feed: persons, their status and county, contributions and bills.

Read by settlement (its insured persons, coverage periods, contributions as fund income, the bills behind
the ``NOT_COVERED`` check). Bulk changes (an import, a bill run) come as parallel arrays, up to a thousand
rows of one county per event, built set-based in SQL by the producer.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from contracts.base import EventPayload, FeedContract, ParallelArrays

Category = Literal["employee", "retiree", "flexible"]
Status = Literal["insured", "suspended", "terminated", "deceased"]
Sex = Literal["male", "female"]
Payer = Literal["employer", "individual"]

County = Annotated[str, Field(pattern=r"^\d{6}$", description="an accounting county (one of the 13 units)")]


class PersonEnrolled(EventPayload):
    """One person enrolled through the API."""

    event_type: ClassVar[str] = "person.enrolled"
    aggregate_type: ClassVar[str] = "person"
    example: ClassVar[dict[str, Any]] = {
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "category": "retiree",
        "enrolled_on": "2022-01-01",
        "birth_date": "1944-02-03",
        "sex": "female",
    }

    person_id: uuid.UUID
    county_code: County
    category: Category
    enrolled_on: dt.date = Field(description="insured from this date (the implied first status)")
    birth_date: dt.date
    sex: Sex


class PersonsEnrolled(ParallelArrays):
    """The persons a bulk import created: up to 1 000 of one county per event, as parallel arrays (the i-th
    element of each array belongs to one person); apply them set-based."""

    event_type: ClassVar[str] = "persons.enrolled"
    aggregate_type: ClassVar[str] = "import"
    bulk: ClassVar[bool] = True
    columns: ClassVar[tuple[str, ...]] = ("person_ids", "categories", "enrolled_on", "birth_dates", "sexes")
    example: ClassVar[dict[str, Any]] = {
        "import_id": "0194f3a1-0000-7000-8000-000000000001",
        "county_code": "330381",
        "person_ids": ["0194f3a1-0000-7000-8000-00000000000a", "0194f3a1-0000-7000-8000-00000000000b"],
        "categories": ["employee", "flexible"],
        "enrolled_on": ["2022-01-01", "2022-03-15"],
        "birth_dates": ["1960-07-01", "1958-11-30"],
        "sexes": ["male", "female"],
    }

    import_id: uuid.UUID
    county_code: County
    person_ids: list[uuid.UUID] = Field(description="enrollment's ids of the new persons")
    categories: list[Category]
    enrolled_on: list[dt.date] = Field(description="each insured from this date")
    birth_dates: list[dt.date]
    sexes: list[Sex]


class PersonStatusChanged(EventPayload):
    """A status change after the enrolment (the first status, insured from ``enrolled_on``, is implied)."""

    event_type: ClassVar[str] = "person.status_changed"
    aggregate_type: ClassVar[str] = "person"
    example: ClassVar[dict[str, Any]] = {
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "status": "suspended",
        "effective_on": "2024-09-01",
        "reason": "moved abroad",
    }

    person_id: uuid.UUID
    county_code: County
    status: Status = Field(description="`deceased` is final")
    effective_on: dt.date
    reason: str | None


class PersonCountyChanged(EventPayload):
    """A county transfer: the person belongs to ``county_code`` from ``effective_on`` on."""

    event_type: ClassVar[str] = "person.county_changed"
    aggregate_type: ClassVar[str] = "person"
    example: ClassVar[dict[str, Any]] = {
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "from_county_code": "330302",
        "county_code": "330381",
        "effective_on": "2024-07-01",
    }

    person_id: uuid.UUID
    from_county_code: County
    county_code: County
    effective_on: dt.date


class ContributionReceived(EventPayload):
    """A payment applied to a bill (one event per payment, also from a payment import); what exceeds the
    half is excess to refund and is not part of ``amount_fen``."""

    event_type: ClassVar[str] = "contribution.received"
    aggregate_type: ClassVar[str] = "payment"
    example: ClassVar[dict[str, Any]] = {
        "payment_id": "0194f3a2-0000-7000-8000-000000000001",
        "bill_id": "0194f3a2-0000-7000-8000-0000000000b1",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "year": 2022,
        "payer": "individual",
        "channel": "personal_account",
        "amount_fen": 5000,
        "excess_fen": 0,
        "paid_on": "2022-04-15",
    }

    payment_id: uuid.UUID
    bill_id: uuid.UUID
    person_id: uuid.UUID
    county_code: County
    year: int = Field(ge=2000, le=2100)
    payer: Payer = Field(description="whose half: the employer's or the insured person's")
    channel: str = Field(description="how it was paid (e.g. `personal_account`, `pension_deduction`)")
    amount_fen: int = Field(gt=0, description="applied to the bill, in fen")
    to_employer_half_fen: int = Field(
        default=0,
        ge=0,
        description="of `amount_fen`, what an `individual` payment applied to the employer half (a retiree "
        "or flexible worker owes both halves and settles them with one payment); 0 for `employer`",
    )
    excess_fen: int = Field(ge=0, description="paid beyond what the payer owed, to refund (never income)")
    paid_on: dt.date


class ContributionReversed(EventPayload):
    """A payment taken back (e.g. bounced). Declared and applied by settlement; enrollment has no reversal
    path yet, so no producer emits it today."""

    event_type: ClassVar[str] = "contribution.reversed"
    aggregate_type: ClassVar[str] = "payment"
    example: ClassVar[dict[str, Any]] = {
        "payment_id": "0194f3a2-0000-7000-8000-000000000001",
        "bill_id": "0194f3a2-0000-7000-8000-0000000000b1",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "year": 2022,
        "payer": "individual",
        "amount_fen": 5000,
        "reversed_on": "2022-05-02",
        "reason": "bounced",
    }

    payment_id: uuid.UUID
    bill_id: uuid.UUID
    person_id: uuid.UUID
    county_code: County
    year: int = Field(ge=2000, le=2100)
    payer: Payer
    amount_fen: int = Field(gt=0)
    reversed_on: dt.date
    reason: str | None


class BillsGenerated(EventPayload):
    """The totals of a bill run in one county (one event per county of a run)."""

    event_type: ClassVar[str] = "bills.generated"
    aggregate_type: ClassVar[str] = "bill_run"
    example: ClassVar[dict[str, Any]] = {
        "year": 2022,
        "county_code": "330302",
        "bills": 2,
        "amount_due_fen": 20000,
    }

    year: int = Field(ge=2000, le=2100)
    county_code: County
    bills: int = Field(ge=0, description="bills created by this run")
    amount_due_fen: int = Field(ge=0)


class BillsIssued(ParallelArrays):
    """What each person of a bill run owes (both halves), up to 1 000 of one county per event. With
    ``contribution.received``/``.reversed`` a consumer applies enrollment's coverage rule itself: a year's
    contribution is missing only when the person has a bill for the year, has paid less than due, and the
    date is past ``grace_ends_on``."""

    event_type: ClassVar[str] = "bills.issued"
    aggregate_type: ClassVar[str] = "bill_run"
    bulk: ClassVar[bool] = True
    columns: ClassVar[tuple[str, ...]] = ("person_ids", "due_fen")
    example: ClassVar[dict[str, Any]] = {
        "year": 2022,
        "county_code": "330302",
        "due_on": "2022-05-31",
        "grace_ends_on": "2022-08-29",
        "person_ids": ["0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d", "0194f3a1-0000-7000-8000-00000000000a"],
        "due_fen": [10000, 10000],
    }

    year: int = Field(ge=2000, le=2100)
    county_code: County
    due_on: dt.date
    grace_ends_on: dt.date = Field(description="due date plus the policy's grace period")
    person_ids: list[uuid.UUID]
    due_fen: list[int] = Field(description="each person's bill (both halves), in fen")


class CountySchemeChanged(EventPayload):
    """An accounting unit's scheme start as it now stands (the reference data's first version, or the
    bureau's change). Before ``scheme_start_on`` nothing of the unit is insured: consumers refuse
    applications and cut service records dated earlier (``COUNTY_NOT_IN_SCHEME``). ``version`` grows with
    every change of the unit; a consumer keeps the highest it has seen."""

    event_type: ClassVar[str] = "county.scheme_changed"
    aggregate_type: ClassVar[str] = "county"
    example: ClassVar[dict[str, Any]] = {
        "county_code": "330381",
        "scheme_start_on": "2022-06-25",
        "confirmed": True,
        "version": 5,
    }

    county_code: County
    scheme_start_on: dt.date = Field(description="the first day the unit is in the LTCI scheme")
    confirmed: bool = Field(description="false while the date is not confirmed by a source document")
    version: int = Field(gt=0, description="the version's id; later versions have larger ones")


FEED = FeedContract(
    producer="enrollment",
    consumers={"settlement.enrollment": "stop"},
    events=[
        PersonEnrolled,
        PersonsEnrolled,
        PersonStatusChanged,
        PersonCountyChanged,
        ContributionReceived,
        ContributionReversed,
        BillsGenerated,
        BillsIssued,
        CountySchemeChanged,
    ],
    description=__doc__ or "",
)
