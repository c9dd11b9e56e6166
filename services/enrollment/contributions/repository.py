"""The SQL of bills and payments: the bill run's one INSERT … SELECT, the bills list, and the payment's two
statements (the locked read of everything it decides on, and the single write of the payment and its bill),
compiled once at import."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import (
    BillState,
    ContributionBill,
    ContributionPolicy,
    Payment,
    Person,
    PersonStatus,
)
from shared.ids import BulkIds
from shared.pagination import PageParams, paginate
from shared.principal import Principal


def status_condition(status: BillState) -> ColumnElement[bool]:
    """The bills of one status, as a condition on their halves (the status is no column)."""
    paid = ContributionBill.employer_paid_fen + ContributionBill.individual_paid_fen
    due = ContributionBill.employer_due_fen + ContributionBill.individual_due_fen
    return {
        BillState.UNPAID: paid == 0,
        BillState.PAID: paid >= due,
        BillState.PARTIAL: and_(paid > 0, paid < due),
    }[status]


async def bills_page(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    *,
    person_id: uuid.UUID | None,
    year: int | None,
    status: BillState | None,
) -> tuple[list[ContributionBill], str | None]:
    """A page of the bills of the caller's counties, in id order, with the filters given."""
    stmt = select(ContributionBill).where(principal.in_counties(ContributionBill.county_code))
    if person_id is not None:
        stmt = stmt.where(ContributionBill.person_id == person_id)
    if year is not None:
        stmt = stmt.where(ContributionBill.year == year)
    if status is not None:
        stmt = stmt.where(status_condition(status))
    rows, cursor = await paginate(session, stmt, [ContributionBill.id], page, key=lambda b: [b.id])
    return list(rows), cursor


async def count_bills(session: AsyncSession, year: int) -> int:
    """How many bills of the year were generated."""
    billed = await session.scalar(
        select(func.count()).select_from(ContributionBill).where(ContributionBill.year == year)
    )
    return int(billed or 0)


# -- the bill run ----------------------------------------------------------------------------------------


async def lift_statement_timeout(session: AsyncSession) -> None:
    await session.execute(text("SET LOCAL statement_timeout = 0"))  # 2.4 M bills take longer than a request


async def lock_bill_run(session: AsyncSession, year: int) -> None:
    """Generations of one year take turns (a second one then finds the bills made by the first)."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('enrollment.bills'), :year)"), {"year": year}
    )


async def insert_bills(
    session: AsyncSession, year: int, policy: ContributionPolicy, counties: Sequence[str] | None
) -> str:
    """The year's bills of every insured person of ``counties`` (None: all) who has none yet, in one
    INSERT … SELECT; returns the name of the temporary table holding what was inserted (``person_id``,
    ``county_code``, ``due``), dropped at commit."""
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ids = BulkIds.new()
    params = {
        **ids.params,
        "year": year,
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
    return new


async def new_bills_per_county(session: AsyncSession, new: str) -> list[Any]:
    """``(county_code, bills, amount due)`` of the bills just inserted (:func:`insert_bills`' table)."""
    totals = f"SELECT county_code, count(*), sum(due) FROM {new} GROUP BY county_code ORDER BY county_code"
    return list((await session.execute(text(totals))).all())


async def insured_with_bills(session: AsyncSession, year: int, counties: Sequence[str] | None) -> int:
    """How many insured persons of ``counties`` (None: all) have a bill of the year."""
    stmt = (
        select(func.count())
        .select_from(ContributionBill)
        .join(Person, Person.id == ContributionBill.person_id)
        .where(ContributionBill.year == year, Person.status == PersonStatus.INSURED)
    )
    if counties is not None:
        stmt = stmt.where(ContributionBill.county_code.in_(counties))
    return int(await session.scalar(stmt) or 0)


def _share(param: str) -> str:
    """A half of the bill: whole, or in a unit's first year under ``pro_rata`` the days in the scheme over the
    days of the year, rounded half up to the fen (``floor(x + 1/2)`` in integers)."""
    return (
        f"CASE WHEN :first_year_rule = 'pro_rata' AND coalesce(first_year, false) "
        f"THEN (2 * :{param} * days_in_scheme + :days_in_year) / (2 * :days_in_year) ELSE :{param} END"
    )


# -- payments ----------------------------------------------------------------------------------------


async def lock_reference(session: AsyncSession, channel: str, reference: str) -> None:
    """Payments of one reference take turns (a transaction lock on it)."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:channel), hashtext(:reference))"),
        {"channel": f"enrollment.payment_reference:{channel}", "reference": reference},
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


async def bill_facts(
    session: AsyncSession,
    *,
    channel: str,
    reference: str,
    bill_id: uuid.UUID | None,
    id_number: str | None,
    year: int | None,
) -> Any:
    """The bill a payment names (by id, or by the person's ID number and year), locked, with what the payment
    decides on (a mapping of :data:`_BILL_FACTS`' columns; None: no such bill)."""
    names = {"channel": channel, "reference": reference}
    if bill_id is not None:
        result = await session.execute(_BILL_BY_ID, {**names, "bill_id": bill_id})
    else:
        assert id_number is not None
        assert year is not None
        result = await session.execute(_BILL_BY_PERSON, {**names, "id_number": id_number, "year": year})
    return result.mappings().first()


async def record(session: AsyncSession, values: dict[str, Any]) -> Row[Any] | None:
    """Write the payment and what it pays on its bill (:data:`_RECORD`): its ``recorded_at`` and the bill's
    paid halves, or None when a payment of the reference was committed meanwhile."""
    return (await session.execute(_RECORD, values)).first()


async def by_reference(session: AsyncSession, channel: str, external_ref: str) -> Payment | None:
    return (
        await session.scalars(
            select(Payment).where(Payment.channel == channel, Payment.external_ref == external_ref)
        )
    ).first()
