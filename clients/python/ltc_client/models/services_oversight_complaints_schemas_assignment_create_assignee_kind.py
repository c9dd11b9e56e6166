from enum import StrEnum


class ServicesOversightComplaintsSchemasAssignmentCreateAssigneeKind(StrEnum):
    BUREAU_OFFICER = "bureau_officer"
    CONTRACTOR = "contractor"

    def __str__(self) -> str:
        return str(self.value)
