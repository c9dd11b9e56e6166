from enum import StrEnum


class ServicesOversightInspectionsSchemasFollowUpCreateOutcome(StrEnum):
    NOT_RECTIFIED = "not_rectified"
    RECTIFIED = "rectified"

    def __str__(self) -> str:
        return str(self.value)
