from enum import StrEnum


class GetFinanceReceiptResponse404Code(StrEnum):
    FINANCE_RECEIPT_NOT_FOUND = "FINANCE_RECEIPT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
