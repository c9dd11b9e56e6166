from enum import StrEnum


class RevokeClientResponse404Code(StrEnum):
    CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
