from enum import StrEnum


class DisputeDecisionDecision(StrEnum):
    REJECTED = "rejected"
    UPHELD = "upheld"

    def __str__(self) -> str:
        return str(self.value)
