"""The oversight service's feed: the life of each service contract (服务合同) between the bureau and a
contractor (商保经办机构); sanctions decided on a case of violation (suspension of an institution's agreement
acts on settlement); money ordered recovered (追回) from an institution, which settlement books and nets;
evaluations made final (their grade releases fees and deposits); caregivers' training certificates issued,
revoked or ended early (S003 §二(六) "其他从业人员需经规范化培训合格后上岗").

The gateway reads contract changes (a contractor client's counties within a contract in force); settlement
reads sanctions, recovery orders, final evaluations and training certificates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from contracts.base import EventPayload, FeedContract

County = Annotated[str, Field(pattern=r"^\d{6}$", description="an accounting county (one of the 13 units)")]
ContractStatus = Literal["draft", "in_force", "suspended", "expired", "terminated"]
Fen = Annotated[int, Field(gt=0)]
SanctionKind = Literal["warning", "rectification", "suspension", "termination", "credit_record", "referral"]
EvaluationSubject = Literal["contractor", "institution", "expert"]
BasisPoints = Annotated[int, Field(ge=0, le=10000, description="hundredths of a per cent: 10000 is all")]


class ContractChanged(EventPayload):
    """A contract was created, changed while a draft, or moved to another status (``status``, with the
    ``previous_status`` and the ``reason``). The payload is the contract's state after the change."""

    event_type: ClassVar[str] = "contract.changed"
    aggregate_type: ClassVar[str] = "contract"
    example: ClassVar[dict[str, Any]] = {
        "contract_id": "0194f3c0-0000-7000-8000-000000000001",
        "contractor_id": "0194f3c1-0000-7000-8000-000000000001",
        "contractor_credit_code": "91330300MA2XXXXX0X",
        "lot": "第一标段",
        "county_codes": ["330302", "330303", "330304"],
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "status": "in_force",
        "previous_status": "draft",
        "effective_on": "2026-07-01",
        "reason": None,
    }

    contract_id: uuid.UUID
    contractor_id: uuid.UUID
    contractor_credit_code: str
    lot: str = Field(description="the lot (标段) the contract was awarded for")
    county_codes: list[County] = Field(description="the lot's counties")
    starts_on: dt.date
    ends_on: dt.date
    status: ContractStatus
    previous_status: ContractStatus | None = Field(description="null when the contract was created")
    effective_on: dt.date = Field(description="the day the status holds from")
    reason: str | None = Field(description="why it was suspended, terminated…; null when none is needed")


class SanctionChanged(EventPayload):
    """A sanction (处理) decided on a case of violation, or lifted. For an institution, ``suspension`` stops
    its agreement from ``effective_on`` until ``ends_on`` (open-ended when null): its records of those days
    are not paid; ``termination`` ends the agreement on ``effective_on``. ``credit_record`` bans the
    subject until ``ends_on`` (S001: "三年之内不得参与政府购买服务" for fraud). A lifted sanction has
    ``status`` lifted and ``ends_on`` the day it stopped holding."""

    event_type: ClassVar[str] = "sanction.changed"
    aggregate_type: ClassVar[str] = "sanction"
    example: ClassVar[dict[str, Any]] = {
        "sanction_id": "0194f3c3-0000-7000-8000-000000000001",
        "case_id": "0194f3c4-0000-7000-8000-000000000001",
        "case_number": "WZ-2026-0001",
        "subject_kind": "institution",
        "institution_id": "WZ-LC-0100",
        "contractor_id": None,
        "county_code": "330302",
        "kind": "suspension",
        "status": "in_force",
        "decided_on": "2026-08-20",
        "effective_on": "2026-09-01",
        "ends_on": "2026-11-30",
        "reason": "虚构服务记录",
    }

    sanction_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str = Field(description="the case's number, as cited in letters and the clearing")
    subject_kind: Literal["institution", "contractor"]
    institution_id: str | None = Field(description="settlement's institution code; null for a contractor")
    contractor_id: uuid.UUID | None = Field(description="null for an institution")
    county_code: County = Field(description="the county of the institution, or of the case for a contractor")
    kind: SanctionKind
    status: Literal["in_force", "lifted"]
    decided_on: dt.date
    effective_on: dt.date
    ends_on: dt.date | None = Field(description="the last day it holds; null when open-ended or not timed")
    reason: str


class RecoveryOrdered(EventPayload):
    """A decision that money already paid to an institution was paid wrongly and is recovered (追回):
    settlement books a receivable from the institution against the expense of ``paid_in_year`` (or a
    recovery income once that year is closed) and nets it against the institution's next settlement. The
    ``recovery_id`` is the recovery's id in both services."""

    event_type: ClassVar[str] = "recovery.ordered"
    aggregate_type: ClassVar[str] = "recovery"
    example: ClassVar[dict[str, Any]] = {
        "recovery_id": "0194f3c5-0000-7000-8000-000000000001",
        "case_id": "0194f3c4-0000-7000-8000-000000000001",
        "case_number": "WZ-2026-0001",
        "institution_id": "WZ-LC-0100",
        "county_code": "330302",
        "amount_fen": 125000,
        "paid_in_year": 2026,
        "decided_on": "2026-08-20",
        "reason": "2026 年 6 月虚构上门服务 25 次",
    }

    recovery_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    institution_id: str
    county_code: County
    amount_fen: Fen = Field(description="what is to be recovered")
    paid_in_year: int = Field(ge=2000, le=2100, description="the year the money was paid out")
    decided_on: dt.date
    reason: str


class EvaluationFinalized(EventPayload):
    """A performance evaluation (绩效评价) made final after publication and objections: the grade, the
    score, and the consequences its scheme attaches to the grade."""

    event_type: ClassVar[str] = "evaluation.finalized"
    aggregate_type: ClassVar[str] = "evaluation"
    example: ClassVar[dict[str, Any]] = {
        "evaluation_id": "0194f3c6-0000-7000-8000-000000000001",
        "scheme_code": "contractor-annual",
        "scheme_version": 1,
        "subject_kind": "institution",
        "subject_id": "WZ-LC-0100",
        "contract_id": None,
        "county_codes": ["330302"],
        "period_from": "2026-01-01",
        "period_to": "2026-03-31",
        "score_bp": 8650,
        "grade": "good",
        "fee_release_bp": 10000,
        "deposit_release_bp": 10000,
        "renewal_eligible": True,
        "finalized_on": "2026-05-10",
    }

    evaluation_id: uuid.UUID
    scheme_code: str
    scheme_version: int = Field(ge=1)
    subject_kind: EvaluationSubject
    subject_id: str = Field(
        description="the contractor's id, settlement's institution code, or the expert's id"
    )
    contract_id: uuid.UUID | None = Field(description="the contract evaluated, for a contractor")
    county_codes: list[County]
    period_from: dt.date
    period_to: dt.date
    score_bp: BasisPoints = Field(description="the weighted score, 0–100.00 as 0–10000")
    grade: str = Field(description="the scheme's grade for the score")
    fee_release_bp: BasisPoints = Field(description="the share of the fee at risk that is paid")
    deposit_release_bp: BasisPoints = Field(description="the share of the quality deposit that is released")
    renewal_eligible: bool
    finalized_on: dt.date


IdNumber = Annotated[
    str, Field(pattern=r"^[0-9]{17}[0-9X]$", description="a resident ID number (GB 11643), whole")
]


class TrainingPassed(EventPayload):
    """A training certificate (规范化培训合格证) recorded in the training register, as it stands after the
    change: ``valid`` when issued (the holder passed the course's exam), ``revoked`` when withdrawn or ended
    early, ``valid_until`` then being the last day it held (the day before ``revoked_on``; before
    ``issued_on`` when it never should have held). A consumer mirrors the certificate by replacing what it
    holds under ``certificate_id``; settlement lets a care worker care on service dates from ``issued_on`` to
    ``valid_until`` (check ``CAREGIVER_UNTRAINED``).

    **The holder's identity crosses the feed as the whole ID number**, by decision: the certificate is the
    人社 department's, held by a person, not by an institution's staff code, and settlement must find the
    caregivers it covers among the ones institutions registered with their ID numbers (a caregiver may move
    between institutions, or serve two, on one certificate). A hash would not protect it — an ID number has
    few unknown digits once region and birth date are guessed, so any unsalted digest is reversed by
    enumeration, and a keyed one needs a secret shared by both services, which is the ID number's protection
    moved, not added — while it would make the register unreadable for reconciliation. The feed is internal
    (``/internal/events``, signed service principals only), both services already hold the number, and every
    log line masks ID numbers; the public APIs mask it in lists."""

    event_type: ClassVar[str] = "training.passed"
    aggregate_type: ClassVar[str] = "training_certificate"
    example: ClassVar[dict[str, Any]] = {
        "certificate_id": "0194f3c7-0000-7000-8000-000000000001",
        "certificate_number": "WZHR-2026-000123",
        "holder_id_number": "330302199001011236",
        "holder_name": "王芳",
        "course_code": "LTC-CARE-01",
        "course_name": "长期护理保险护理员规范化培训",
        "status": "valid",
        "issued_on": "2026-06-20",
        "valid_until": "2029-06-19",
        "revoked_on": None,
        "reason": None,
    }

    certificate_id: uuid.UUID
    certificate_number: str = Field(description="the number printed on the certificate")
    holder_id_number: IdNumber
    holder_name: str
    course_code: str
    course_name: str
    status: Literal["valid", "revoked"]
    issued_on: dt.date
    valid_until: dt.date = Field(description="the last day the certificate holds (revoked: as cut short)")
    revoked_on: dt.date | None = Field(description="the day a revocation took effect; null while valid")
    reason: str | None = Field(description="why it was revoked; null while valid")


FEED = FeedContract(
    producer="oversight",
    consumers={"gateway.oversight": "stop", "settlement.oversight": "stop"},
    events=[ContractChanged, SanctionChanged, RecoveryOrdered, EvaluationFinalized, TrainingPassed],
    description=__doc__ or "",
)
