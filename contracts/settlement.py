"""The settlement service's feed: what oversight needs to supervise the fund's money path — months settled,
payouts made, disputes of deductions raised and decided, the contracted institutions as they change, and
the recoveries of money paid wrongly (追回) as they are netted against a settlement, paid back or written off.

Oversight reads the institutions (what its cases, visits and complaints may name, and their county) and the
recoveries (what became of the money it ordered recovered, shown on the case).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from contracts.base import EventPayload, FeedContract

County = Annotated[str, Field(pattern=r"^\d{6}$", description="an accounting county (one of the 13 units)")]
Fen = Annotated[int, Field(ge=0)]
CareMode = Literal["home_visit", "elderly_care_bed", "medical_bed", "family_care"]
InstitutionKind = Literal["elderly_care", "medical", "home_care"]
InstitutionStatus = Literal["active", "suspended", "terminated"]


class SettlementRunSettled(EventPayload):
    """A county's month settled: the run's totals over its statements (one per institution). A
    re-settlement names the run it supersedes (``resettles_run_id``); the superseded run's totals no longer
    count, and its payouts count towards the new run's statements."""

    event_type: ClassVar[str] = "settlement_run.settled"
    aggregate_type: ClassVar[str] = "settlement_run"
    example: ClassVar[dict[str, Any]] = {
        "run_id": "0194f3c0-0000-7000-8000-000000000001",
        "county_code": "330302",
        "month": "2026-06-01",
        "resettles_run_id": None,
        "resettle_reason": None,
        "statements": 1,
        "records": 10,
        "claimed_fen": 200000,
        "deducted_fen": 0,
        "fund_payable_fen": 160000,
        "person_share_fen": 40000,
        "adjustments_fen": 8000,
        "deposit_withheld_fen": 8400,
        "net_payable_fen": 159600,
        "paid_dispute_ids": ["0194f3c2-0000-7000-8000-000000000001"],
    }

    run_id: uuid.UUID
    county_code: County
    month: dt.date = Field(description="the month settled (its first day)")
    resettles_run_id: uuid.UUID | None = Field(description="the settled run this re-settlement supersedes")
    resettle_reason: str | None = Field(description="why the month was settled again")
    statements: int = Field(ge=0, description="how many institutions' statements the run has")
    records: int = Field(ge=0, description="service records settled")
    claimed_fen: Fen
    deducted_fen: Fen = Field(description="cut by the checks")
    fund_payable_fen: Fen = Field(description="the fund's share of what passed")
    person_share_fen: Fen
    adjustments_fen: Fen = Field(description="upheld disputes of earlier months paid with this run")
    deposit_withheld_fen: Fen = Field(description="quality deposit withheld from the payable")
    net_payable_fen: Fen = Field(description="what the institutions are owed for the month")
    paid_dispute_ids: list[uuid.UUID] = Field(
        description="the upheld disputes whose adjustments this run pays"
    )


class PayoutRecorded(EventPayload):
    """A payout (拨付) to an institution against its statement of a settled run (the statement is the run's
    for ``institution_id``). A payout sent again with the same reference is the same payout: no event."""

    event_type: ClassVar[str] = "payout.recorded"
    aggregate_type: ClassVar[str] = "payout"
    example: ClassVar[dict[str, Any]] = {
        "payment_id": "0194f3c1-0000-7000-8000-000000000001",
        "run_id": "0194f3c0-0000-7000-8000-000000000001",
        "county_code": "330302",
        "month": "2026-06-01",
        "institution_id": "WZ-LC-0100",
        "amount_fen": 159600,
        "paid_on": "2026-07-05",
        "reference": "TX-1",
    }

    payment_id: uuid.UUID
    run_id: uuid.UUID
    county_code: County
    month: dt.date = Field(description="the month the run settled (its first day)")
    institution_id: str
    amount_fen: int = Field(gt=0)
    paid_on: dt.date
    reference: str = Field(description="the bank transfer's reference, one payout of the county")


class DisputeRaised(EventPayload):
    """An institution disputes (申诉) the deduction from one of its settled service records."""

    event_type: ClassVar[str] = "dispute.raised"
    aggregate_type: ClassVar[str] = "dispute"
    example: ClassVar[dict[str, Any]] = {
        "dispute_id": "0194f3c2-0000-7000-8000-000000000001",
        "service_record_id": 4711,
        "institution_id": "WZ-LC-0100",
        "county_code": "330302",
        "care_mode": "home_visit",
        "settlement_run_id": "0194f3c0-0000-7000-8000-000000000001",
        "reason_codes": ["CAREGIVER_NOT_QUALIFIED"],
        "deducted_fen": 10000,
        "raised_at": "2026-07-02T09:30:00+08:00",
    }

    dispute_id: uuid.UUID
    service_record_id: int = Field(description="the platform's id of the disputed service record")
    institution_id: str
    county_code: County
    care_mode: CareMode
    settlement_run_id: uuid.UUID = Field(description="the run that settled the record")
    reason_codes: list[str] = Field(description="why the checks cut the record")
    deducted_fen: int = Field(gt=0, description="what was deducted, the amount in dispute")
    raised_at: dt.datetime


class DisputeDecided(EventPayload):
    """The contractor's decision on a dispute: upheld, the fund pays ``adjustment_fen`` with the county's next
    settlement run (whose ``paid_dispute_ids`` names it); rejected, nothing changes."""

    event_type: ClassVar[str] = "dispute.decided"
    aggregate_type: ClassVar[str] = "dispute"
    example: ClassVar[dict[str, Any]] = {
        "dispute_id": "0194f3c2-0000-7000-8000-000000000001",
        "service_record_id": 4711,
        "institution_id": "WZ-LC-0100",
        "county_code": "330302",
        "care_mode": "home_visit",
        "outcome": "upheld",
        "deducted_fen": 10000,
        "adjustment_fen": 8000,
        "raised_at": "2026-07-02T09:30:00+08:00",
        "decided_at": "2026-07-09T15:00:00+08:00",
    }

    dispute_id: uuid.UUID
    service_record_id: int
    institution_id: str
    county_code: County
    care_mode: CareMode
    outcome: Literal["upheld", "rejected"]
    deducted_fen: Fen = Field(description="what was deducted from the record")
    adjustment_fen: int | None = Field(
        ge=0, description="upheld: what the fund pays back; null when rejected"
    )
    raised_at: dt.datetime
    decided_at: dt.datetime


class InstitutionChanged(EventPayload):
    """A contracted institution (协议定点) as it stands after it was registered or changed (its agreement,
    status, beds, care modes): the whole state each time, so a consumer mirrors it by replacing what it
    holds."""

    event_type: ClassVar[str] = "institution.changed"
    aggregate_type: ClassVar[str] = "institution"
    example: ClassVar[dict[str, Any]] = {
        "institution_id": "WZ-LC-0100",
        "name": "鹿城居家护理站",
        "county_code": "330302",
        "kind": "home_care",
        "care_modes": ["home_visit"],
        "beds": 0,
        "status": "suspended",
        "agreement_from": "2026-01-01",
        "agreement_to": "2027-12-31",
        "suspended_from": "2026-08-01",
        "suspended_until": None,
        "termination_notice_on": None,
        "terminated_on": None,
    }

    institution_id: str = Field(description="the institution's opaque code")
    name: str
    county_code: County
    kind: InstitutionKind
    care_modes: list[CareMode]
    beds: int = Field(ge=0)
    status: InstitutionStatus
    agreement_from: dt.date
    agreement_to: dt.date
    suspended_from: dt.date | None
    suspended_until: dt.date | None
    termination_notice_on: dt.date | None
    terminated_on: dt.date | None = Field(description="the agreement ends the day before (notice + 3 months)")


class RecoveryChanged(EventPayload):
    """A recovery (追回) as it stands after it was booked, netted against a settlement (a statement line of
    ``run_id``), paid back by the institution, or written off by the bureau. ``outstanding_fen`` is what is
    still owed; the status is ``open`` while anything is, else how the last of it went."""

    event_type: ClassVar[str] = "recovery.changed"
    aggregate_type: ClassVar[str] = "recovery"
    example: ClassVar[dict[str, Any]] = {
        "recovery_id": "0194f3c5-0000-7000-8000-000000000001",
        "case_id": "0194f3c4-0000-7000-8000-000000000001",
        "institution_id": "WZ-LC-0100",
        "county_code": "330302",
        "amount_fen": 125000,
        "netted_fen": 100000,
        "repaid_fen": 25000,
        "written_off_fen": 0,
        "outstanding_fen": 0,
        "status": "repaid",
        "changed_on": "2026-09-05",
        "run_id": None,
    }

    recovery_id: uuid.UUID
    case_id: uuid.UUID
    institution_id: str
    county_code: County
    amount_fen: int = Field(gt=0)
    netted_fen: Fen = Field(description="taken off the institution's settlements so far")
    repaid_fen: Fen = Field(description="paid back by the institution so far")
    written_off_fen: Fen = Field(description="written off by the bureau")
    outstanding_fen: Fen
    status: Literal["open", "netted", "repaid", "written_off"]
    changed_on: dt.date
    run_id: uuid.UUID | None = Field(description="the settlement run that netted it, when this change did")


FEED = FeedContract(
    producer="settlement",
    consumers={"oversight.settlement": "set_aside"},
    events=[
        SettlementRunSettled,
        PayoutRecorded,
        DisputeRaised,
        DisputeDecided,
        InstitutionChanged,
        RecoveryChanged,
    ],
    description=__doc__ or "",
)
