"""The errors of annual clearing: each a class with its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ClearingNotFound(NotFound):
    """No annual clearing (年度清算) with this id that the caller may see."""

    code = "CLEARING_NOT_FOUND"


class ForfeitTooLarge(Unprocessable):
    """A forfeiture exceeds the quality deposits held for the institution."""

    code = "FORFEIT_TOO_LARGE"


class ClearingYearNotOver(Conflict):
    """A year is cleared after it ends."""

    code = "YEAR_NOT_OVER"


class ClearingYearClosed(Conflict):
    """The county's year is cleared and closed already."""

    code = "YEAR_CLOSED"


class ClearingUnsettledRecords(Conflict):
    """Service records of the year are not settled yet."""

    code = "UNSETTLED_RECORDS"


class ClearingStale(Conflict):
    """The ledger changed since the proposal; the contractor must propose again."""

    code = "CLEARING_STALE"


class ForfeitureUncited(Unprocessable):
    """A deposit forfeiture cites neither a final evaluation nor a case: a free-text reason alone is not
    enough."""

    code = "FORFEITURE_UNCITED"


class ForfeitureCitationUnknown(Unprocessable):
    """The cited evaluation is not a final evaluation of that institution covering the year, or the cited
    case decided no sanction on that institution (as oversight's feed told settlement)."""

    code = "FORFEITURE_CITATION_UNKNOWN"


class ForfeitExceedsEvaluation(Unprocessable):
    """More is forfeited than the share of the deposit the cited evaluation's grade does not release."""

    code = "FORFEIT_EXCEEDS_EVALUATION"
