"""The errors of disputes: each a class with its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ServiceRecordNotFound(NotFound):
    """No service record (服务记录) with this id that the caller may see (reviews raise it too)."""

    code = "RECORD_NOT_FOUND"


class RecordNotSettled(Conflict):
    """The record is not settled yet; its checks can still change."""

    code = "RECORD_NOT_SETTLED"


class NothingDeducted(Conflict):
    """Nothing was deducted from the record; nothing to dispute."""

    code = "NOTHING_DEDUCTED"


class DisputeExists(Conflict):
    """A deduction can be disputed once."""

    code = "DISPUTE_EXISTS"


class DisputeNotFound(NotFound):
    """No dispute (申诉) with this id on the record."""

    code = "DISPUTE_NOT_FOUND"


class DisputeDecided(Conflict):
    """The dispute is decided already."""

    code = "DISPUTE_DECIDED"


class AdjustmentRequired(Unprocessable):
    """The record had no benefit rule; upholding needs ``adjustment_fen``."""

    code = "ADJUSTMENT_REQUIRED"


class AdjustmentTooLarge(Unprocessable):
    """An adjustment may not exceed the deduction."""

    code = "ADJUSTMENT_TOO_LARGE"
