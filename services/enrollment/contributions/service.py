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

from sqlalchemy import Select, and_, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import BillsGenerated, BillsIssued, ContributionReceived
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
from services.enrollment.models import ContributionBill, ContributionPolicy, Payment, Person, outbox
from shared.dates import today
from shared.errors import Conflict, NotFound, Unprocessable
from shared.identifiers import parse_id_number
from shared.ids import BulkIds
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


def status_condition(status: str) -> object:
    paid = ContributionBill.employer_paid_fen + ContributionBill.individual_paid_fen
    due = ContributionBill.employer_due_fen + ContributionBill.individual_due_fen
    return {"unpaid": paid == 0, "paid": paid >= due, "partial": and_(paid > 0, paid < due)}[status]


async def create_policy(session: AsyncSession, data: PolicyCreate) -> ContributionPolicy:
    if await session.get(ContributionPolicy, data.year) is not None:
        raise Conflict(f"the {data.year} policy exists; replace it with PUT", code="POLICY_EXISTS")
    _check_policy_dates(data.year, data)
    policy = ContributionPolicy(year=data.year, **data.model_dump(exclude={"year"}))
    session.add(policy)
    await session.flush()
    await session.refresh(policy)
    return policy


async def replace_policy(session: AsyncSession, year: int, data: PolicyWrite) -> ContributionPolicy:
    """A year's policy may change until its bills are generated; then it is what they were made from."""
    policy = await session.get(ContributionPolicy, year, with_for_update=True)
    if policy is None:
        raise NotFound(f"no contribution policy for {year}", code="POLICY_NOT_FOUND")
    billed = await session.scalar(
        select(func.count()).select_from(ContributionBill).where(ContributionBill.year == year)
    )
    changed = [f for f in BILLING_FIELDS if getattr(policy, f) != getattr(data, f)]
    if billed and changed:
        raise Conflict(
            f"{billed} bills of {year} were generated from this policy; {', '.join(changed)} can no longer "
            "change (channels_by_category, source and unconfirmed_fields still can)",
            code="POLICY_IN_USE",
        )
    _check_policy_dates(year, data)
    for field, value in data.model_dump().items():
        setattr(policy, field, value)
    await session.flush()
    return policy


def _check_policy_dates(year: int, data: PolicyWrite) -> None:
    if data.due_on.year != year or data.effective_from.year != year:
        raise Unprocessable(
            f"effective_from and due_on must fall in {year}", code="POLICY_DATES_OUTSIDE_YEAR"
        )


async def generate_bills(
    session: AsyncSession, principal: Principal, data: BillGeneration
) -> BillGenerationResult:
    """One INSERT … SELECT for every insured person of the counties; a second run creates nothing."""
    await session.execute(text("SET LOCAL statement_timeout = 0"))  # 2.4 M bills take longer than a request
    policy = await session.get(ContributionPolicy, data.year)
    if policy is None:
        raise Unprocessable(f"no contribution policy for {data.year}", code="POLICY_MISSING")
    counties: Sequence[str] | None
    year_start, year_end = dt.date(data.year, 1, 1), dt.date(data.year, 12, 31)
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
    # generations of one year take turns (a second one then finds the bills made by the first)
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('enrollment.bills'), :year)"), {"year": data.year}
    )
    ids = BulkIds.new()
    params = {
        **ids.params,
        "year": data.year,
        "year_start": year_start,
        "year_end": year_end,
        "days_in_year": (year_end - year_start).days + 1,
        "first_year_rule": policy.first_year_rule,
        "counties": list(counties) if counties is not None else None,
        "employer_due": policy.employer_share_fen,
        "individual_due": policy.individual_share_fen,
        "due_on": policy.due_on,
    }
    new = f"bills_new_{ids.salt:x}"
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {new} ON COMMIT DROP AS
            WITH inserted AS (
                INSERT INTO enrollment.contribution_bills (id, person_id, year, county_code, category,
                                                           employer_credit_code, employer_half_payer,
                                                           employer_due_fen, individual_due_fen, due_on)
                SELECT {BulkIds.sql("n")}, id, :year, county_code, category, employer_credit_code,
                       CASE WHEN category = 'employee' THEN 'employer' ELSE 'individual' END,
                       {_share("employer_due")}, {_share("individual_due")}, :due_on
                FROM (SELECT p.*, s.scheme_start_on > :year_start AS first_year,
                             (:year_end - s.scheme_start_on) + 1 AS days_in_scheme,
                             row_number() OVER (ORDER BY p.id) - 1 AS n
                      FROM enrollment.persons p
                      LEFT JOIN (SELECT DISTINCT ON (county_code) county_code, scheme_start_on
                                   FROM enrollment.county_schemes
                                  ORDER BY county_code, id DESC) s ON s.county_code = p.county_code
                      WHERE p.status = 'insured' AND p.enrolled_on <= :year_end
                        AND (cast(:counties AS text[]) IS NULL
                             OR p.county_code = ANY(cast(:counties AS text[])))
                        AND (s.scheme_start_on IS NULL OR s.scheme_start_on <= :year_end)
                        AND NOT (:first_year_rule = 'none'
                                 AND coalesce(s.scheme_start_on > :year_start, false))
                        AND NOT EXISTS (SELECT 1 FROM enrollment.contribution_bills b
                                        WHERE b.person_id = p.id AND b.year = :year)) due
                ORDER BY id
                RETURNING person_id, county_code, employer_due_fen + individual_due_fen AS due
            )
            SELECT * FROM inserted
            """
        ),
        params,
    )
    per_county = (
        await session.execute(
            text(
                f"SELECT county_code, count(*), sum(due) FROM {new} GROUP BY county_code ORDER BY county_code"
            )
        )
    ).all()
    created = sum(int(n) for _, n, _ in per_county)
    amount = sum(int(a) for _, _, a in per_county)
    existing_stmt = (
        select(func.count())
        .select_from(ContributionBill)
        .join(Person, Person.id == ContributionBill.person_id)
        .where(ContributionBill.year == data.year, Person.status == "insured")
    )
    if counties is not None:
        existing_stmt = existing_stmt.where(ContributionBill.county_code.in_(counties))
    total = int(await session.scalar(existing_stmt) or 0)
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


def _share(param: str) -> str:
    """A half of the bill: whole, or in a unit's first year under ``pro_rata`` the days in the scheme over the
    days of the year, rounded half up to the fen (``floor(x + 1/2)`` in integers)."""
    return (
        f"CASE WHEN :first_year_rule = 'pro_rata' AND coalesce(first_year, false) "
        f"THEN (2 * :{param} * days_in_scheme + :days_in_year) / (2 * :days_in_year) ELSE :{param} END"
    )


def bills_statement(
    principal: Principal, person_id: uuid.UUID | None, year: int | None, status: str | None
) -> Select[ContributionBill]:
    stmt = select(ContributionBill)
    counties = principal.county_filter()
    if counties is not None:
        stmt = stmt.where(ContributionBill.county_code.in_(counties))
    if person_id is not None:
        stmt = stmt.where(ContributionBill.person_id == person_id)
    if year is not None:
        stmt = stmt.where(ContributionBill.year == year)
    if status is not None:
        stmt = stmt.where(status_condition(status))  # type: ignore[arg-type]
    return stmt


class Halves(Protocol):
    """What a payment is split by: a bill's two halves, due and paid (an ORM row or :class:`BillFacts`)."""

    employer_half_payer: str
    employer_due_fen: int
    individual_due_fen: int
    employer_paid_fen: int
    individual_paid_fen: int


def bill_status(bill: Halves) -> str:
    paid = bill.employer_paid_fen + bill.individual_paid_fen
    if paid == 0:
        return "unpaid"
    return "paid" if paid >= bill.employer_due_fen + bill.individual_due_fen else "partial"


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


# Everything a payment decides on, in one statement, after the reference's lock is held (so a payment of
# the same reference committed meanwhile is seen): the bill, locked (a concurrent payment of it waits here
# and then reads what the other one paid), the channels of the year's policy for its category, the payment
# holding the reference already, and the person's ID number (a family member pays from another account).
_BILL_FACTS = """
SELECT b.id, b.person_id, b.year, b.county_code, b.category, b.employer_half_payer,
       b.employer_due_fen, b.individual_due_fen, b.employer_paid_fen, b.individual_paid_fen,
       ARRAY(SELECT jsonb_array_elements_text(pol.channels_by_category -> b.category)) AS allowed_channels,
       (SELECT e.id FROM enrollment.payments e
         WHERE e.channel = :channel AND e.external_ref = :reference) AS existing_payment_id,
       p.id_number AS owner_id_number
  FROM enrollment.contribution_bills b
  LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
  LEFT JOIN enrollment.persons p ON p.id = b.person_id
 WHERE {which}
   FOR UPDATE OF b
"""
_BILL_BY_ID = text(_BILL_FACTS.format(which="b.id = :bill_id"))
_BILL_BY_PERSON = text(
    _BILL_FACTS.format(
        which="b.person_id = (SELECT id FROM enrollment.persons WHERE id_number = :id_number) "
        "AND b.year = :year"
    )
)

# The payment and what it pays on its bill, in one statement. A payment file holding the reference that
# committed while this one waited for the unique index entry makes the insert do nothing (and so the update):
# no row comes back, and the payment answers as that one's replay or conflict.
_RECORD = text(
    """
WITH inserted AS (
    INSERT INTO enrollment.payments (id, bill_id, person_id, county_code, year, payer, channel, amount_fen,
                                     applied_fen, excess_fen, to_employer_half_fen, paid_on, external_ref,
                                     payer_id_number, recorded_by)
    VALUES (:id, :bill_id, :person_id, :county_code, :year, :payer, :channel, :amount_fen, :applied_fen,
            :excess_fen, :to_employer_half_fen, :paid_on, :external_ref, :payer_id_number, :recorded_by)
    ON CONFLICT (channel, external_ref) DO NOTHING
    RETURNING recorded_at
), paid AS (
    UPDATE enrollment.contribution_bills
       SET employer_paid_fen = employer_paid_fen + :to_employer,
           individual_paid_fen = individual_paid_fen + :to_individual,
           excess_fen = excess_fen + :excess_fen
     WHERE id = :bill_id AND EXISTS (SELECT 1 FROM inserted)
    RETURNING employer_paid_fen, individual_paid_fen
)
SELECT inserted.recorded_at, paid.employer_paid_fen, paid.individual_paid_fen
  FROM inserted LEFT JOIN paid ON true
"""
)


async def _bill_for(session: AsyncSession, principal: Principal, data: PaymentCreate) -> BillFacts:
    reference = {"channel": data.channel, "reference": data.external_ref}
    if data.bill_id is not None:
        result = await session.execute(_BILL_BY_ID, {**reference, "bill_id": data.bill_id})
    else:
        assert data.id_number is not None
        assert data.year is not None
        result = await session.execute(
            _BILL_BY_PERSON, {**reference, "id_number": data.id_number, "year": data.year}
        )
    row = result.mappings().first()
    if row is None or not principal.sees_county(row["county_code"]):
        raise NotFound("no such bill", code="BILL_NOT_FOUND")
    return BillFacts(**row)


def _check_channel(bill: BillFacts, data: PaymentCreate) -> None:
    """The employer's half by premium transfer; the person's part by a channel the year's policy allows
    for their category (``channels_by_category``)."""
    employer_pays = data.payer == "employer" and bill.employer_half_payer == "employer"
    if employer_pays:
        if data.channel != EMPLOYER_CHANNEL:
            raise Unprocessable(
                "an employer's half comes by premium transfer (employer_premium_transfer)",
                code="CHANNEL_NOT_ALLOWED",
            )
        return
    allowed = bill.allowed_channels
    if data.channel not in allowed:
        raise Unprocessable(
            f"a {bill.category} pays their part of {bill.year} by {', '.join(allowed) or 'no channel'}, "
            f"not by {data.channel} (the year's contribution policy)",
            code="CHANNEL_NOT_ALLOWED",
            allowed_channels=allowed,
        )


async def _by_reference(session: AsyncSession, data: PaymentCreate) -> Payment | None:
    return (
        await session.scalars(
            select(Payment).where(Payment.channel == data.channel, Payment.external_ref == data.external_ref)
        )
    ).first()


async def _replay_or_conflict(
    session: AsyncSession, principal: Principal, data: PaymentCreate, bill: BillFacts
) -> tuple[RecordedPayment, bool]:
    existing = await _by_reference(session, data)
    assert existing is not None, "a payment holds the reference"
    if _same_payment(existing, data, bill.id):
        return RecordedPayment.of(existing, bill), True
    detail = f"reference {data.external_ref} of {data.channel} was recorded for another payment"
    if principal.sees_county(existing.county_code):
        raise Conflict(detail, code="PAYMENT_REF_CONFLICT", payment_id=str(existing.id))
    # outside the caller's counties the other payment does not exist for them: the same answer, no id
    raise Conflict(detail, code="PAYMENT_REF_CONFLICT")


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
        raise Unprocessable("the payment date lies in the future", code="DATE_IN_FUTURE")
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:channel), hashtext(:reference))"),
        {"channel": f"enrollment.payment_reference:{data.channel}", "reference": data.external_ref},
    )
    bill = await _bill_for(session, principal, data)
    if bill.existing_payment_id is not None:
        return await _replay_or_conflict(session, principal, data, bill)
    _check_channel(bill, data)
    if data.payer_id_number is not None:
        payer = parse_id_number(data.payer_id_number, field="payer_id_number")
        if bill.owner_id_number == payer.number:
            raise Unprocessable(
                "a family_account payment comes from another person's account", code="FAMILY_PAYER_IS_PERSON"
            )
    to_individual, to_employer = split_payment(bill, data.payer, data.amount_fen)
    applied = to_individual + to_employer
    excess = data.amount_fen - applied
    to_employer_half = to_employer if data.payer == "individual" else 0
    payment_id = uuid.uuid4()
    written = (
        await session.execute(
            _RECORD,
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
    ).first()
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
