from enum import StrEnum


class BandIndicator(StrEnum):
    ADL = "adl"
    COGNITION = "cognition"
    PERCEPTION = "perception"

    def __str__(self) -> str:
        return str(self.value)
