from enum import StrEnum


class PaymentCreatePayer(StrEnum):
    EMPLOYER = "employer"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
