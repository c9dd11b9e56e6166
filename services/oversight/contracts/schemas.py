from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from shared.patch import PatchModel

ProcurementMethod = Literal[
    "open_tender", "invited_tender", "competitive_negotiation", "inquiry", "single_source", "commission"
]
FeeBasis = Literal["lump_sum", "per_insured_person", "per_case"]
ContractStatus = Literal["draft", "in_force", "suspended", "expired", "terminated"]
County = str


def _distinct_counties(codes: list[str] | None) -> list[str] | None:
    if codes is not None and len(codes) != len(set(codes)):
        raise PydanticCustomError("COUNTY_DUPLICATE", "list each county of the lot once")
    return codes


def _forbidden(value: bool | None) -> bool | None:
    if value is False:
        raise PydanticCustomError(
            "SUBCONTRACTING_FORBIDDEN",
            "a contractor may not subcontract the operation (层层转包 is forbidden)",
        )
    return value


class ContractTerms(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lot: str = Field(min_length=1, max_length=200, description="the lot (标段) awarded")
    county_codes: list[str] = Field(min_length=1, max_length=50, description="the lot's accounting counties")
    starts_on: dt.date
    ends_on: dt.date
    procurement_method: ProcurementMethod = Field(
        description="公开招标 open_tender, 邀请招标 invited_tender, 竞争性谈判 competitive_negotiation, "
        "询价 inquiry, 单一来源 single_source, 委托 commission"
    )
    tender_reference: str = Field(min_length=1, max_length=200, description="the procurement's reference")
    fee_basis: FeeBasis
    fee_amount_fen: int = Field(ge=0, le=10**14, description="per year, insured person or case, by basis")
    fee_at_risk_bp: int = Field(ge=0, le=10_000, description="share of the fee at risk on performance")
    performance_bond_fen: int = Field(ge=0, le=10**14)
    evaluation_scheme: str | None = Field(default=None, max_length=200, description="the scheme's reference")
    finance_filing_reference: str | None = Field(
        default=None, max_length=200, description="财政备案 reference"
    )
    finance_filed_on: dt.date | None = None
    subcontracting_forbidden: bool = Field(default=True, description="always true: false is refused")

    _counties = field_validator("county_codes")(_distinct_counties)
    _subcontracting = field_validator("subcontracting_forbidden")(_forbidden)

    @model_validator(mode="after")
    def _period(self) -> ContractTerms:
        if self.ends_on < self.starts_on:
            raise PydanticCustomError("PERIOD_INVERTED", "ends_on is before starts_on")
        return self


class ContractCreate(ContractTerms):
    contractor_id: uuid.UUID


class ContractUpdate(PatchModel):
    """A draft's terms; every field optional, ``null`` clears the optional references."""

    clearable = frozenset({"evaluation_scheme", "finance_filing_reference", "finance_filed_on"})

    lot: str | None = Field(default=None, min_length=1, max_length=200)
    county_codes: list[str] | None = Field(default=None, min_length=1, max_length=50)
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    procurement_method: ProcurementMethod | None = None
    tender_reference: str | None = Field(default=None, min_length=1, max_length=200)
    fee_basis: FeeBasis | None = None
    fee_amount_fen: int | None = Field(default=None, ge=0, le=10**14)
    fee_at_risk_bp: int | None = Field(default=None, ge=0, le=10_000)
    performance_bond_fen: int | None = Field(default=None, ge=0, le=10**14)
    evaluation_scheme: str | None = Field(default=None, max_length=200)
    finance_filing_reference: str | None = Field(default=None, max_length=200)
    finance_filed_on: dt.date | None = None
    subcontracting_forbidden: bool | None = None

    _counties = field_validator("county_codes")(_distinct_counties)
    _subcontracting = field_validator("subcontracting_forbidden")(_forbidden)


class StatusChangeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["in_force", "suspended", "expired", "terminated"]
    effective_on: dt.date | None = Field(default=None, description="default: today")
    reason: str | None = Field(default=None, max_length=1000, description="required to suspend or terminate")


class StatusChange(BaseModel):
    from_status: ContractStatus | None
    to_status: ContractStatus
    effective_on: dt.date
    reason: str | None
    changed_by: str
    changed_at: dt.datetime


class Contract(ContractTerms):
    id: uuid.UUID
    contractor_id: uuid.UUID
    status: ContractStatus
    status_reason: str | None
    status_history: list[StatusChange] = Field(default_factory=list)
    created_at: dt.datetime
    updated_at: dt.datetime


class ContractList(BaseModel):
    items: list[Contract]
    next_cursor: str | None = None


class Withholding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=1000)
    amount_fen: int = Field(gt=0, le=10**14)


class AcceptanceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    period_start: dt.date
    period_end: dt.date
    fee_payable_fen: int = Field(ge=0, le=10**14, description="the fee for the period before withholding")
    withholdings: list[Withholding] = Field(default_factory=list, max_length=100)
    note: str | None = Field(default=None, max_length=2000)
    evaluation_id: uuid.UUID | None = Field(
        default=None,
        description="the contract's final evaluation (绩效评价) of this period: the withholdings "
        "must then add up to the fee at risk × (1 − the grade's fee release share)",
    )

    @model_validator(mode="after")
    def _sums(self) -> AcceptanceCreate:
        if self.period_end < self.period_start:
            raise PydanticCustomError("PERIOD_INVERTED", "period_end is before period_start")
        if sum(w.amount_fen for w in self.withholdings) > self.fee_payable_fen:
            raise PydanticCustomError("WITHHELD_ABOVE_FEE", "more is withheld than the fee payable")
        return self


class Acceptance(BaseModel):
    id: uuid.UUID
    contract_id: uuid.UUID
    period_start: dt.date
    period_end: dt.date
    fee_payable_fen: int
    withheld_fen: int
    fee_released_fen: int = Field(description="fee_payable_fen − withheld_fen")
    withholdings: list[Withholding]
    accepted_on: dt.date
    accepted_by: str
    note: str | None
    evaluation_id: uuid.UUID | None = Field(description="the final evaluation the withholding follows")


class AcceptanceList(BaseModel):
    items: list[Acceptance]
