from enum import StrEnum


class ReplacePolicyResponse404Code(StrEnum):
    POLICY_NOT_FOUND = "POLICY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
