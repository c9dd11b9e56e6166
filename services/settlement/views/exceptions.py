"""The errors of the fund views: each a class with its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import NotFound


class StatementPersonNotFound(NotFound):
    """No insured person or service records of the person in a county the caller sees."""

    code = "PERSON_NOT_FOUND"
