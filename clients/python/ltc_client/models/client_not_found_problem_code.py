from enum import StrEnum


class ClientNotFoundProblemCode(StrEnum):
    CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
