from enum import StrEnum


class ListDisputesResponse404Code(StrEnum):
    RECORD_NOT_FOUND = "RECORD_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
