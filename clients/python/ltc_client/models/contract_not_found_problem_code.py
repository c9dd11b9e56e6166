from enum import StrEnum


class ContractNotFoundProblemCode(StrEnum):
    CONTRACT_NOT_FOUND = "CONTRACT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
