from enum import StrEnum


class PolicyCreateFirstYearRule(StrEnum):
    FULL = "full"
    NONE = "none"
    PRO_RATA = "pro_rata"

    def __str__(self) -> str:
        return str(self.value)
