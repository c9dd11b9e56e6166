from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

CaseStatusName = Literal["open", "investigating", "decided", "closed"]
CaseSourceName = Literal["finding", "review", "complaint", "data_rule"]
SanctionKindName = Literal[
    "warning", "rectification", "suspension", "termination", "credit_record", "referral"
]
Sha256 = str


class Document(BaseModel):
    """A document or photo: its metadata (the file stays in the records system that holds it)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    reference: str = Field(
        min_length=1, max_length=1000, description="where the file is: archive number or URL"
    )
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="the file's SHA-256, hex")
    content_type: str = Field(min_length=3, max_length=200, pattern=r"^[\w.+-]+/[\w.+-]+$")


class CaseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_kind: Literal["institution", "contractor"] = Field(
        default="institution",
        description="an institution (协议护理机构, `institution_id`) or a contractor (商保经办机构) "
        "under one of its contracts (`contract_id`; the bureau's only)",
    )
    institution_id: str | None = Field(default=None, min_length=1, max_length=100)
    contract_id: uuid.UUID | None = Field(
        default=None, description="a contractor's case: the contract its conduct was under"
    )
    source: CaseSourceName = Field(description="finding, review, complaint or data_rule")
    inspection_id: uuid.UUID | None = Field(default=None, description="the visit whose finding it is")
    service_record_id: int | None = Field(default=None, ge=1, description="the reviewed service record")
    complaint_id: uuid.UUID | None = None
    data_rule: str | None = Field(default=None, max_length=200, description="the data rule that flagged it")
    summary: str = Field(min_length=1, max_length=4000)
    evidence: list[Document] = Field(default_factory=list, max_length=100)

    @model_validator(mode="after")
    def _reference(self) -> CaseCreate:
        if self.subject_kind == "institution" and (
            self.institution_id is None or self.contract_id is not None
        ):
            raise PydanticCustomError(
                "CASE_SUBJECT_INVALID", "a case on an institution names institution_id and no contract_id"
            )
        if self.subject_kind == "contractor" and (
            self.contract_id is None or self.institution_id is not None
        ):
            raise PydanticCustomError(
                "CASE_SUBJECT_INVALID", "a case on a contractor names contract_id and no institution_id"
            )
        if self.subject_kind == "contractor" and self.source == "finding":
            raise PydanticCustomError(
                "CASE_SUBJECT_INVALID",
                "an inspection visits an institution: a contractor's case has another source",
            )
        needed = {
            "finding": "inspection_id",
            "review": "service_record_id",
            "complaint": "complaint_id",
            "data_rule": "data_rule",
        }[self.source]
        if getattr(self, needed) is None:
            raise PydanticCustomError(
                "CASE_SOURCE_REFERENCE_REQUIRED",
                "a case from a {source} names it: send {field}",
                {"source": self.source, "field": needed},
            )
        return self


class EntryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=8000)
    documents: list[Document] = Field(default_factory=list, max_length=100)


class CaseStatusChangeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["investigating", "closed"]
    reason: str | None = Field(
        default=None, max_length=2000, description="required to close an undecided case"
    )


class SanctionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: SanctionKindName
    effective_on: dt.date | None = Field(default=None, description="default: the decision's day")
    ends_on: dt.date | None = Field(
        default=None,
        description="rectification: its deadline (required); suspension: the last day (open-ended when "
        "null); credit_record: computed from the rule `credit_record.ban_years`; others: none",
    )
    referred_to: str | None = Field(default=None, max_length=300, description="referral: to whom (required)")
    reason: str = Field(min_length=1, max_length=2000)

    @model_validator(mode="after")
    def _by_kind(self) -> SanctionCreate:
        if self.kind == "rectification" and self.ends_on is None:
            raise PydanticCustomError("SANCTION_END_REQUIRED", "a rectification has a deadline: send ends_on")
        if self.kind in ("warning", "termination", "credit_record", "referral") and self.ends_on is not None:
            raise PydanticCustomError(
                "SANCTION_END_NOT_TAKEN", "a {kind} takes no ends_on", {"kind": self.kind}
            )
        if self.kind == "referral" and not (self.referred_to or "").strip():
            raise PydanticCustomError(
                "REFERRAL_TARGET_REQUIRED", "a referral names to whom: send referred_to"
            )
        if self.kind != "referral" and self.referred_to is not None:
            raise PydanticCustomError("REFERRAL_TARGET_NOT_TAKEN", "only a referral names referred_to")
        if self.ends_on is not None and self.effective_on is not None and self.ends_on < self.effective_on:
            raise PydanticCustomError("PERIOD_INVERTED", "ends_on is before effective_on")
        return self


class RecoveryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    amount_fen: int = Field(gt=0, le=10**12, description="what is to be recovered, in fen")
    paid_in_year: int = Field(ge=2000, le=2100, description="the year the money was paid out")
    reason: str = Field(min_length=1, max_length=2000)


class DecisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["violation", "no_violation"]
    reason: str = Field(min_length=1, max_length=4000)
    decided_on: dt.date | None = Field(default=None, description="default: today")
    sanctions: list[SanctionCreate] = Field(default_factory=list, max_length=20)
    recoveries: list[RecoveryCreate] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _consistent(self) -> DecisionCreate:
        if self.outcome == "no_violation" and (self.sanctions or self.recoveries):
            raise PydanticCustomError(
                "NO_VIOLATION_NO_SANCTION", "a case decided without violation carries no sanction or recovery"
            )
        return self


class SanctionLift(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lifted_on: dt.date | None = Field(default=None, description="default: today; the last day it held")
    reason: str = Field(min_length=1, max_length=2000)


class CaseStatusChange(BaseModel):
    from_status: CaseStatusName | None
    to_status: CaseStatusName
    reason: str | None
    changed_by: str
    changed_at: dt.datetime


class Entry(BaseModel):
    kind: Literal["evidence", "statement"]
    text: str
    documents: list[Document]
    recorded_by: str
    recorded_role: str
    recorded_at: dt.datetime


class Sanction(BaseModel):
    id: uuid.UUID
    kind: SanctionKindName
    status: Literal["in_force", "lifted"]
    effective_on: dt.date
    ends_on: dt.date | None
    referred_to: str | None
    reason: str
    rule: dict[str, object] | None = Field(description="the rule version that set ends_on (credit record)")
    lifted_on: dt.date | None
    lift_reason: str | None


class Recovery(BaseModel):
    id: uuid.UUID
    amount_fen: int
    paid_in_year: int
    reason: str
    decided_on: dt.date
    status: Literal["ordered", "open", "netted", "repaid", "written_off"] = Field(
        description="ordered until settlement reports it booked; then as settlement reports it"
    )
    netted_fen: int
    repaid_fen: int
    written_off_fen: int
    outstanding_fen: int
    reported_on: dt.date | None = Field(description="the day of settlement's last report")


class Case(BaseModel):
    id: uuid.UUID
    number: str
    subject_kind: Literal["institution", "contractor"]
    institution_id: str | None = Field(description="null for a contractor's case")
    contractor_id: uuid.UUID | None = Field(description="null for an institution's case")
    contract_id: uuid.UUID | None = Field(description="a contractor's case: the contract it concerns")
    county_code: str = Field(description="the institution's county, or the first of the contract's lot")
    source: CaseSourceName
    inspection_id: uuid.UUID | None
    service_record_id: int | None
    complaint_id: uuid.UUID | None
    data_rule: str | None
    summary: str
    status: CaseStatusName
    outcome: Literal["violation", "no_violation"] | None
    decided_on: dt.date | None
    decision_reason: str | None
    opened_on: dt.date
    status_history: list[CaseStatusChange]
    entries: list[Entry]
    sanctions: list[Sanction]
    recoveries: list[Recovery]
    created_at: dt.datetime
    updated_at: dt.datetime


class CaseList(BaseModel):
    items: list[Case]
    next_cursor: str | None = None


class RuleVersion(BaseModel):
    key: str
    version: int
    value: int
    unit: str
    description: str
    confirmed: bool
    source: str
    effective_from: dt.date
    created_by: str
    created_at: dt.datetime


class RuleUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: int = Field(ge=0, le=100_000)
    confirmed: bool
    source: str = Field(min_length=1, max_length=2000, description="where the value comes from")
    effective_from: dt.date


class Rule(BaseModel):
    key: str
    current: RuleVersion
    versions: list[RuleVersion]


class RuleList(BaseModel):
    items: list[Rule]
