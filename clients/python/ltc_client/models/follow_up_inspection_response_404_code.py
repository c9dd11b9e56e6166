from enum import StrEnum


class FollowUpInspectionResponse404Code(StrEnum):
    INSPECTION_NOT_FOUND = "INSPECTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
