"""Business dates: Asia/Shanghai calendar days within the scheme's lifetime.

Outside 2000–2099 a date is a caller's mistake (a typo of 0001 or 9999), never a day to compute with: such
values are a 422 before they reach date arithmetic or the database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
SHANGHAI = dt.timezone(dt.timedelta(hours=8))

BusinessDate = Annotated[dt.date, Field(ge=FIRST_DAY, le=LAST_DAY)]

_YEAR_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MONTH_FORMAT = "a month is YYYY-MM (e.g. 2022-04), or any day of it as YYYY-MM-DD"


def _context(value: str, month: int = 0) -> dict[str, Any]:
    return {"value": repr(value[:40]), "month": month}


def _month_input(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if found := _YEAR_MONTH.fullmatch(text):
        year, month = int(found[1]), int(found[2])
        if not 1 <= month <= 12:
            raise PydanticCustomError(
                "MONTH_INVALID", f"{value!r}: there is no month {month}; " + MONTH_FORMAT
            )
        return dt.date(max(year, 1), month, 1)
    if not _DAY.fullmatch(text):
        raise PydanticCustomError("MONTH_INVALID", "{value}: " + MONTH_FORMAT, _context(value))
    return text


def _first_day(day: dt.date) -> dt.date:
    return day.replace(day=1)


Month = Annotated[
    dt.date,
    BeforeValidator(_month_input),
    Field(ge=FIRST_DAY, le=LAST_DAY),
    AfterValidator(_first_day),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$",
            "examples": ["2022-04"],
            "description": "a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too",
        }
    ),
]
"""A month, everywhere one is asked for (query, path or body): ``YYYY-MM``, or — as before — any day of
it as ``YYYY-MM-DD``; the value is the month's first day."""


def today() -> dt.date:
    """Today in Asia/Shanghai."""
    return dt.datetime.now(SHANGHAI).date()
