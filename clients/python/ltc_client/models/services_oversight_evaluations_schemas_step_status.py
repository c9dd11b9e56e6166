from enum import StrEnum


class ServicesOversightEvaluationsSchemasStepStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    OBJECTED = "objected"
    PUBLISHED = "published"
    SCORED = "scored"

    def __str__(self) -> str:
        return str(self.value)
