from enum import StrEnum


class CaseSource(StrEnum):
    COMPLAINT = "complaint"
    DATA_RULE = "data_rule"
    FINDING = "finding"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
