"""The assessment service's feed: applications received and the life of each conclusion (disability level).

Read by settlement (applications counted in the fund views; levels in force, with their validity, for the
monthly settlement) and by enrollment (the care institution named on the application of a level in force:
an institution may ask about its own clients' coverage).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from contracts.base import EventPayload, FeedContract

County = Annotated[str, Field(pattern=r"^\d{6}$", description="an accounting county (one of the 13 units)")]


class ApplicationReceived(EventPayload):
    """Every initial application, accepted or refused at the acceptance gate (the bureau's fund views count
    them)."""

    event_type: ClassVar[str] = "application.received"
    aggregate_type: ClassVar[str] = "application"
    example: ClassVar[dict[str, Any]] = {
        "application_id": "0194f3b0-0000-7000-8000-000000000001",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "received_on": "2026-03-02",
        "accepted": True,
        "reason_codes": [],
    }

    application_id: uuid.UUID
    person_id: uuid.UUID
    county_code: County
    received_on: dt.date
    accepted: bool
    reason_codes: list[str] = Field(description="why it was refused (empty when accepted)")


class ConclusionInForce(EventPayload):
    """A conclusion (disability level) in force from ``valid_from`` to ``valid_to``: assessed on the platform,
    or migrated from the old system (``origin: migrated``, no application; served as an assessed one)."""

    event_type: ClassVar[str] = "conclusion.in_force"
    aggregate_type: ClassVar[str] = "conclusion"
    example: ClassVar[dict[str, Any]] = {
        "conclusion_id": "0194f3b1-0000-7000-8000-000000000001",
        "application_id": "0194f3b0-0000-7000-8000-000000000001",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "level": 5,
        "valid_from": "2026-04-01",
        "valid_to": "2028-03-31",
        "rule_set_version": "NHSA-2021-37",
        "care_institution_id": "DEMO-INST-0001",
        "origin": "assessed",
        "migration_ref": None,
    }

    conclusion_id: uuid.UUID
    application_id: uuid.UUID | None = Field(
        description="the application it concluded; null for a level migrated from the old system"
    )
    person_id: uuid.UUID
    county_code: County
    level: int = Field(ge=0, le=5)
    valid_from: dt.date
    valid_to: dt.date
    rule_set_version: str
    care_institution_id: str | None = Field(
        description="the care institution named on the application; null when none was named (e.g. the "
        "application of a spot check): the person stays with the institution they had"
    )
    origin: Literal["assessed", "migrated"] = Field(
        "assessed", description="assessed on the platform, or migrated from the old system by a level import"
    )
    migration_ref: str | None = Field(None, description="the old system's reference of a migrated level")


class ConclusionSuperseded(EventPayload):
    """A conclusion replaced by a re-assessment's or a spot check's (which comes as its own
    ``conclusion.in_force``)."""

    event_type: ClassVar[str] = "conclusion.superseded"
    aggregate_type: ClassVar[str] = "conclusion"
    example: ClassVar[dict[str, Any]] = {
        "conclusion_id": "0194f3b1-0000-7000-8000-000000000001",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "superseded_by": "0194f3b1-0000-7000-8000-000000000002",
        "effective_on": "2026-06-01",
        "cause": "reassessment",
    }

    conclusion_id: uuid.UUID
    person_id: uuid.UUID
    county_code: County
    superseded_by: uuid.UUID = Field(description="the conclusion that replaces it")
    effective_on: dt.date = Field(description="the old level ends the day before")
    cause: Literal["reassessment", "spot_check"]


class ConclusionRevoked(EventPayload):
    """A conclusion in force ended with nothing in its place (the person died, or the bureau withdrew a
    mistaken one; ``effective_on`` = ``valid_from`` voids it from the start)."""

    event_type: ClassVar[str] = "conclusion.revoked"
    aggregate_type: ClassVar[str] = "conclusion"
    example: ClassVar[dict[str, Any]] = {
        "conclusion_id": "0194f3b1-0000-7000-8000-000000000001",
        "person_id": "0194f3a0-7c1e-7b2a-9d10-5b1e2f3a4c5d",
        "county_code": "330302",
        "effective_on": "2026-09-01",
        "reason": "DECEASED",
    }

    conclusion_id: uuid.UUID
    person_id: uuid.UUID
    county_code: County
    effective_on: dt.date
    reason: Literal["DECEASED", "MISTAKEN"]


FEED = FeedContract(
    producer="assessment",
    consumers={"settlement.assessment": "stop", "enrollment.assessment": "set_aside"},
    events=[ApplicationReceived, ConclusionInForce, ConclusionSuperseded, ConclusionRevoked],
    description=__doc__ or "",
)
