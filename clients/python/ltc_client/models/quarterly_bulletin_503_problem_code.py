from enum import StrEnum


class QuarterlyBulletin503ProblemCode(StrEnum):
    BULLETIN_SOURCE_UNAVAILABLE = "BULLETIN_SOURCE_UNAVAILABLE"
    DATABASE_BUSY = "DATABASE_BUSY"
    UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)
