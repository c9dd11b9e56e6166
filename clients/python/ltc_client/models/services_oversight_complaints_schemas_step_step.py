from enum import StrEnum


class ServicesOversightComplaintsSchemasStepStep(StrEnum):
    ASSIGN = "assign"
    FOLLOW_UP = "follow_up"
    HANDLE = "handle"
    RECEIVE = "receive"
    SUPERVISE = "supervise"

    def __str__(self) -> str:
        return str(self.value)
