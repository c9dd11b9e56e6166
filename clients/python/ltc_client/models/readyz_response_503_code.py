from enum import StrEnum


class ReadyzResponse503Code(StrEnum):
    NOT_READY = "NOT_READY"

    def __str__(self) -> str:
        return str(self.value)
