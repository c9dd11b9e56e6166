from enum import StrEnum


class StoredFilePurpose(StrEnum):
    EVIDENCE = "evidence"
    FINDING = "finding"
    FOLLOW_UP = "follow_up"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
