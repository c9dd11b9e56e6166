from enum import StrEnum


class ListRecordsResponse404Code(StrEnum):
    INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
