from enum import StrEnum


class DisabilityLevelOrigin(StrEnum):
    ASSESSED = "assessed"
    MIGRATED = "migrated"

    def __str__(self) -> str:
        return str(self.value)
