from enum import StrEnum


class PolicyNotFoundProblemCode(StrEnum):
    POLICY_NOT_FOUND = "POLICY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
