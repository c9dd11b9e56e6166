from enum import StrEnum


class InstitutionStatementsResponse400Code(StrEnum):
    PATH_NOT_CANONICAL = "PATH_NOT_CANONICAL"

    def __str__(self) -> str:
        return str(self.value)
