from enum import StrEnum


class SettlementImportJobStatus(StrEnum):
    COMPLETED = "completed"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
