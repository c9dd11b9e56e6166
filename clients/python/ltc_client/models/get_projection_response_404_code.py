from enum import StrEnum


class GetProjectionResponse404Code(StrEnum):
    PROJECTION_NOT_FOUND = "PROJECTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
