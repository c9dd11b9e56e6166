from enum import StrEnum


class RateLimitedTooManyBadKeysProblemCode(StrEnum):
    RATE_LIMITED = "RATE_LIMITED"
    TOO_MANY_BAD_KEYS = "TOO_MANY_BAD_KEYS"

    def __str__(self) -> str:
        return str(self.value)
