"""The errors of recoveries (追回): each a class with its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class RecoveryNotFound(NotFound):
    """No recovery with this id that the caller may see (an institution: its own; a contractor: its
    counties')."""

    code = "RECOVERY_NOT_FOUND"


class RecoveryClosed(Conflict):
    """Nothing is outstanding on the recovery any more: it was netted, repaid or written off."""

    code = "RECOVERY_CLOSED"


class RecoveryOverpaid(Conflict):
    """The amount is more than what is still outstanding on the recovery."""

    code = "RECOVERY_OVERPAID"


class RecoveryRefConflict(Conflict):
    """The reference names another repayment or write-off of this recovery (other amount or date)."""

    code = "RECOVERY_REF_CONFLICT"


class RecoveryDateBeforeDecision(Unprocessable):
    """A repayment or write-off dated before the recovery was decided."""

    code = "RECOVERY_DATE_BEFORE_DECISION"


class RecoveryNotApplicable(Unprocessable):
    """A recovery order settlement cannot book (the feed dead-letters it): an unknown institution, another
    county, or money paid after the decision's year."""

    code = "RECOVERY_NOT_APPLICABLE"


class SanctionNotApplicable(Unprocessable):
    """A sanction on an institution settlement does not know (the feed dead-letters it)."""

    code = "SANCTION_NOT_APPLICABLE"
