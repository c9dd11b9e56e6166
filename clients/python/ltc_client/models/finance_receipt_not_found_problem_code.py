from enum import StrEnum


class FinanceReceiptNotFoundProblemCode(StrEnum):
    FINANCE_RECEIPT_NOT_FOUND = "FINANCE_RECEIPT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
