from enum import StrEnum


class PersonCreateCategory(StrEnum):
    EMPLOYEE = "employee"
    FLEXIBLE = "flexible"
    RETIREE = "retiree"

    def __str__(self) -> str:
        return str(self.value)
