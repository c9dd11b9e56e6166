from enum import StrEnum


class PutItem409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    ITEM_CATALOGUE_PUBLISHED = "ITEM_CATALOGUE_PUBLISHED"

    def __str__(self) -> str:
        return str(self.value)
