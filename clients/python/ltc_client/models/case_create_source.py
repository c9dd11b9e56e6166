from enum import StrEnum


class CaseCreateSource(StrEnum):
    COMPLAINT = "complaint"
    DATA_RULE = "data_rule"
    FINDING = "finding"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
