from enum import StrEnum


class ImportJobKind(StrEnum):
    PAYMENTS = "payments"
    PERSONS = "persons"

    def __str__(self) -> str:
        return str(self.value)
