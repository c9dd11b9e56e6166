from enum import StrEnum


class CountyNotFoundProblemCode(StrEnum):
    COUNTY_NOT_FOUND = "COUNTY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
