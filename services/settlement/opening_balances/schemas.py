from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

COLUMNS_DOC = (
    "county_code (an accounting unit), account (a balance-sheet account of the chart: cash, "
    "finance_receivable, payable_institutions, deposits_held, accumulated_surplus), balance_fen (whole fen, "
    "in the account's own direction: an asset's debit balance, a liability's or equity's credit balance, "
    "positive; not 0), as_of (YYYY-MM-DD: the balance at the end of the old system's books, posted on that "
    "day), reference (the old system's own reference of the balance)"
)


class OpeningBalanceImport(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    format: Literal["csv", "jsonl"]
    status: Literal["completed", "failed"]
    imported_by: str
    rows_total: int = Field(description="data lines in the file (blank lines and the CSV header not counted)")
    rows_created: int = Field(description="balances posted to the ledger")
    rows_unchanged: int = Field(description="the same reference with the same content was posted before")
    rows_failed: int = Field(description="rows refused; see the error report")
    created_at: dt.datetime
    finished_at: dt.datetime | None


class OpeningBalance(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    reference: str = Field(description="the old system's reference")
    county_code: str
    account: str
    balance_fen: int
    as_of: dt.date
    transaction_id: int = Field(description="the ledger transaction that posted it (kind opening_balance)")
    import_job_id: uuid.UUID
    imported_by: str
    imported_at: dt.datetime
    origin: Literal["migrated"] = "migrated"


class OpeningBalanceList(BaseModel):
    items: list[OpeningBalance]
    next_cursor: str | None = None
