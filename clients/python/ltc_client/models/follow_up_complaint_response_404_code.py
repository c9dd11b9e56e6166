from enum import StrEnum


class FollowUpComplaintResponse404Code(StrEnum):
    COMPLAINT_NOT_FOUND = "COMPLAINT_NOT_FOUND"
    OVERSIGHT_RULE_NOT_FOUND = "OVERSIGHT_RULE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
