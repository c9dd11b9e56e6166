from enum import StrEnum


class OversightRecoveryStatus(StrEnum):
    NETTED = "netted"
    OPEN = "open"
    ORDERED = "ordered"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"

    def __str__(self) -> str:
        return str(self.value)
