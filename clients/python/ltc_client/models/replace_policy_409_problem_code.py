from enum import StrEnum


class ReplacePolicy409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    POLICY_IN_USE = "POLICY_IN_USE"

    def __str__(self) -> str:
        return str(self.value)
