"""What the expert pool answers when it refuses: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ExpertNotFound(NotFound):
    code = "EXPERT_NOT_FOUND"


class ExpertExists(Conflict):
    code = "EXPERT_EXISTS"


class ExpertRemoved(Conflict):
    """A removed expert does not come back; a new one is admitted instead."""

    code = "EXPERT_REMOVED"


class StatusReasonRequired(Unprocessable):
    code = "STATUS_REASON_REQUIRED"


class CsvColumnsMissing(Unprocessable):
    """The pool's CSV header lacks one of the first six columns: the file is refused whole."""

    code = "CSV_COLUMNS_MISSING"


class CsvMalformed(Unprocessable):
    """A line of the pool's CSV cannot be read (a field above the csv module's limit): refused whole."""

    code = "CSV_MALFORMED"
