from enum import StrEnum


class TransferCounty409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    COUNTY_UNCHANGED = "COUNTY_UNCHANGED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    TRANSFER_DATE_BEFORE_LAST = "TRANSFER_DATE_BEFORE_LAST"

    def __str__(self) -> str:
        return str(self.value)
