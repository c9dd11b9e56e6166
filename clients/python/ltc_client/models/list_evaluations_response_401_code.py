from enum import StrEnum


class ListEvaluationsResponse401Code(StrEnum):
    API_KEY_INVALID = "API_KEY_INVALID"
    SIGNATURE_EXPIRED = "SIGNATURE_EXPIRED"
    SIGNATURE_INVALID = "SIGNATURE_INVALID"
    SIGNATURE_MISSING = "SIGNATURE_MISSING"
    SIGNATURE_REPLAYED = "SIGNATURE_REPLAYED"
    UNAUTHENTICATED = "UNAUTHENTICATED"

    def __str__(self) -> str:
        return str(self.value)
