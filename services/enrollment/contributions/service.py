"""Bills of a year, generated set-based for everyone insured, and payments against their two halves.

Who pays which half: an employee's employer pays the employer half by premium transfer; the employee pays the
individual half. Retirees and flexible workers owe both halves themselves (seed 003 §二(二)), so a payment of
theirs as ``individual`` settles their whole bill: it goes to the individual half first, then to the employer
half, and only what exceeds both is excess. The channels a person may pay by are the year's policy
(``channels_by_category``). A unit's bills start with the year it joined the scheme; for that first, partial
year the policy's ``first_year_rule`` says what is owed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import BillsGenerated, BillsIssued, ContributionReceived
from services.enrollment.contribution_policies import repository as policies
from services.enrollment.contribution_policies import service as policy_service
from services.enrollment.contributions import repository
from services.enrollment.contributions.exceptions import (
    BillNotFound,
    ChannelNotAllowed,
    FamilyPayerIsPerson,
    PaymentRefConflict,
    PolicyDatesOutsideYear,
    PolicyExists,
    PolicyInUse,
    PolicyMissing,
)
from services.enrollment.contributions.schemas import (
    BillGeneration,
    BillGenerationResult,
    PaymentCreate,
    PolicyCreate,
    PolicyWrite,
)
from services.enrollment.counties.exceptions import CountyNotInScheme
from services.enrollment.counties.service import require_county, scheme_start
from services.enrollment.events import announce_in_chunks
from services.enrollment.models import BillState, ContributionBill, ContributionPolicy, Payment, outbox
from services.enrollment.persons.exceptions import DateInFuture
from shared.dates import today
from shared.identifiers import parse_id_number
from shared.pagination import PageParams
from shared.principal import Principal

EMPLOYER_CHANNEL = "employer_premium_transfer"
# a policy's fields that its bills are made from; the others (channels, source, flags) may change later
BILLING_FIELDS = (
    "amount_per_person_fen",
    "employer_share_fen",
    "individual_share_fen",
    "grace_period_days",
    "effective_from",
    "due_on",
    "first_year_rule",
)


async def create_policy(session: AsyncSession, data: PolicyCreate) -> ContributionPolicy:
    if await policies.get(session, data.year) is not None:
        raise PolicyExists(f"the {data.year} policy exists; replace it with PUT")
    _check_policy_dates(data.year, data)
    policy = ContributionPolicy(year=data.year, **data.model_dump(exclude={"year"}))
    session.add(policy)
    await session.flush()
    await session.refresh(policy)
    return policy


async def replace_policy(session: AsyncSession, year: int, data: PolicyWrite) -> ContributionPolicy:
    """A year's policy may change until its bills are generated; then it is what they were made from."""
    policy = await policy_service.get(session, year, lock=True)
    billed = await repository.count_bills(session, year)
    changed = [f for f in BILLING_FIELDS if getattr(policy, f) != getattr(data, f)]
    if billed and changed:
        raise PolicyInUse(
            f"{billed} bills of {year} were generated from this policy; {', '.join(changed)} can no longer "
            "change (channels_by_category, source and unconfirmed_fields still can)"
        )
    _check_policy_dates(year, data)
    for field, value in data.model_dump().items():
        setattr(policy, field, value)
    await session.flush()
    return policy


def _check_policy_dates(year: int, data: PolicyWrite) -> None:
    if data.due_on.year != year or data.effective_from.year != year:
        raise PolicyDatesOutsideYear(f"effective_from and due_on must fall in {year}")


async def generate_bills(
    session: AsyncSession, principal: Principal, data: BillGeneration
) -> BillGenerationResult:
    """One INSERT … SELECT for every insured person of the counties; a second run creates nothing."""
    await repository.lift_statement_timeout(session)
    policy = await policies.get(session, data.year)
    if policy is None:
        raise PolicyMissing(f"no contribution policy for {data.year}")
    counties: Sequence[str] | None
    year_end = dt.date(data.year, 12, 31)
    if data.county_code is not None:
        await require_county(session, principal, data.county_code, "body.county_code")
        start = await scheme_start(session, data.county_code)
        if start is not None and start > year_end:
            raise CountyNotInScheme(
                data.county_code, start, f"a bill run of {data.year}", year_end, "body.year"
            )
        counties = [data.county_code]
    else:
        counties = principal.county_filter()
    await repository.lock_bill_run(session, data.year)
    new = await repository.insert_bills(session, data.year, policy, counties)
    per_county = await repository.new_bills_per_county(session, new)
    created = sum(int(n) for _, n, _ in per_county)
    amount = sum(int(a) for _, _, a in per_county)
    total = await repository.insured_with_bills(session, data.year, counties)
    # what each person owes, for the fund's own coverage check
    announce_in_chunks(
        session,
        BillsIssued,
        aggregate_id=str(data.year),
        rows=new,
        order_by="person_id",
        columns={"person_ids": "person_id", "due_fen": "due"},
        constants={
            "year": data.year,
            "due_on": policy.due_on.isoformat(),
            "grace_ends_on": (policy.due_on + dt.timedelta(days=policy.grace_period_days)).isoformat(),
        },
    )
    covered = sorted(counties) if counties is not None else []
    for county_code, bills, due in per_county:
        outbox.publish(
            session,
            BillsGenerated(
                year=data.year, county_code=county_code, bills=int(bills), amount_due_fen=int(due)
            ),
            aggregate_id=f"{data.year}:{county_code}",
        )
    return BillGenerationResult(
        year=data.year,
        county_codes=covered,
        bills_created=created,
        amount_due_fen=amount,
        bills_existing=total - created,
    )


class Halves(Protocol):
    """What a payment is split by: a bill's two halves, due and paid (an ORM row or :class:`BillFacts`)."""

    employer_half_payer: str
    employer_due_fen: int
    individual_due_fen: int
    employer_paid_fen: int
    individual_paid_fen: int


def bill_status(bill: Halves) -> BillState:
    paid = bill.employer_paid_fen + bill.individual_paid_fen
    if paid == 0:
        return BillState.UNPAID
    return BillState.PAID if paid >= bill.employer_due_fen + bill.individual_due_fen else BillState.PARTIAL


async def list_bills(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    *,
    person_id: uuid.UUID | None,
    year: int | None,
    status: str | None,
) -> tuple[list[ContributionBill], str | None]:
    """A page of the bills of the caller's counties, by person, year and status (``unpaid``, ``partial``,
    ``paid``) when given."""
    return await repository.bills_page(
        session,
        principal,
        page,
        person_id=person_id,
        year=year,
        status=BillState(status) if status is not None else None,
    )


@dataclass
class BillFacts:
    """A bill as a payment reads it (locked), with the year's allowed channels for its category, the
    payment holding the reference already (if any) and the ID number of the person billed."""

    id: uuid.UUID
    person_id: uuid.UUID
    year: int
    county_code: str
    category: str
    employer_half_payer: str
    employer_due_fen: int
    individual_due_fen: int
    employer_paid_fen: int
    individual_paid_fen: int
    allowed_channels: list[str]
    existing_payment_id: uuid.UUID | None
    owner_id_number: str | None


@dataclass(frozen=True)
class RecordedPayment:
    """A payment as answered: its row's values and the status of its bill after it."""

    id: uuid.UUID
    bill_id: uuid.UUID
    person_id: uuid.UUID
    county_code: str
    year: int
    payer: str
    channel: str
    amount_fen: int
    applied_fen: int
    excess_fen: int
    paid_on: dt.date
    external_ref: str
    payer_id_number: str | None
    recorded_at: dt.datetime
    bill_status: str

    @classmethod
    def of(cls, row: Payment, bill: Halves) -> RecordedPayment:
        return cls(
            id=row.id,
            bill_id=row.bill_id,
            person_id=row.person_id,
            county_code=row.county_code,
            year=row.year,
            payer=row.payer,
            channel=row.channel,
            amount_fen=row.amount_fen,
            applied_fen=row.applied_fen,
            excess_fen=row.excess_fen,
            paid_on=row.paid_on,
            external_ref=row.external_ref,
            payer_id_number=row.payer_id_number,
            recorded_at=row.recorded_at,
            bill_status=bill_status(bill),
        )


async def _bill_for(session: AsyncSession, principal: Principal, data: PaymentCreate) -> BillFacts:
    row = await repository.bill_facts(
        session,
        channel=data.channel,
        reference=data.external_ref,
        bill_id=data.bill_id,
        id_number=data.id_number,
        year=data.year,
    )
    if row is None or not principal.sees_county(row["county_code"]):
        raise BillNotFound("no such bill")
    return BillFacts(**row)


def _check_channel(bill: BillFacts, data: PaymentCreate) -> None:
    """The employer's half by premium transfer; the person's part by a channel the year's policy allows
    for their category (``channels_by_category``)."""
    employer_pays = data.payer == "employer" and bill.employer_half_payer == "employer"
    if employer_pays:
        if data.channel != EMPLOYER_CHANNEL:
            raise ChannelNotAllowed(
                "an employer's half comes by premium transfer (employer_premium_transfer)"
            )
        return
    allowed = bill.allowed_channels
    if data.channel not in allowed:
        raise ChannelNotAllowed(
            f"a {bill.category} pays their part of {bill.year} by {', '.join(allowed) or 'no channel'}, "
            f"not by {data.channel} (the year's contribution policy)",
            allowed_channels=allowed,
        )


async def _replay_or_conflict(
    session: AsyncSession, principal: Principal, data: PaymentCreate, bill: BillFacts
) -> tuple[RecordedPayment, bool]:
    existing = await repository.by_reference(session, data.channel, data.external_ref)
    assert existing is not None, "a payment holds the reference"
    if _same_payment(existing, data, bill.id):
        return RecordedPayment.of(existing, bill), True
    detail = f"reference {data.external_ref} of {data.channel} was recorded for another payment"
    if principal.sees_county(existing.county_code):
        raise PaymentRefConflict(detail, payment_id=str(existing.id))
    # outside the caller's counties the other payment does not exist for them: the same answer, no id
    raise PaymentRefConflict(detail)


def _same_payment(existing: Payment, data: PaymentCreate, bill_id: uuid.UUID) -> bool:
    return (
        existing.bill_id == bill_id
        and existing.payer == data.payer
        and existing.amount_fen == data.amount_fen
        and existing.paid_on == data.paid_on
        and existing.payer_id_number == data.payer_id_number
    )


def split_payment(bill: Halves, payer: str, amount: int) -> tuple[int, int]:
    """(to the individual half, to the employer half) of a payment; the rest is excess.

    ``employer`` pays the employer half only. ``individual`` pays the individual half, and when the person
    owes the employer half too (a retiree or flexible worker: ``employer_half_payer = individual``) then that
    half: one payment settles what the person owes in full.
    """
    employer_left = max(bill.employer_due_fen - bill.employer_paid_fen, 0)
    if payer == "employer":
        return 0, min(amount, employer_left)
    to_individual = min(amount, max(bill.individual_due_fen - bill.individual_paid_fen, 0))
    if bill.employer_half_payer != "individual":
        return to_individual, 0
    return to_individual, min(amount - to_individual, employer_left)


async def record_payment(
    session: AsyncSession, principal: Principal, data: PaymentCreate
) -> tuple[RecordedPayment, bool]:
    """Apply a payment to a bill (``split_payment``: a person who owes both halves settles both with one
    payment). Returns (payment, replayed).

    The paying system's reference makes it idempotent: the same reference with the same content is the
    same payment (replayed, nothing changes); with other content it is a 409. What exceeds what the payer
    still owes is recorded as excess to refund, never as income.

    Concurrency: payments of one reference take turns (a transaction lock on it) and payments of one bill
    too (its row is locked before the remaining due is read), so of concurrent resends one is recorded and
    the others replay it, and a bill is never paid beyond its due. A reference is unique per channel across
    the city (it names one transfer of money); a conflict with a payment outside the caller's counties says
    only that the reference is taken, never which payment holds it.

    Round trips: the lock, one statement reading what the payment decides on, one writing the payment and
    its bill (then the outbox's lock and event, and the commit).
    """
    if data.paid_on > today():
        raise DateInFuture("the payment date lies in the future")
    await repository.lock_reference(session, data.channel, data.external_ref)
    bill = await _bill_for(session, principal, data)
    if bill.existing_payment_id is not None:
        return await _replay_or_conflict(session, principal, data, bill)
    _check_channel(bill, data)
    if data.payer_id_number is not None:
        payer = parse_id_number(data.payer_id_number, field="payer_id_number")
        if bill.owner_id_number == payer.number:
            raise FamilyPayerIsPerson("a family_account payment comes from another person's account")
    to_individual, to_employer = split_payment(bill, data.payer, data.amount_fen)
    applied = to_individual + to_employer
    excess = data.amount_fen - applied
    to_employer_half = to_employer if data.payer == "individual" else 0
    payment_id = uuid.uuid4()
    written = await repository.record(
        session,
        {
            "id": payment_id,
            "bill_id": bill.id,
            "person_id": bill.person_id,
            "county_code": bill.county_code,
            "year": bill.year,
            "payer": data.payer,
            "channel": data.channel,
            "amount_fen": data.amount_fen,
            "applied_fen": applied,
            "excess_fen": excess,
            "to_employer_half_fen": to_employer_half,
            "paid_on": data.paid_on,
            "external_ref": data.external_ref,
            "payer_id_number": data.payer_id_number,
            "recorded_by": principal.name,
            "to_employer": to_employer,
            "to_individual": to_individual,
        },
    )
    if written is None:  # a payment file recorded the reference meanwhile
        return await _replay_or_conflict(session, principal, data, bill)
    bill.employer_paid_fen, bill.individual_paid_fen = written.employer_paid_fen, written.individual_paid_fen
    if applied:
        outbox.publish(
            session,
            ContributionReceived(
                payment_id=payment_id,
                bill_id=bill.id,
                person_id=bill.person_id,
                county_code=bill.county_code,
                year=bill.year,
                payer=data.payer,
                channel=data.channel,
                amount_fen=applied,
                to_employer_half_fen=to_employer_half,
                excess_fen=excess,
                paid_on=data.paid_on,
            ),
            aggregate_id=str(payment_id),
        )
    recorded = RecordedPayment(
        id=payment_id,
        bill_id=bill.id,
        person_id=bill.person_id,
        county_code=bill.county_code,
        year=bill.year,
        payer=data.payer,
        channel=data.channel,
        amount_fen=data.amount_fen,
        applied_fen=applied,
        excess_fen=excess,
        paid_on=data.paid_on,
        external_ref=data.external_ref,
        payer_id_number=data.payer_id_number,
        recorded_at=written.recorded_at,
        bill_status=bill_status(bill),
    )
    return recorded, False
