from enum import StrEnum


class RecoveryMovementKind(StrEnum):
    NETTED = "netted"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"

    def __str__(self) -> str:
        return str(self.value)
