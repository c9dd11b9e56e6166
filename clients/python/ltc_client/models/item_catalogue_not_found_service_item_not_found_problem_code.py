from enum import StrEnum


class ItemCatalogueNotFoundServiceItemNotFoundProblemCode(StrEnum):
    ITEM_CATALOGUE_NOT_FOUND = "ITEM_CATALOGUE_NOT_FOUND"
    SERVICE_ITEM_NOT_FOUND = "SERVICE_ITEM_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
