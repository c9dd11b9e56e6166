from enum import StrEnum


class BillEmployerHalfPayer(StrEnum):
    EMPLOYER = "employer"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
