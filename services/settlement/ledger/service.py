"""Posting to the county fund ledger. Python checks first (for clear errors); the database enforces the
same rules (balanced, append-only, closed periods, unique client ids) whatever code writes to it."""

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


async def is_closed(session: AsyncSession, county_code: str, year: int) -> bool:
    return (await session.get(LedgerPeriod, (county_code, year))) is not None


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
    """Post one balanced transaction; the same ``client_id`` again returns the first one's id."""
    existing = await session.scalar(
        select(LedgerTransaction.id).where(LedgerTransaction.client_id == client_id)
    )
    if existing is not None:
        return int(existing)
    legs = [leg for leg in legs if leg.amount_fen != 0]
    if len(legs) < 2 or sum(leg.amount_fen for leg in legs) != 0:
        raise Unbalanced(f"the legs of {client_id} sum to {sum(leg.amount_fen for leg in legs)} fen, not 0")
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
        .returning(LedgerTransaction.id)
    )
    assert tx_id is not None
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
    return int(tx_id)


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
