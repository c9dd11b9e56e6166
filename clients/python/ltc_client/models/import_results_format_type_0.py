from enum import StrEnum


class ImportResultsFormatType0(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
