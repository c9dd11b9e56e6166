from enum import StrEnum


class RunNotFoundStatementNotFoundProblemCode(StrEnum):
    RUN_NOT_FOUND = "RUN_NOT_FOUND"
    STATEMENT_NOT_FOUND = "STATEMENT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
