from enum import StrEnum


class PersonCategory(StrEnum):
    EMPLOYEE = "employee"
    FLEXIBLE = "flexible"
    RETIREE = "retiree"

    def __str__(self) -> str:
        return str(self.value)
