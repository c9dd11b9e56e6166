from enum import StrEnum


class EnrolSecondFactor409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    STAFF_DISABLED = "STAFF_DISABLED"
    TOTP_NOT_FOR_ROLE = "TOTP_NOT_FOR_ROLE"

    def __str__(self) -> str:
        return str(self.value)
