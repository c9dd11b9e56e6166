from enum import StrEnum


class DatabaseBusyProblemCode(StrEnum):
    DATABASE_BUSY = "DATABASE_BUSY"

    def __str__(self) -> str:
        return str(self.value)
