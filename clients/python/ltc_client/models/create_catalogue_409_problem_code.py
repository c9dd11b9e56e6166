from enum import StrEnum


class CreateCatalogue409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    ITEM_CATALOGUE_EXISTS = "ITEM_CATALOGUE_EXISTS"

    def __str__(self) -> str:
        return str(self.value)
