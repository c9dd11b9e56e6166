from enum import StrEnum


class RevocationCreateReason(StrEnum):
    DECEASED = "DECEASED"
    MISTAKEN = "MISTAKEN"

    def __str__(self) -> str:
        return str(self.value)
