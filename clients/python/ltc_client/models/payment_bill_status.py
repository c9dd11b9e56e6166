from enum import StrEnum


class PaymentBillStatus(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
