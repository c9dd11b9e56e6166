"""Bounds on what callers may send, from the shared kit (``shared.dates``, ``shared.money``): business dates
and months within the scheme's lifetime, amounts of fen a bigint can add up without overflowing. Outside them
a request is a 422, never a 500 or a ledger posting in the year 9999."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from shared.dates import FIRST_DAY, LAST_DAY, Month
from shared.dates import BusinessDate as Day
from shared.money import MAX_FEN, PositiveFen
from shared.money import NonNegativeFen as Fen

MonthQuery = Annotated[Month, Query(description="the month: YYYY-MM (any day of it, YYYY-MM-DD, too)")]

__all__ = ["FIRST_DAY", "LAST_DAY", "MAX_FEN", "Day", "Fen", "Month", "MonthQuery", "PositiveFen"]
