from enum import StrEnum


class SanctionKind(StrEnum):
    CREDIT_RECORD = "credit_record"
    RECTIFICATION = "rectification"
    REFERRAL = "referral"
    SUSPENSION = "suspension"
    TERMINATION = "termination"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
