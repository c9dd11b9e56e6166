from enum import StrEnum


class ApproveSchemeResponse409Code(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    SCHEME_APPROVED = "SCHEME_APPROVED"

    def __str__(self) -> str:
        return str(self.value)
