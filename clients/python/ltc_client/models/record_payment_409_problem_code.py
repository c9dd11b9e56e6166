from enum import StrEnum


class RecordPayment409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    PAYMENT_REF_CONFLICT = "PAYMENT_REF_CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
