from enum import StrEnum


class FetchKpisBatch409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    KPI_NOT_REPORTED = "KPI_NOT_REPORTED"

    def __str__(self) -> str:
        return str(self.value)
