from enum import StrEnum


class PublishCatalogue409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    ITEM_CATALOGUE_DATE_TAKEN = "ITEM_CATALOGUE_DATE_TAKEN"
    ITEM_CATALOGUE_PUBLISHED = "ITEM_CATALOGUE_PUBLISHED"

    def __str__(self) -> str:
        return str(self.value)
