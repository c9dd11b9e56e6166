from enum import StrEnum


class EvaluationCreateSubjectKind(StrEnum):
    CONTRACTOR = "contractor"
    EXPERT = "expert"
    INSTITUTION = "institution"

    def __str__(self) -> str:
        return str(self.value)
