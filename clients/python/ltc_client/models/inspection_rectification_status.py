from enum import StrEnum


class InspectionRectificationStatus(StrEnum):
    NONE = "none"
    NOT_RECTIFIED = "not_rectified"
    PENDING = "pending"
    RECTIFIED = "rectified"

    def __str__(self) -> str:
        return str(self.value)
