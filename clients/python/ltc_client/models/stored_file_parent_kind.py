from enum import StrEnum


class StoredFileParentKind(StrEnum):
    CASE = "case"
    INSPECTION = "inspection"

    def __str__(self) -> str:
        return str(self.value)
