"""The errors of the county finance's receipts, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class FinanceReceiptNotFound(NotFound):
    """没有该财政补助到账记录: no finance receipt with this id that you may see."""

    code = "FINANCE_RECEIPT_NOT_FOUND"


class FinanceReceiptRefConflict(Conflict):
    """到账凭证号已用于另一笔: the reference names another receipt of the county (``receipt_id``)."""

    code = "FINANCE_RECEIPT_REF_CONFLICT"


class FinanceOverpaid(Conflict):
    """超过财政应补金额: a receipt may not exceed what the county's finance still owes the fund
    (``owed_fen``)."""

    code = "FINANCE_RECEIPT_EXCEEDS_OWED"
