from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from shared.dates import BusinessDate
from shared.identifiers import IdNumber
from shared.money import PositiveFen

Payer = Literal["employer", "individual"]
Channel = Literal[
    "employer_premium_transfer",
    "personal_account",
    "family_account",
    "annual_self_payment",
    "pension_deduction",
]
BillStatus = Literal["unpaid", "partial", "paid"]
Category = Literal["employee", "retiree", "flexible"]
PersonalChannel = Literal["personal_account", "family_account", "annual_self_payment", "pension_deduction"]
FirstYearRule = Literal["full", "none", "pro_rata"]
FIRST_YEAR_RULE_DOC = (
    "what a person of a unit owes for the year the unit joined the scheme (its scheme start falls after "
    "1 January): `full` the whole year's amount, `none` nothing (no bill that year), `pro_rata` the year's "
    "amount times the days from the scheme start to 31 December (both included) over the days of the year, "
    "each half rounded half up to the fen on its own"
)


def seed_channels() -> dict[Category, list[PersonalChannel]]:
    """Seed 003 §二(二): employees (and, by our reading, flexible workers) pay their part by personal
    account, family account or once a year; retirees once a year or by pension deduction."""
    return {
        "employee": ["personal_account", "family_account", "annual_self_payment"],
        "flexible": ["personal_account", "family_account", "annual_self_payment"],
        "retiree": ["annual_self_payment", "pension_deduction"],
    }


CHANNELS_DOC = (
    "which channels the person may pay their part by, per category (the employer's half of an employee "
    "always comes by `employer_premium_transfer`); a payment by another channel is 422 CHANNEL_NOT_ALLOWED"
)
CountyCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class BillGeneration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    year: int = Field(ge=2000, le=2100)
    county_code: CountyCode | None = Field(default=None, description="one county, or all of the caller's")


class BillGenerationResult(BaseModel):
    year: int
    county_codes: list[str]
    bills_created: int = Field(description="new bills; persons who had one already are left as they are")
    amount_due_fen: int = Field(description="total due on the new bills")
    bills_existing: int = Field(description="insured persons of those counties who already had a bill")


class Bill(BaseModel):
    id: uuid.UUID
    person_id: uuid.UUID
    year: int
    county_code: str
    category: str
    employer_credit_code: str | None
    employer_half_payer: Payer = Field(description="who owes the employer half: the employer, or the person")
    employer_due_fen: int
    individual_due_fen: int
    employer_paid_fen: int
    individual_paid_fen: int
    excess_fen: int = Field(description="paid beyond what was due: to refund")
    due_on: dt.date
    status: BillStatus


class BillList(BaseModel):
    items: list[Bill]
    next_cursor: str | None = None


class PaymentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bill_id: uuid.UUID | None = None
    id_number: IdNumber | None = Field(default=None, description="with `year`, instead of `bill_id`")
    year: int | None = Field(default=None, ge=2000, le=2100)
    payer: Payer = Field(
        description=(
            "who pays. `employer`: the employer half (an employee's employer, by "
            "employer_premium_transfer). `individual`: the person's part — the individual half first, "
            "and for a person who owes both halves (retirees and flexible workers, "
            "`employer_half_payer = individual`) then the employer half, so one payment of the whole "
            "amount settles the bill; only what exceeds what the person still owes is kept as "
            "`excess_fen` to refund. An employee's `individual` payment pays the individual half only."
        )
    )
    channel: Channel = Field(
        description="the channels allowed for the person's category are the year's contribution policy "
        "(`channels_by_category`); otherwise 422 CHANNEL_NOT_ALLOWED"
    )
    amount_fen: PositiveFen
    paid_on: BusinessDate
    external_ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)] = (
        Field(description="the paying system's own reference; the same reference again is the same payment")
    )
    payer_id_number: IdNumber | None = Field(
        default=None, description="the family member whose account paid (channel family_account)"
    )

    @model_validator(mode="after")
    def names_one_bill(self) -> PaymentCreate:
        if (self.bill_id is None) == (self.id_number is None or self.year is None):
            raise ValueError("give either bill_id, or id_number and year")
        if self.channel == "family_account" and self.payer_id_number is None:
            raise ValueError("a family_account payment names the payer's ID number")
        return self


class Payment(BaseModel):
    id: uuid.UUID
    bill_id: uuid.UUID
    person_id: uuid.UUID
    county_code: str
    year: int
    payer: Payer
    channel: Channel
    amount_fen: int
    applied_fen: int = Field(description="what went to the bill (one half, or both if the person owes both)")
    excess_fen: int = Field(description="beyond what the payer still owed: to refund")
    paid_on: dt.date
    external_ref: str
    payer_id_number: str | None = Field(description="masked")
    recorded_at: dt.datetime
    bill_status: BillStatus


class PolicyWrite(BaseModel):
    """A year's contribution policy as the bureau sets it."""

    model_config = ConfigDict(extra="forbid")

    amount_per_person_fen: PositiveFen
    employer_share_fen: int = Field(ge=0)
    individual_share_fen: int = Field(ge=0)
    grace_period_days: int = Field(ge=0, le=366)
    effective_from: BusinessDate
    due_on: BusinessDate
    source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    first_year_rule: FirstYearRule = Field(default="full", description=FIRST_YEAR_RULE_DOC)
    channels_by_category: dict[Category, list[PersonalChannel]] = Field(
        default_factory=seed_channels,
        description=CHANNELS_DOC + "; a category left out may pay by no channel",
    )
    unconfirmed_fields: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def shares_add_up(self) -> PolicyWrite:
        if self.employer_share_fen + self.individual_share_fen != self.amount_per_person_fen:
            raise ValueError("employer_share_fen + individual_share_fen must equal amount_per_person_fen")
        allowed = set(type(self).model_fields) - {"source", "unconfirmed_fields"}
        unknown = set(self.unconfirmed_fields) - allowed
        if unknown:
            raise ValueError(f"unconfirmed_fields names unknown fields: {', '.join(sorted(unknown))}")
        return self


class PolicyCreate(PolicyWrite):
    year: int = Field(ge=2000, le=2100)
