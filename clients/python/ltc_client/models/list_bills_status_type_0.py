from enum import StrEnum


class ListBillsStatusType0(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
