from enum import StrEnum


class EntryKind(StrEnum):
    EVIDENCE = "evidence"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
