from enum import StrEnum


class GetEmployerResponse404Code(StrEnum):
    EMPLOYER_NOT_FOUND = "EMPLOYER_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
