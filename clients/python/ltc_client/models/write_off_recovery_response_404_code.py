from enum import StrEnum


class WriteOffRecoveryResponse404Code(StrEnum):
    RECOVERY_NOT_FOUND = "RECOVERY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
