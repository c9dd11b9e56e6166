from enum import StrEnum


class GetApplicationResponse404Code(StrEnum):
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
