"""The errors of settlement runs and payouts: each a class with its HTTP status (from its base) and its stable
code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class SettlementRunNotFound(NotFound):
    """No settlement run (结算) with this id that the caller may see."""

    code = "RUN_NOT_FOUND"


class MonthAlreadySettled(Conflict):
    """The county's month is settled already; a re-settlement is asked for explicitly, with a reason."""

    code = "ALREADY_SETTLED"


class NothingToResettle(Conflict):
    """The month has no settled run to redo."""

    code = "NOTHING_TO_RESETTLE"


class RunSuperseded(Conflict):
    """The run was superseded by a re-settlement; payouts go against the current run."""

    code = "RUN_SUPERSEDED"


class StatementNotFound(NotFound):
    """The run has no statement for this institution."""

    code = "STATEMENT_NOT_FOUND"


class Overpayment(Conflict):
    """The payout would exceed what the institution is owed for the month."""

    code = "OVERPAYMENT"


class PaidBeforeMonthEnd(Unprocessable):
    """A month's payout is made after the month."""

    code = "PAID_BEFORE_MONTH_END"


class PayoutRefConflict(Conflict):
    """The bank reference names another payout (拨付) of the county."""

    code = "PAYMENT_REF_CONFLICT"
