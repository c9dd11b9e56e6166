from enum import StrEnum


class CreateStaff409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    STAFF_USERNAME_TAKEN = "STAFF_USERNAME_TAKEN"

    def __str__(self) -> str:
        return str(self.value)
