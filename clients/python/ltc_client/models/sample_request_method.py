from enum import StrEnum


class SampleRequestMethod(StrEnum):
    AMOUNT_ABOVE = "amount_above"
    DEVIATION = "deviation"
    RANDOM = "random"

    def __str__(self) -> str:
        return str(self.value)
