from enum import StrEnum


class InspectionPlanNotFoundProblemCode(StrEnum):
    INSPECTION_PLAN_NOT_FOUND = "INSPECTION_PLAN_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
