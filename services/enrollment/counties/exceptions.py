"""The errors of the accounting units. An unknown unit in the path is the kit's ``county_not_found``
(``shared.principal``), worded as every service words it."""

from __future__ import annotations

import datetime as dt

from shared.errors import FieldError, Unprocessable


class CountyNotInScheme(Unprocessable):
    """日期早于核算单位纳入长护险的日期: a dated fact (an enrolment, a transfer, a bill year) lies before
    the unit joined the scheme. ``errors`` names the date's field (``body.enrolled_on`` …); the answer
    carries ``county_code`` and ``scheme_start_on``."""

    code = "COUNTY_NOT_IN_SCHEME"

    def __init__(self, county_code: str, start: dt.date, what: str, on: dt.date, field: str = "body") -> None:
        message = (
            f"{what} on {on.isoformat()} lies before {county_code} joined the scheme on {start.isoformat()}"
        )
        super().__init__(
            message,
            errors=[FieldError(field=field, code="COUNTY_NOT_IN_SCHEME", message=message)],
            county_code=county_code,
            scheme_start_on=start.isoformat(),
        )
