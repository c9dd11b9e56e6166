from enum import StrEnum


class GetServiceRecordImportResponse404Code(StrEnum):
    IMPORT_NOT_FOUND = "IMPORT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
