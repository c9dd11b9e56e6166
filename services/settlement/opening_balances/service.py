"""The old system's fund balances, one per (county, account) as of a date, posted to the ledger.

Each row is one balanced ledger transaction (kind ``opening_balance``, client id
``opening-balance:<reference>``): the account takes the balance, ``opening_balances`` (equity) the other
side — a complete trial balance of a county leaves ``opening_balances`` at zero. The reference makes a row
idempotent: posted before with the same content it is unchanged, with other content an
``OPENING_BALANCE_REF_CONFLICT`` row error. Files take turns (a transaction lock to their commit), and the
ledger's unique client id holds whatever else posts: the same file sent twice at once posts once.

Rows are read as they arrive (``shared/intake/rows.py``) and posted one by one: a county has a handful of
balance-sheet accounts, so a city's file is a hundred rows.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.models import (
    AccountingUnit,
    LedgerAccount,
    OpeningBalance,
    OpeningBalanceImport,
    OpeningBalanceImportError,
)
from services.settlement.opening_balances import repository
from services.settlement.opening_balances.exceptions import OpeningBalanceImportNotFound
from shared.errors import Conflict
from shared.intake.rows import Row, rows
from shared.principal import Principal
from shared.uploads import FileUpload

COLUMNS = ("county_code", "account", "balance_fen", "as_of", "reference")
CONTRA = "opening_balances"
BALANCE_SHEET = ("asset", "liability", "equity")
_FEN = re.compile(r"^-?[0-9]{1,15}$")
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
MESSAGES = {
    "MALFORMED_LINE": "the line cannot be read",
    "REQUIRED": "required",
    "COUNTY_UNKNOWN": "not an accounting unit of the fund",
    "ACCOUNT_UNKNOWN": "not an account of the chart",
    "ACCOUNT_NOT_ALLOWED": "only balance-sheet accounts (asset, liability, equity) have opening balances",
    "AMOUNT_FORMAT": "a whole number of fen, not 0",
    "DATE_FORMAT": "a date YYYY-MM-DD",
    "DATE_IN_FUTURE": "the balance of a day that has not ended yet",
    "TOO_LONG": "at most 100 characters",
    "DUPLICATE_IN_FILE": "the same reference appears earlier in this file",
    "OPENING_BALANCE_REF_CONFLICT": "posted before with other content; a new balance needs a new reference",
    "PERIOD_CLOSED": "the year of as_of is closed for the county",
}


def _problems(
    row: Row, counties: set[str], accounts: dict[str, str], seen: set[str], today: dt.date
) -> list[tuple[str, str]]:
    if row.malformed is not None:
        return [("line", "MALFORMED_LINE")]
    v = row.values
    out = [(c, "REQUIRED") for c in COLUMNS if v[c] is None]
    county, account, fen, day, ref = (v[c] for c in COLUMNS)
    if county is not None and county not in counties:
        out.append(("county_code", "COUNTY_UNKNOWN"))
    if account is not None and account not in accounts:
        out.append(("account", "ACCOUNT_UNKNOWN"))
    elif account is not None and (account == CONTRA or accounts[account] not in BALANCE_SHEET):
        out.append(("account", "ACCOUNT_NOT_ALLOWED"))
    if fen is not None and (not _FEN.match(fen) or int(fen) == 0):
        out.append(("balance_fen", "AMOUNT_FORMAT"))
    if day is not None:
        parsed = _date(day)
        if parsed is None:
            out.append(("as_of", "DATE_FORMAT"))
        elif parsed > today:
            out.append(("as_of", "DATE_IN_FUTURE"))
    if ref is not None and len(ref) > 100:
        out.append(("reference", "TOO_LONG"))
    elif ref is not None and ref in seen:
        out.append(("reference", "DUPLICATE_IN_FILE"))
    return out


def _date(value: str) -> dt.date | None:
    if not _DAY.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


async def run_import(
    session: AsyncSession, principal: Principal, upload: FileUpload, today: dt.date
) -> OpeningBalanceImport:
    # files take turns from here to their commit: the same file sent twice at once posts once
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('settlement.opening_balance_imports'), 0)")
    )
    job = OpeningBalanceImport(
        id=uuid.uuid4(),
        format=upload.format,
        status="completed",
        client_id=principal.client_id,
        imported_by=principal.name,
        rows_total=0,
        rows_created=0,
        rows_unchanged=0,
        rows_failed=0,
    )
    session.add(job)
    await session.flush()
    counties = set((await session.scalars(select(AccountingUnit.code))).all())
    accounts = {a.code: a.kind for a in (await session.scalars(select(LedgerAccount))).all()}
    seen: set[str] = set()
    errors: list[dict[str, Any]] = []
    async for row in rows(upload, COLUMNS, COLUMNS):
        job.rows_total += 1
        problems = _problems(row, counties, accounts, seen, today)
        if row.values.get("reference"):
            seen.add(str(row.values["reference"]))
        if not problems:
            problems = await _post(session, principal, job, row, accounts)
        if problems:
            job.rows_failed += 1
            errors += [
                {"job_id": job.id, "row_number": row.line_no, "field": f, "code": c, "message": MESSAGES[c]}
                for f, c in dict(problems).items()
            ]
    if errors:
        await session.execute(insert(OpeningBalanceImportError), errors)
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return job


async def _post(
    session: AsyncSession, principal: Principal, job: OpeningBalanceImport, row: Row, accounts: dict[str, str]
) -> list[tuple[str, str]]:
    county, account, fen, day, ref = (str(row.values[c]) for c in COLUMNS)
    balance = int(fen)
    debit = balance if accounts[account] == "asset" else -balance
    try:
        async with session.begin_nested():
            posted = await ledger.post_once(
                session,
                client_id=f"opening-balance:{ref}",
                county_code=county,
                posted_on=dt.date.fromisoformat(day),
                kind="opening_balance",
                legs=[ledger.Leg(account, debit), ledger.Leg(CONTRA, -debit)],
                created_by=principal.client_id,
                memo=f"opening balance from the old system: {ref}",
                conflict_code="OPENING_BALANCE_REF_CONFLICT",
            )
    except ledger.PeriodClosed:
        return [("as_of", "PERIOD_CLOSED")]
    except Conflict:
        return [("reference", "OPENING_BALANCE_REF_CONFLICT")]
    if posted.replayed:
        job.rows_unchanged += 1
        return []
    session.add(
        OpeningBalance(
            reference=ref,
            county_code=county,
            account=account,
            balance_fen=balance,
            as_of=dt.date.fromisoformat(day),
            transaction_id=posted.id,
            import_job_id=job.id,
            imported_by=principal.name,
        )
    )
    job.rows_created += 1
    return []


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> OpeningBalanceImport:
    job = await repository.find_job(session, job_id)
    if job is None:
        raise OpeningBalanceImportNotFound(f"no opening-balance import {job_id}")
    return job
