"""The errors of the fund ledger: each a class with its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, Unprocessable


class PeriodClosed(Conflict):
    """账期已关闭: the county's year is cleared and closed in the ledger."""

    code = "PERIOD_CLOSED"


class Unbalanced(Unprocessable):
    """A transaction's legs do not sum to zero (or it has fewer than two)."""

    code = "LEDGER_UNBALANCED"


class LedgerClientIdReused(Conflict):
    """A client id was posted before with other content. A caller that names the posting by its own
    reference raises it with its own code (``SUBSIDY_REF_CONFLICT``, ``OPENING_BALANCE_REF_CONFLICT``)."""

    code = "LEDGER_CLIENT_ID_REUSED"


class LedgerTransactionNotFound(Unprocessable):
    """The ledger transaction to reverse does not exist."""

    code = "TRANSACTION_NOT_FOUND"
