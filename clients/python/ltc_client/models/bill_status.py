from enum import StrEnum


class BillStatus(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
