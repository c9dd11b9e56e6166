"""The errors of final accounts, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class FinalAccountsNotFound(NotFound):
    """没有该决算: no final accounts with this id that you may see."""

    code = "FINAL_ACCOUNTS_NOT_FOUND"


class FinalAccountsYearNotCleared(Conflict):
    """年度尚未清算: final accounts are drawn up from the year's approved annual clearing."""

    code = "FINAL_ACCOUNTS_YEAR_NOT_CLEARED"


class FinalAccountsApproved(Conflict):
    """决算已批准: approved final accounts do not change and are not approved again."""

    code = "FINAL_ACCOUNTS_APPROVED"
