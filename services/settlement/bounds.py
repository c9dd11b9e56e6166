"""Bounds on what callers may send: business dates and months within the scheme's lifetime, amounts of fen a
bigint can add up without overflowing. Outside them a request is a 422, never a 500 or a ledger posting in the
year 9999."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import Field

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
MAX_FEN = 10**12  # 100 亿元: larger than any single claim, cap, payment or subsidy; sums stay far from 2**63

Day = Annotated[dt.date, Field(ge=FIRST_DAY, le=LAST_DAY)]
Fen = Annotated[int, Field(ge=0, le=MAX_FEN)]
PositiveFen = Annotated[int, Field(gt=0, le=MAX_FEN)]
MonthQuery = Annotated[dt.date, Query(ge=FIRST_DAY, le=LAST_DAY, description="any day of the month")]
