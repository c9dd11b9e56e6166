"""Posting to the county fund ledger. Python checks first (for clear errors); the database enforces the
same rules (balanced, append-only, closed periods, unique client ids) whatever code writes to it.

Concurrency: of postings of one client id one inserts and the others find it (waiting on its unique key)
and are compared with it; every posting holds its (county, year) period lock shared until commit, which
closing the year takes exclusively (``repository.lock_period``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import repository, schemas
from services.settlement.ledger.exceptions import LedgerClientIdReused, LedgerTransactionNotFound, Unbalanced
from services.settlement.ledger.exceptions import PeriodClosed as PeriodClosed  # callers catch it here
from services.settlement.models import CARE_MODES, LedgerLeg
from shared.pagination import PageParams
from shared.principal import Principal

EXPENSE_ACCOUNT = {mode: f"expense_{mode}" for mode in CARE_MODES}  # one benefit-expense account per mode
INCOME_ACCOUNTS = (
    "income_contribution_employer",
    "income_contribution_individual",
    "income_fiscal_subsidy",
    "income_forfeited_deposits",
    "income_recoveries",  # money recovered (追回) of a year already cleared
)
# benefits by care mode, less what was recovered of them (a credit), plus recoveries written off
EXPENSE_ACCOUNTS = (*EXPENSE_ACCOUNT.values(), "expense_recovered", "expense_recoveries_written_off")


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
    await repository.lock_period(session, county_code, posted_on.year)
    if await repository.is_closed(session, county_code, posted_on.year):
        raise PeriodClosed(f"{posted_on.year} is closed for county {county_code}; post a correction later")
    tx_id = await repository.insert_transaction(
        session,
        client_id=client_id,
        county_code=county_code,
        posted_on=posted_on,
        kind=kind,
        memo=memo,
        reverses_id=reverses_id,
        settlement_run_id=settlement_run_id,
        created_by=created_by,
    )
    if tx_id is None:  # posted by a transaction that committed while this one waited for its key
        replayed = await _posted_before(session, client_id, county_code, posted_on, kind, legs, conflict_code)
        assert replayed is not None
        return replayed
    await repository.insert_legs(
        session,
        (
            {
                "transaction_id": tx_id,
                "county_code": county_code,
                "account": leg.account,
                "institution_id": leg.institution_id,
                "amount_fen": leg.amount_fen,
            }
            for leg in legs
        ),
    )
    await repository.check_now(session)
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
    existing = await repository.transaction_by_client_id(session, client_id)
    if existing is None:
        return None
    same = (existing.county_code, existing.posted_on, existing.kind) == (county_code, posted_on, kind)
    if same:
        stored = await repository.legs_of(session, [existing.id])
        same = sorted(map(_leg_key, stored)) == sorted(map(_leg_key, legs))
    if not same:
        raise LedgerClientIdReused(
            f"{client_id} was posted before with other content; a new posting needs a new reference",
            code=conflict_code,
        )
    return Posted(existing.id, replayed=True)


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
    original = await repository.transaction_by_id(session, transaction_id)
    if original is None:
        raise LedgerTransactionNotFound(f"no ledger transaction {transaction_id}")
    legs = await repository.legs_of(session, [transaction_id])
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
    return await repository.balances(session, county_code, until=until, since=since)


async def accounts(session: AsyncSession, county_code: str) -> schemas.AccountList:
    """Every account of the chart with the county's balance (zero if it has no legs)."""
    figures = await repository.balances(session, county_code)
    items = [
        schemas.AccountBalance(account=a.code, name=a.name, kind=a.kind, balance_fen=figures.get(a.code, 0))
        for a in await repository.chart_of_accounts(session)
    ]
    return schemas.AccountList(county_code=county_code, items=items, total_fen=sum(figures.values()))


async def transactions(session: AsyncSession, county_code: str, page: PageParams) -> schemas.TransactionList:
    """A page of the county's transactions, newest first, each with its legs."""
    rows, cursor = await repository.transactions_page(session, county_code, page)
    by_tx: dict[int, list[schemas.LegOut]] = {}
    for leg in await repository.legs_of(session, [r.id for r in rows]):
        by_tx.setdefault(leg.transaction_id, []).append(schemas.LegOut.model_validate(leg))
    return schemas.TransactionList(
        items=[
            schemas.TransactionOut(
                id=r.id,
                client_id=r.client_id,
                county_code=r.county_code,
                posted_on=r.posted_on,
                kind=r.kind,
                memo=r.memo,
                reverses_id=r.reverses_id,
                legs=by_tx.get(r.id, []),
            )
            for r in rows
        ],
        next_cursor=cursor,
    )


async def record_fiscal_subsidy(
    session: AsyncSession, principal: Principal, data: schemas.FiscalSubsidyCreate
) -> Posted:
    """Finance money into a county's fund, once per (county, reference): the same again is replayed, other
    content under the reference is a 409 ``SUBSIDY_REF_CONFLICT``."""
    return await post_once(
        session,
        client_id=f"fiscal-subsidy:{data.county_code}:{data.reference}",
        county_code=data.county_code,
        posted_on=data.received_on,
        kind="fiscal_subsidy",
        legs=[Leg("cash", data.amount_fen), Leg("income_fiscal_subsidy", -data.amount_fen)],
        created_by=principal.client_id,
        memo=data.reference,
        conflict_code="SUBSIDY_REF_CONFLICT",
    )
