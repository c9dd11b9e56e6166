from enum import StrEnum


class ImportPersonsFormatType0(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
