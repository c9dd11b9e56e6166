from enum import StrEnum


class RecordPaymentResponse404Code(StrEnum):
    BILL_NOT_FOUND = "BILL_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
