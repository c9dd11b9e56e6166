from enum import StrEnum


class ImportExpertsFilesBodyFormat(StrEnum):
    CSV = "csv"

    def __str__(self) -> str:
        return str(self.value)
