"""Bounds on what callers may send, from the shared kit (``shared.dates``, ``shared.money``): business dates
and months within the scheme's lifetime, amounts of fen a bigint can add up without overflowing. Outside them
a request is a 422, never a 500 or a ledger posting in the year 9999."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query

from shared.dates import FIRST_DAY, LAST_DAY
from shared.dates import BusinessDate as Day
from shared.money import MAX_FEN, PositiveFen
from shared.money import NonNegativeFen as Fen

MonthQuery = Annotated[dt.date, Query(ge=FIRST_DAY, le=LAST_DAY, description="any day of the month")]

__all__ = ["FIRST_DAY", "LAST_DAY", "MAX_FEN", "Day", "Fen", "MonthQuery", "PositiveFen"]
