from enum import StrEnum


class CreateApplication503ProblemCode(StrEnum):
    DATABASE_BUSY = "DATABASE_BUSY"
    ENROLLMENT_UNAVAILABLE = "ENROLLMENT_UNAVAILABLE"
    UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)
