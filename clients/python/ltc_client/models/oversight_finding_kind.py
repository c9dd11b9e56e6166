from enum import StrEnum


class OversightFindingKind(StrEnum):
    BILLING = "billing"
    FACILITIES = "facilities"
    HYGIENE = "hygiene"
    OTHER = "other"
    RECORDS = "records"
    SAFETY = "safety"
    SERVICE_QUALITY = "service_quality"
    STAFFING = "staffing"

    def __str__(self) -> str:
        return str(self.value)
