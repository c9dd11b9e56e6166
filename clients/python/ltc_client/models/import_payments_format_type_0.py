from enum import StrEnum


class ImportPaymentsFormatType0(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
