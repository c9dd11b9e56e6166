from enum import StrEnum


class ObjectToConclusionResponse404Code(StrEnum):
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
