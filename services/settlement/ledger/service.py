"""Posting to the county fund ledger. Python checks first (for clear errors); the database enforces the
same rules (balanced, append-only, closed periods, unique client ids) whatever code writes to it.

Concurrency: of postings of one client id one inserts and the others find it (waiting on its unique key)
and are compared with it; every posting holds its (county, year) period lock shared until commit, which
closing the year takes exclusively (:func:`lock_period`)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import LedgerLeg, LedgerPeriod, LedgerTransaction
from shared.errors import Conflict, Unprocessable

EXPENSE_ACCOUNT = {
    "home_visit": "expense_home_visit",
    "elderly_care_bed": "expense_elderly_care_bed",
    "medical_bed": "expense_medical_bed",
    "family_care": "expense_family_care",
}
INCOME_ACCOUNTS = (
    "income_contribution_employer",
    "income_contribution_individual",
    "income_fiscal_subsidy",
    "income_forfeited_deposits",
)
EXPENSE_ACCOUNTS = tuple(EXPENSE_ACCOUNT.values())
_CONSTRAINTS = "settlement.ledger_legs_balanced, settlement.ledger_transactions_balanced"


class PeriodClosed(Conflict):
    code = "PERIOD_CLOSED"


class Unbalanced(Unprocessable):
    code = "LEDGER_UNBALANCED"


@dataclass(frozen=True)
class Leg:
    account: str
    amount_fen: int
    """Debit positive, credit negative."""
    institution_id: str | None = None


@dataclass(frozen=True)
class Posted:
    id: int
    replayed: bool
    """The client id was posted before with the same content: nothing new was posted."""


async def is_closed(session: AsyncSession, county_code: str, year: int) -> bool:
    return (await session.get(LedgerPeriod, (county_code, year))) is not None


async def lock_period(session: AsyncSession, county_code: str, year: int, *, exclusive: bool = False) -> None:
    """The (county, year) period lock of this transaction: every posting holds it shared, closing the year
    holds it exclusively, so no posting slips into a year while it is being closed (the database's triggers
    take the same lock for any writer; see the migration ``money_invariants``)."""
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    await session.execute(
        text(f"SELECT {function}(hashtext(:k), :year)"),
        {"k": f"settlement.ledger_period:{county_code}", "year": year},
    )


async def post(
    session: AsyncSession,
    *,
    client_id: str,
    county_code: str,
    posted_on: dt.date,
    kind: str,
    legs: Sequence[Leg],
    created_by: str,
    memo: str = "",
    reverses_id: int | None = None,
    settlement_run_id: uuid.UUID | None = None,
) -> int:
    """Post one balanced transaction; the same ``client_id`` with the same content returns the first one's
    id, with other content it is a 409 (see :func:`post_once`)."""
    posted = await post_once(
        session,
        client_id=client_id,
        county_code=county_code,
        posted_on=posted_on,
        kind=kind,
        legs=legs,
        created_by=created_by,
        memo=memo,
        reverses_id=reverses_id,
        settlement_run_id=settlement_run_id,
    )
    return posted.id


async def post_once(
    session: AsyncSession,
    *,
    client_id: str,
    county_code: str,
    posted_on: dt.date,
    kind: str,
    legs: Sequence[Leg],
    created_by: str,
    memo: str = "",
    reverses_id: int | None = None,
    settlement_run_id: uuid.UUID | None = None,
    conflict_code: str = "LEDGER_CLIENT_ID_REUSED",
) -> Posted:
    """Post one balanced transaction once per ``client_id``.

    Found again with the same county, date, kind and legs it is replayed; with anything else it is a 409
    ``conflict_code`` — a client id never silently stands for other money. Of concurrent attempts one
    inserts and the others wait on its unique key entry, then find it and are compared with it.
    """
    legs = [leg for leg in legs if leg.amount_fen != 0]
    if len(legs) < 2 or sum(leg.amount_fen for leg in legs) != 0:
        raise Unbalanced(f"the legs of {client_id} sum to {sum(leg.amount_fen for leg in legs)} fen, not 0")
    replayed = await _posted_before(session, client_id, county_code, posted_on, kind, legs, conflict_code)
    if replayed is not None:
        return replayed
    await lock_period(session, county_code, posted_on.year)
    if await is_closed(session, county_code, posted_on.year):
        raise PeriodClosed(f"{posted_on.year} is closed for county {county_code}; post a correction later")
    tx_id = await session.scalar(
        pg_insert(LedgerTransaction)
        .values(
            client_id=client_id,
            county_code=county_code,
            posted_on=posted_on,
            kind=kind,
            memo=memo,
            reverses_id=reverses_id,
            settlement_run_id=settlement_run_id,
            created_by=created_by,
        )
        .on_conflict_do_nothing(index_elements=[LedgerTransaction.client_id])
        .returning(LedgerTransaction.id)
    )
    if tx_id is None:  # posted by a transaction that committed while this one waited for its key
        replayed = await _posted_before(session, client_id, county_code, posted_on, kind, legs, conflict_code)
        assert replayed is not None
        return replayed
    await session.execute(
        insert(LedgerLeg),
        [
            {
                "transaction_id": tx_id,
                "county_code": county_code,
                "account": leg.account,
                "institution_id": leg.institution_id,
                "amount_fen": leg.amount_fen,
            }
            for leg in legs
        ],
    )
    await check_now(session)
    return Posted(int(tx_id), replayed=False)


def _leg_key(leg: Leg | LedgerLeg) -> tuple[str, str, int]:
    return leg.account, leg.institution_id or "", leg.amount_fen


async def _posted_before(
    session: AsyncSession,
    client_id: str,
    county_code: str,
    posted_on: dt.date,
    kind: str,
    legs: Sequence[Leg],
    conflict_code: str,
) -> Posted | None:
    """The posting of ``client_id`` if there is one and it says the same; a 409 if it says otherwise."""
    existing = await session.scalar(select(LedgerTransaction).where(LedgerTransaction.client_id == client_id))
    if existing is None:
        return None
    same = (existing.county_code, existing.posted_on, existing.kind) == (county_code, posted_on, kind)
    if same:
        stored = (
            await session.scalars(select(LedgerLeg).where(LedgerLeg.transaction_id == existing.id))
        ).all()
        same = sorted(map(_leg_key, stored)) == sorted(map(_leg_key, legs))
    if not same:
        raise Conflict(
            f"{client_id} was posted before with other content; a new posting needs a new reference",
            code=conflict_code,
        )
    return Posted(existing.id, replayed=True)


async def check_now(session: AsyncSession) -> None:
    """Fire the deferred balance check for what was posted so far (it fires at commit anyway)."""
    await session.execute(text(f"SET CONSTRAINTS {_CONSTRAINTS} IMMEDIATE"))
    await session.execute(text(f"SET CONSTRAINTS {_CONSTRAINTS} DEFERRED"))


async def reverse(
    session: AsyncSession,
    transaction_id: int,
    *,
    client_id: str,
    posted_on: dt.date,
    created_by: str,
    memo: str,
) -> int:
    """A transaction with every leg negated, pointing at the one it corrects."""
    original = await session.get(LedgerTransaction, transaction_id)
    if original is None:
        raise Unprocessable(f"no ledger transaction {transaction_id}", code="TRANSACTION_NOT_FOUND")
    legs = (await session.scalars(select(LedgerLeg).where(LedgerLeg.transaction_id == transaction_id))).all()
    return await post(
        session,
        client_id=client_id,
        county_code=original.county_code,
        posted_on=posted_on,
        kind=f"reversal:{original.kind}",
        legs=[Leg(leg.account, -leg.amount_fen, leg.institution_id) for leg in legs],
        created_by=created_by,
        memo=memo,
        reverses_id=transaction_id,
        settlement_run_id=original.settlement_run_id,
    )


async def balances(
    session: AsyncSession,
    county_code: str,
    *,
    until: dt.date | None = None,
    since: dt.date | None = None,
) -> dict[str, int]:
    """Account → balance (debit positive) from the legs, optionally for postings in [since, until]."""
    stmt = (
        select(LedgerLeg.account, func.sum(LedgerLeg.amount_fen))
        .join(LedgerTransaction, LedgerTransaction.id == LedgerLeg.transaction_id)
        .where(LedgerLeg.county_code == county_code)
        .group_by(LedgerLeg.account)
    )
    if until is not None:
        stmt = stmt.where(LedgerTransaction.posted_on <= until)
    if since is not None:
        stmt = stmt.where(LedgerTransaction.posted_on >= since)
    return {account: int(total) for account, total in (await session.execute(stmt)).all()}
