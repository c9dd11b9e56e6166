"""The old system's fund balances, one per (county, account) as of a date, posted to the ledger.

Each row is one balanced ledger transaction (kind ``opening_balance``, client id
``opening-balance:<reference>``): the account takes the balance, ``opening_balances`` (equity) the other
side — a complete trial balance of a county leaves ``opening_balances`` at zero. The reference makes a row
idempotent: posted before with the same content it is unchanged, with other content an
``OPENING_BALANCE_REF_CONFLICT`` row error. Files take turns (a transaction lock to their commit), and the
ledger's unique client id holds whatever else posts: the same file sent twice at once posts once.

The intake kit (``shared/intake``) carries the file: rows read as they arrive (``shared/intake/rows.py``),
COPYed into a staging table chunk by chunk, every row checked once in SQL (``CHECKS``, one ``codes`` array
per row) and the failed ones' error rows written; the good rows are then posted one by one through the
ledger (a county has a handful of balance-sheet accounts, so a city's file is a hundred rows), where a
closed period or a reference posted before with other content becomes that row's error.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.models import (
    OpeningBalance,
    OpeningBalanceImport,
    OpeningBalanceImportError,
)
from services.settlement.opening_balances import repository
from services.settlement.opening_balances.exceptions import OpeningBalanceImportNotFound
from shared.errors import Conflict
from shared.intake.rows import stage_rows
from shared.intake.staging import FAILED, codes_column, record_row_errors, take_turns
from shared.principal import Principal
from shared.row_checks import RowCheck
from shared.uploads import FileUpload

COLUMNS = ("county_code", "account", "balance_fen", "as_of", "reference")
CONTRA = "opening_balances"
BALANCE_SHEET = ("asset", "liability", "equity")
_KINDS = ", ".join(f"'{k}'" for k in BALANCE_SHEET)
CHUNK_ROWS = 1000
ERRORS = "settlement.opening_balance_import_errors"
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


def _check(field: str, sql: str, *codes: str) -> RowCheck:
    """A check of a readable row whose message is, per code, the one of ``MESSAGES``."""
    return RowCheck(field, sql, MESSAGES[codes[-1]], {c: MESSAGES[c] for c in codes})


# Each a check of a staged row (``fen``, ``day``: the amount and date read; ``account_kind``: the chart's).
CHECKS = (
    RowCheck.when("line", "MALFORMED_LINE", "malformed IS NOT NULL", MESSAGES["MALFORMED_LINE"]),
    _check("county_code", """CASE WHEN malformed IS NULL AND county_code IS NULL THEN 'REQUIRED'
                                 WHEN malformed IS NULL AND NOT county_known THEN 'COUNTY_UNKNOWN' END""",
           "REQUIRED", "COUNTY_UNKNOWN"),
    _check("account", f"""CASE WHEN malformed IS NULL AND account IS NULL THEN 'REQUIRED'
                              WHEN malformed IS NULL AND account_kind IS NULL THEN 'ACCOUNT_UNKNOWN'
                              WHEN malformed IS NULL AND (account = '{CONTRA}'
                                   OR account_kind NOT IN ({_KINDS}))
                              THEN 'ACCOUNT_NOT_ALLOWED' END""",
           "REQUIRED", "ACCOUNT_UNKNOWN", "ACCOUNT_NOT_ALLOWED"),
    _check("balance_fen", """CASE WHEN malformed IS NULL AND balance_fen IS NULL THEN 'REQUIRED'
                                 WHEN malformed IS NULL AND (fen IS NULL OR fen = 0)
                                 THEN 'AMOUNT_FORMAT' END""",
           "REQUIRED", "AMOUNT_FORMAT"),
    _check("as_of", """CASE WHEN malformed IS NULL AND as_of IS NULL THEN 'REQUIRED'
                           WHEN malformed IS NULL AND day IS NULL THEN 'DATE_FORMAT'
                           WHEN malformed IS NULL AND day > :today THEN 'DATE_IN_FUTURE' END""",
           "REQUIRED", "DATE_FORMAT", "DATE_IN_FUTURE"),
    _check("reference", """CASE WHEN malformed IS NULL AND reference IS NULL THEN 'REQUIRED'
                               WHEN malformed IS NULL AND length(reference) > 100 THEN 'TOO_LONG'
                               WHEN malformed IS NULL AND occurrence > 1 THEN 'DUPLICATE_IN_FILE' END""",
           "REQUIRED", "TOO_LONG", "DUPLICATE_IN_FILE"),
)  # fmt: skip


async def run_import(
    session: AsyncSession, principal: Principal, upload: FileUpload, today: dt.date
) -> OpeningBalanceImport:
    await take_turns(session, "settlement.opening_balance_imports")  # the same file twice at once posts once
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
    staged, checked = f"opening_balance_rows_{job.id.hex[:12]}", f"opening_balance_checked_{job.id.hex[:12]}"
    await stage_rows(session, staged, upload, COLUMNS, COLUMNS, chunk_rows=CHUNK_ROWS)
    params: dict[str, Any] = {"job": job.id, "today": today}
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {checked} ON COMMIT DROP AS
            SELECT c.*, {FAILED} FROM (
              SELECT k.*, {codes_column(CHECKS)} FROM (
                SELECT s.*, u.code IS NOT NULL AS county_known, a.kind AS account_kind,
                       CASE WHEN s.balance_fen ~ '^-?[0-9]{{1,15}}$' THEN s.balance_fen::bigint END AS fen,
                       CASE WHEN s.as_of ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
                                 AND pg_input_is_valid(s.as_of, 'date') THEN s.as_of::date END AS day,
                       row_number() OVER (PARTITION BY s.malformed IS NULL, s.reference ORDER BY s.line_no)
                           AS occurrence
                FROM {staged} s
                LEFT JOIN settlement.accounting_units u ON u.code = s.county_code
                LEFT JOIN settlement.ledger_accounts a ON a.code = s.account
              ) k
            ) c
            """
        ),
        params,
    )
    await record_row_errors(session, ERRORS, checked, CHECKS, params)
    counts = (
        await session.execute(text(f"SELECT count(*), count(*) FILTER (WHERE failed) FROM {checked}"))
    ).one()
    job.rows_total, job.rows_failed = int(counts[0]), int(counts[1])
    good = (
        await session.execute(
            text(
                f"SELECT line_no, county_code, account, account_kind, fen, day, reference FROM {checked} "
                "WHERE NOT failed ORDER BY line_no"
            )
        )
    ).all()
    errors: list[dict[str, Any]] = []
    for row in good:
        problem = await _post(session, principal, job, row)
        if problem is not None:
            job.rows_failed += 1
            field, code = problem
            errors.append(
                {
                    "job_id": job.id,
                    "row_number": row.line_no,
                    "field": field,
                    "code": code,
                    "message": MESSAGES[code],
                }
            )
    if errors:
        await session.execute(insert(OpeningBalanceImportError), errors)
    job.finished_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return job


async def _post(
    session: AsyncSession, principal: Principal, job: OpeningBalanceImport, row: Any
) -> tuple[str, str] | None:
    """Post one checked row (``line_no``, ``county_code``, ``account``, ``account_kind``, ``fen``, ``day``,
    ``reference``) through the ledger; the field and code of why it could not be, if it could not."""
    debit = row.fen if row.account_kind == "asset" else -row.fen
    try:
        async with session.begin_nested():
            posted = await ledger.post_once(
                session,
                client_id=f"opening-balance:{row.reference}",
                county_code=row.county_code,
                posted_on=row.day,
                kind="opening_balance",
                legs=[ledger.Leg(row.account, debit), ledger.Leg(CONTRA, -debit)],
                created_by=principal.client_id,
                memo=f"opening balance from the old system: {row.reference}",
                conflict_code="OPENING_BALANCE_REF_CONFLICT",
            )
    except ledger.PeriodClosed:
        return ("as_of", "PERIOD_CLOSED")
    except Conflict:
        return ("reference", "OPENING_BALANCE_REF_CONFLICT")
    if posted.replayed:
        job.rows_unchanged += 1
        return None
    session.add(
        OpeningBalance(
            reference=row.reference,
            county_code=row.county_code,
            account=row.account,
            balance_fen=row.fen,
            as_of=row.day,
            transaction_id=posted.id,
            import_job_id=job.id,
            imported_by=principal.name,
        )
    )
    job.rows_created += 1
    return None


async def get_job(session: AsyncSession, job_id: uuid.UUID) -> OpeningBalanceImport:
    job = await repository.find_job(session, job_id)
    if job is None:
        raise OpeningBalanceImportNotFound(f"no opening-balance import {job_id}")
    return job
