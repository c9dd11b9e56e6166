from enum import StrEnum


class UpdateSchemeResponse404Code(StrEnum):
    SCHEME_NOT_FOUND = "SCHEME_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
