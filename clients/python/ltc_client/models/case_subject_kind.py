from enum import StrEnum


class CaseSubjectKind(StrEnum):
    CONTRACTOR = "contractor"
    INSTITUTION = "institution"

    def __str__(self) -> str:
        return str(self.value)
