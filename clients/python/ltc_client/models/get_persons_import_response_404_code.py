from enum import StrEnum


class GetPersonsImportResponse404Code(StrEnum):
    IMPORT_NOT_FOUND = "IMPORT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
