from enum import StrEnum


class ReceiveComplaintResponse404Code(StrEnum):
    OVERSIGHT_RULE_NOT_FOUND = "OVERSIGHT_RULE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
