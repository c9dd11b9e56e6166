from enum import StrEnum


class SpotCheckNotFoundProblemCode(StrEnum):
    SPOT_CHECK_NOT_FOUND = "SPOT_CHECK_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
