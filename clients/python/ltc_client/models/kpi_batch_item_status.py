from enum import StrEnum


class KpiBatchItemStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    OBJECTED = "objected"
    PUBLISHED = "published"
    SCORED = "scored"

    def __str__(self) -> str:
        return str(self.value)
