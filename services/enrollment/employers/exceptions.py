"""The errors of employers."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class EmployerNotFound(NotFound):
    """没有该用人单位: no employer with this credit code in the caller's counties."""

    code = "EMPLOYER_NOT_FOUND"


class EmployerExists(Conflict):
    """该用人单位已登记: an employer with this credit code is registered (``credit_code`` names it)."""

    code = "EMPLOYER_EXISTS"
