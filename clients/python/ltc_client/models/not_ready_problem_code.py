from enum import StrEnum


class NotReadyProblemCode(StrEnum):
    NOT_READY = "NOT_READY"

    def __str__(self) -> str:
        return str(self.value)
