from enum import StrEnum


class SanctionCreateKind(StrEnum):
    CREDIT_RECORD = "credit_record"
    RECTIFICATION = "rectification"
    REFERRAL = "referral"
    SUSPENSION = "suspension"
    TERMINATION = "termination"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
