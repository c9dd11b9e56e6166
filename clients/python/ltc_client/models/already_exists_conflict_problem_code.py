from enum import StrEnum


class AlreadyExistsConflictProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
