from enum import StrEnum


class SanctionStatus(StrEnum):
    IN_FORCE = "in_force"
    LIFTED = "lifted"

    def __str__(self) -> str:
        return str(self.value)
