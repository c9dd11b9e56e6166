from enum import StrEnum


class ListCataloguesStatusType0(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
