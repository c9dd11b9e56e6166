from enum import StrEnum


class ImportExpertsResponse404Code(StrEnum):
    EXPERT_NOT_FOUND = "EXPERT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
