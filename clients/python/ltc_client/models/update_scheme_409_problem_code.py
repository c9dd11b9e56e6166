from enum import StrEnum


class UpdateScheme409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    SCHEME_APPROVED = "SCHEME_APPROVED"

    def __str__(self) -> str:
        return str(self.value)
