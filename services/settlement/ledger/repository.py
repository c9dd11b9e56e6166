"""SQL of the fund ledger: transactions and their legs, period locks and closed periods, balances."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import LedgerAccount, LedgerLeg, LedgerPeriod, LedgerTransaction
from shared.pagination import PageParams, paginate

_CONSTRAINTS = "settlement.ledger_legs_balanced, settlement.ledger_transactions_balanced"


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


async def insert_transaction(
    session: AsyncSession,
    *,
    client_id: str,
    county_code: str,
    posted_on: dt.date,
    kind: str,
    memo: str,
    reverses_id: int | None,
    settlement_run_id: uuid.UUID | None,
    created_by: str,
) -> int | None:
    """The new transaction's id; None if a transaction of ``client_id`` committed while this one waited."""
    return await session.scalar(
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


async def insert_legs(session: AsyncSession, rows: Iterable[dict[str, object]]) -> None:
    await session.execute(insert(LedgerLeg), list(rows))


async def check_now(session: AsyncSession) -> None:
    """Fire the deferred balance check for what was posted so far (it fires at commit anyway)."""
    await session.execute(text(f"SET CONSTRAINTS {_CONSTRAINTS} IMMEDIATE"))
    await session.execute(text(f"SET CONSTRAINTS {_CONSTRAINTS} DEFERRED"))


async def transaction_by_client_id(session: AsyncSession, client_id: str) -> LedgerTransaction | None:
    return await session.scalar(select(LedgerTransaction).where(LedgerTransaction.client_id == client_id))


async def transaction_by_id(session: AsyncSession, transaction_id: int) -> LedgerTransaction | None:
    return await session.get(LedgerTransaction, transaction_id)


async def legs_of(session: AsyncSession, transaction_ids: Sequence[int]) -> Sequence[LedgerLeg]:
    return (
        await session.scalars(
            select(LedgerLeg).where(LedgerLeg.transaction_id.in_(transaction_ids)).order_by(LedgerLeg.id)
        )
    ).all()


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


async def chart_of_accounts(session: AsyncSession) -> Sequence[LedgerAccount]:
    return (await session.scalars(select(LedgerAccount).order_by(LedgerAccount.code))).all()


async def transactions_page(
    session: AsyncSession, county_code: str, page: PageParams
) -> tuple[list[LedgerTransaction], str | None]:
    """A county's transactions, newest first."""
    return await paginate(
        session,
        select(LedgerTransaction).where(LedgerTransaction.county_code == county_code),
        [LedgerTransaction.id],
        page,
        lambda r: [r.id],
        descending=True,
    )
