from enum import StrEnum


class AddVisitFilePurpose(StrEnum):
    FINDING = "finding"
    FOLLOW_UP = "follow_up"

    def __str__(self) -> str:
        return str(self.value)
