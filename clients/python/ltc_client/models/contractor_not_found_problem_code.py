from enum import StrEnum


class ContractorNotFoundProblemCode(StrEnum):
    CONTRACTOR_NOT_FOUND = "CONTRACTOR_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
