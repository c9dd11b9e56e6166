from enum import StrEnum


class GetCountySchemeResponse404Code(StrEnum):
    COUNTY_NOT_FOUND = "COUNTY_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
