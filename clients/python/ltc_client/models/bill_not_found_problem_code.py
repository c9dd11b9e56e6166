from enum import StrEnum


class BillNotFoundProblemCode(StrEnum):
    BILL_NOT_FOUND = "BILL_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
