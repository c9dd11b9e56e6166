from enum import StrEnum


class ContractUpdateFeeBasis(StrEnum):
    LUMP_SUM = "lump_sum"
    PER_CASE = "per_case"
    PER_INSURED_PERSON = "per_insured_person"

    def __str__(self) -> str:
        return str(self.value)
