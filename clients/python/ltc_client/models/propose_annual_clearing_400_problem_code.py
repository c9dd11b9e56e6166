from enum import StrEnum


class ProposeAnnualClearing400ProblemCode(StrEnum):
    BAD_REQUEST = "BAD_REQUEST"
    MALFORMED_JSON = "MALFORMED_JSON"
    PATH_NOT_CANONICAL = "PATH_NOT_CANONICAL"

    def __str__(self) -> str:
        return str(self.value)
