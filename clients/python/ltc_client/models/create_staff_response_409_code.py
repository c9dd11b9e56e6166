from enum import StrEnum


class CreateStaffResponse409Code(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    STAFF_USERNAME_TAKEN = "STAFF_USERNAME_TAKEN"

    def __str__(self) -> str:
        return str(self.value)
