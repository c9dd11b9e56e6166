from enum import StrEnum


class RuleSetNotFoundProblemCode(StrEnum):
    RULE_SET_NOT_FOUND = "RULE_SET_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
