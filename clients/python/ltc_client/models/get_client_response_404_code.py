from enum import StrEnum


class GetClientResponse404Code(StrEnum):
    CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
