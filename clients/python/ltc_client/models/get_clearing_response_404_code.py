from enum import StrEnum


class GetClearingResponse404Code(StrEnum):
    CLEARING_NOT_FOUND = "CLEARING_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
