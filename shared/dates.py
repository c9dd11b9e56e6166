"""Business dates: Asia/Shanghai calendar days within the scheme's lifetime.

Outside 2000–2099 a date is a caller's mistake (a typo of 0001 or 9999), never a day to compute with: such
values are a 422 before they reach date arithmetic or the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
SHANGHAI = dt.timezone(dt.timedelta(hours=8))

BusinessDate = Annotated[dt.date, Field(ge=FIRST_DAY, le=LAST_DAY)]


def today() -> dt.date:
    """Today in Asia/Shanghai."""
    return dt.datetime.now(SHANGHAI).date()
