from enum import StrEnum


class RecoveryNotFoundProblemCode(StrEnum):
    RECOVERY_NOT_FOUND = "RECOVERY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
