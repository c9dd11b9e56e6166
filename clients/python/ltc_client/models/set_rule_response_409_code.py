from enum import StrEnum


class SetRuleResponse409Code(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
