from enum import StrEnum


class GetRunResponse404Code(StrEnum):
    RUN_NOT_FOUND = "RUN_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
