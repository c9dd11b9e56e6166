from enum import StrEnum


class ItemIndicator(StrEnum):
    ADL = "adl"
    COGNITION = "cognition"
    PERCEPTION = "perception"

    def __str__(self) -> str:
        return str(self.value)
