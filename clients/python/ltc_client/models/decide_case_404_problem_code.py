from enum import StrEnum


class DecideCase404ProblemCode(StrEnum):
    CASE_NOT_FOUND = "CASE_NOT_FOUND"
    CONTRACT_NOT_FOUND = "CONTRACT_NOT_FOUND"
    OVERSIGHT_RULE_NOT_FOUND = "OVERSIGHT_RULE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
