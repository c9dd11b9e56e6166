from enum import StrEnum


class ComplaintNotFoundOversightRuleNotFoundProblemCode(StrEnum):
    COMPLAINT_NOT_FOUND = "COMPLAINT_NOT_FOUND"
    OVERSIGHT_RULE_NOT_FOUND = "OVERSIGHT_RULE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
