from enum import StrEnum


class ApplicationNotFoundRuleSetNotFoundProblemCode(StrEnum):
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"
    RULE_SET_NOT_FOUND = "RULE_SET_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
