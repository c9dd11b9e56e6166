from enum import StrEnum


class RecoveryStatus(StrEnum):
    NETTED = "netted"
    OPEN = "open"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"

    def __str__(self) -> str:
        return str(self.value)
